import type { WhoSawReport, WhoSawRow } from "../api/data-protection-requests.js";
import type { AuditEntry } from "../model/audit.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { DataProtectionCodes } from "./data-protection-codes.js";
import { surfaceOf, type DataProtectionScope } from "./data-protection-access.js";

/** A report covers at most a year (and a day, for a leap year): a longer one is asked for in parts. */
export const maxPeriodDays = 366;
/** Rows in one report; more says `truncated`, so the period is narrowed. */
export const maxReportRows = 2000;

const dayMs = 86_400_000;

/** Both days included; the end is stored as the next day's midnight (UTC), exclusive. */
export function checkPeriod(from: string, to: string): Result<{ fromIso: string; toIso: string }> {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`);
  if (end < start) return fail(DataProtectionCodes.periodReversed, "The period ends before it starts.");
  if ((end - start) / dayMs + 1 > maxPeriodDays) {
    return fail(DataProtectionCodes.periodTooLong, `Choose a period of at most ${maxPeriodDays} days.`);
  }
  return ok({ fromIso: new Date(start).toISOString(), toIso: new Date(end + dayMs).toISOString() });
}

/** Every access to the child's record in the period the scope allows, with who and from where. */
export async function buildWhoSawReport(
  tx: StoreTx,
  scope: DataProtectionScope,
  childId: string,
  period: { from: string; to: string; fromIso: string; toIso: string },
  limit = maxReportRows,
): Promise<WhoSawReport> {
  const entries = await tx.audit.listForChild(childId, period.fromIso, period.toIso, limit + 1);
  const truncated = entries.length > limit;
  const kept = entries.slice(0, limit);
  const panelOf = await entryPanels(tx, kept);
  const visible = kept.filter(
    (entry) => scope.kind === "all" || scope.panelIds.has(panelOf.get(entry.id) ?? ""),
  );
  const names = new Map(
    (await tx.people.getMany(visible.map((e) => e.actorId))).map((p) => [p.id, p.displayName]),
  );
  const rows: WhoSawRow[] = visible.map((entry) => ({
    at: entry.at,
    personId: entry.actorId,
    personName: names.get(entry.actorId) ?? "Unknown person",
    action: entry.action,
    surface: surfaceOf(entry.channel),
    panelId: panelOf.get(entry.id) ?? null,
  }));
  return { childId, from: period.from, to: period.to, scope: scope.kind, rows, truncated };
}

/** The panel each entry belongs to: its referral's, its meeting's, or the panel or meeting its detail names. */
async function entryPanels(tx: StoreTx, entries: readonly AuditEntry[]): Promise<Map<string, string>> {
  const referralPanels = new Map<string, string | null>();
  const meetingPanels = new Map<string, string | null>();
  const panels = new Map<string, string>();
  for (const entry of entries) {
    let panelId: string | null = null;
    if (entry.subjectType === "referral") {
      if (!referralPanels.has(entry.subjectId)) {
        referralPanels.set(entry.subjectId, (await tx.referrals.get(entry.subjectId))?.panelId ?? null);
      }
      panelId = referralPanels.get(entry.subjectId) ?? null;
    } else if (entry.subjectType === "meeting" || entry.subjectType === "minutes") {
      if (!meetingPanels.has(entry.subjectId)) {
        meetingPanels.set(entry.subjectId, (await tx.meetings.get(entry.subjectId))?.panelId ?? null);
      }
      panelId = meetingPanels.get(entry.subjectId) ?? null;
    } else if (entry.subjectType === "panel") {
      panelId = entry.subjectId;
    } else if (typeof entry.detail?.panelId === "string") {
      panelId = entry.detail.panelId;
    } else if (typeof entry.detail?.meetingId === "string") {
      const meetingId = entry.detail.meetingId;
      if (!meetingPanels.has(meetingId)) {
        meetingPanels.set(meetingId, (await tx.meetings.get(meetingId))?.panelId ?? null);
      }
      panelId = meetingPanels.get(meetingId) ?? null;
    }
    if (panelId) panels.set(entry.id, panelId);
  }
  return panels;
}
