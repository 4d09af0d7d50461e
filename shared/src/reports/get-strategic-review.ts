import { ukDateLabel, ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { MinuteVersion, OutcomeProgressRow } from "../model/minute.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readPanelReport } from "./report-access.js";
import { ReportCodes } from "./report-codes.js";
import type { MonthRange } from "./report-range.js";
import type { Report, TextReportTable } from "./report-table.js";

/** The ISO instants a month range covers: the first of `fromMonth` to the first of the month after `toMonth`. */
function instantsOf(range: MonthRange): { from: string; to: string } {
  const after = new Date(`${range.toMonth}-01T00:00:00.000Z`);
  after.setUTCMonth(after.getUTCMonth() + 1);
  return { from: `${range.fromMonth}-01T00:00:00.000Z`, to: after.toISOString() };
}

interface Period {
  label: string;
  rows: OutcomeProgressRow[];
}

const rowKey = (row: OutcomeProgressRow) => `${row.outcome.trim()}\u0000${row.indicator.trim()}`;

/** One row per (outcome, indicator) in first-seen order; per period its half-year data and work undertaken. */
function progressTable(periods: Period[]): TextReportTable {
  // A Map keeps first-insertion order: rows in the order the group first reported them.
  const first = new Map<string, OutcomeProgressRow>();
  for (const row of periods.flatMap((period) => period.rows)) {
    if (!first.has(rowKey(row))) first.set(rowKey(row), row);
  }
  const keys = [...first.keys()];
  const byPeriod = periods.map((period) => new Map(period.rows.map((row) => [rowKey(row), row])));
  const latest = (key: string) => byPeriod.findLast((rows) => rows.has(key))!.get(key)!;
  return {
    id: "progress",
    title: "Outcome-indicator progress across periods",
    columnGroups: [
      { label: "Outcome and indicator", span: 2 },
      ...periods.map((period) => ({ label: period.label, span: 2 })),
      { label: "Latest", span: 2 },
    ],
    columns: [
      "Outcome",
      "Indicator",
      ...periods.flatMap(() => ["Half-year data", "Work undertaken"]),
      "Work planned",
      "Notes",
    ],
    rows: keys.map((key) => ({
      cells: [
        first.get(key)!.outcome,
        first.get(key)!.indicator,
        ...byPeriod.flatMap((rows) => [
          rows.get(key)?.halfYearData ?? "",
          rows.get(key)?.workUndertaken ?? "",
        ]),
        latest(key).workPlanned,
        latest(key).notes,
      ],
    })),
  };
}

/** Held, for the report: not cancelled, and past its start or with an agreed minute (drafting needs it held). */
const held = (meeting: Meeting, now: string, agreed: ReadonlyMap<string, MinuteVersion>) =>
  meeting.state !== "cancelled" && (meeting.startsAt <= now || agreed.has(meeting.id));

/**
 * A strategic group's review of its plan (001 Appendix 1) across the meetings held in a period: one row per
 * outcome and indicator, per meeting its half-year data and work undertaken, then the latest work planned and
 * notes. Only agreed minutes count (the latest agreed version of each); a meeting whose minute is not agreed
 * yet, or whose agreed minute has no progress table, is left out of the table and named in the report's notes,
 * so the group never reports a draft upwards. No child is in it: nothing to suppress. Chair or coordinator.
 */
export async function getStrategicReview(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  period: MonthRange,
): Promise<Result<Report>> {
  const now = deps.clock.now().toISOString();
  return readPanelReport(deps, actor, panelId, period, async (tx, panel, range) => {
    if (panel.preset !== "strategic-review") {
      return fail(ReportCodes.notStrategic, "Only a strategic group has the strategic review report.");
    }
    const { from, to } = instantsOf(range);
    const minutes = await tx.minutes.latestAgreedOfPanel({ panelId, from, to });
    const agreed = new Map(minutes.map((minute) => [minute.meetingId, minute]));
    const meetings = (await tx.meetings.listByPanel(panelId)).filter(
      (meeting) => meeting.startsAt >= from && meeting.startsAt < to && held(meeting, now, agreed),
    );
    const periods: Period[] = [];
    const notes: string[] = [];
    for (const meeting of meetings) {
      const label = ukDateLabel(ukLocalDate(meeting.startsAt));
      const minute = agreed.get(meeting.id);
      if (!minute) {
        notes.push(
          `The minute of the meeting on ${label} is not agreed yet, so that meeting is not in the table.`,
        );
      } else if (minute.content.progress.length === 0) {
        notes.push(`The agreed minute of the meeting on ${label} has no progress table.`);
      } else {
        periods.push({ label, rows: minute.content.progress });
      }
    }
    if (meetings.length === 0) notes.push("The group held no meeting in this period.");
    return ok({
      kind: "strategic-review",
      title: "Strategic review",
      panelId,
      panelName: panel.name,
      ...range,
      // Nothing here counts children: no count is suppressed.
      suppressedBelow: 1,
      tables: [],
      textTables: periods.length > 0 ? [progressTable(periods)] : [],
      notes,
    });
  });
}
