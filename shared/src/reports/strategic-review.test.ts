import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { MinuteVersion, OutcomeProgressRow } from "../model/minute.js";
import { aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { getStrategicReview } from "./get-strategic-review.js";
import { reportCsv } from "./report-csv.js";
import { reportKindsFor } from "./report-kinds-for.js";

const meeting = (id: string, startsAt: string, state: Meeting["state"] = "held"): Meeting => ({
  id,
  panelId: "icsp",
  startsAt,
  endsAt: startsAt,
  state,
  calendarEventId: null,
  joinUrl: null,
});

const row = (indicator: string, halfYearData: string, more: Partial<OutcomeProgressRow> = {}) => ({
  outcome: "Children succeed in school",
  indicator,
  workUndertaken: `Work on ${indicator.toLowerCase()}`,
  workPlanned: "Carry on",
  halfYearData,
  notes: "",
  ...more,
});

const minute = (
  meetingId: string,
  version: number,
  status: MinuteVersion["status"],
  progress: OutcomeProgressRow[],
): MinuteVersion => ({
  meetingId,
  panelId: "icsp",
  version,
  revision: 1,
  status,
  content: {
    present: [],
    apologies: [],
    quorum: "",
    items: [],
    generalBusiness: "",
    actions: [],
    unmetNeed: [],
    progress,
  },
  agreements: [],
  contentiousIssues: "",
  editedById: "chair",
  editedAt: "2026-01-01T00:00:00.000Z",
  circulatedAt: null,
  agreedById: status === "agreed" ? "chair" : null,
  agreedAt: status === "agreed" ? "2026-01-01T00:00:00.000Z" : null,
  filedUrl: null,
  filedItemId: null,
  filedAt: null,
});

async function scenario() {
  const icsp = aPanel("strategic-review", { id: "icsp", name: "ICSP Review Group" });
  const isg = aPanel("isg", { id: "isg", name: "North ISG" });
  const people = ["chair", "coord", "member"].map((id) => aPerson({ id }));
  const store = new InMemoryStore({
    people,
    panels: [icsp, isg],
    memberships: [
      aMembership(icsp, people[0]!, ["chair"]),
      aMembership(icsp, people[1]!, ["coordinator"]),
      aMembership(icsp, people[2]!, ["member"]),
      aMembership(isg, people[1]!, ["coordinator"]),
    ],
    meetings: [
      meeting("sep", "2026-09-17T09:00:00.000Z"),
      meeting("dec", "2026-12-17T10:00:00.000Z"),
      meeting("mar", "2027-03-18T10:00:00.000Z"),
      meeting("cancelled", "2026-10-01T09:00:00.000Z", "cancelled"),
      meeting("next", "2027-06-17T09:00:00.000Z", "planned"),
    ],
  });
  await store.transaction(async (tx) => {
    await tx.minutes.insert(
      minute("sep", 1, "agreed", [
        row("Reduce the rate of exclusion in school", "Figures will be available"),
        row("Improve attainment by S4", "Available at the end of session", { workPlanned: "Training days" }),
      ]),
    );
    await tx.minutes.insert(
      minute("dec", 1, "agreed", [row("Reduce the rate of exclusion in school", "First draft figures")]),
    );
    // Version 2 agreed, version 3 being edited: the report takes version 2.
    await tx.minutes.insert(
      minute("dec", 2, "agreed", [
        row("Reduce the rate of exclusion in school", "=41 exclusions, down from 55", {
          workPlanned: "Report to Educational Services",
          notes: "Obtain half-year figures",
        }),
        row("Increase positive destinations", "Half-year figures in February"),
      ]),
    );
    await tx.minutes.insert(
      minute("dec", 3, "draft", [row("Reduce the rate of exclusion in school", "Draft")]),
    );
    await tx.minutes.insert(
      minute("mar", 1, "circulated", [row("Improve attainment by S4", "Not yet agreed")]),
    );
  });
  const deps = { store, clock: new FixedClock("2027-04-01T09:00:00Z") };
  const actor = (id: string): Actor => ({ personId: id, channel: "test", origin: null, correlationId: null });
  return { deps, actor };
}

const year = { fromMonth: "2026-06", toMonth: "2027-05" };

describe("the strategic review report", () => {
  it("lays out each outcome indicator across the meetings with agreed minutes, with the latest work planned", async () => {
    const s = await scenario();
    const result = await getStrategicReview(s.deps, s.actor("coord"), "icsp", year);
    if (!result.ok) throw new Error(result.error.message);
    const [table] = result.value.textTables;
    expect(result.value.tables).toEqual([]);
    expect(table!.columnGroups).toEqual([
      { label: "Outcome and indicator", span: 2 },
      { label: "17 September 2026", span: 2 },
      { label: "17 December 2026", span: 2 },
      { label: "Latest", span: 2 },
    ]);
    expect(table!.columns).toEqual([
      "Outcome",
      "Indicator",
      "Half-year data",
      "Work undertaken",
      "Half-year data",
      "Work undertaken",
      "Work planned",
      "Notes",
    ]);
    expect(table!.rows.map((r) => r.cells.slice(1, 7))).toEqual([
      [
        "Reduce the rate of exclusion in school",
        "Figures will be available",
        "Work on reduce the rate of exclusion in school",
        "=41 exclusions, down from 55",
        "Work on reduce the rate of exclusion in school",
        "Report to Educational Services",
      ],
      [
        "Improve attainment by S4",
        "Available at the end of session",
        "Work on improve attainment by s4",
        "",
        "",
        "Training days",
      ],
      [
        "Increase positive destinations",
        "",
        "",
        "Half-year figures in February",
        "Work on increase positive destinations",
        "Carry on",
      ],
    ]);
    expect(table!.rows[0]!.cells[7]).toBe("Obtain half-year figures");
  });

  it("names a held meeting whose minute is not agreed yet, and leaves it out of the table", async () => {
    const s = await scenario();
    const result = await getStrategicReview(s.deps, s.actor("chair"), "icsp", year);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.notes).toEqual([
      "The minute of the meeting on 18 March 2027 is not agreed yet, so that meeting is not in the table.",
    ]);
    expect(JSON.stringify(result.value)).not.toContain("Not yet agreed");
  });

  it("says when the group held no meeting in the period", async () => {
    const s = await scenario();
    const result = await getStrategicReview(s.deps, s.actor("chair"), "icsp", {
      fromMonth: "2026-01",
      toMonth: "2026-08",
    });
    expect(result.ok && [result.value.textTables, result.value.notes]).toEqual([
      [],
      ["The group held no meeting in this period."],
    ]);
  });

  it("exports CSV with the meeting dates over their columns, the notes, and formula cells escaped", async () => {
    const s = await scenario();
    const result = await getStrategicReview(s.deps, s.actor("coord"), "icsp", year);
    if (!result.ok) throw new Error(result.error.message);
    const lines = reportCsv(result.value).split("\r\n");
    expect(lines[0]).toBe("Strategic review,ICSP Review Group,2026-06 to 2027-05");
    expect(lines[1]).toContain("18 March 2027 is not agreed yet");
    expect(lines).toContain("Outcome and indicator,,17 September 2026,,17 December 2026,,Latest,");
    expect(lines.find((line) => line.includes("Reduce the rate"))).toContain(
      `,"'=41 exclusions, down from 55",`,
    );
  });

  it("is for the strategic group's chair and coordinator only, over a valid range", async () => {
    const s = await scenario();
    const outcomes = await Promise.all([
      getStrategicReview(s.deps, s.actor("member"), "icsp", year),
      getStrategicReview(s.deps, s.actor("coord"), "isg", year),
      getStrategicReview(s.deps, s.actor("coord"), "icsp", { fromMonth: "2027-05", toMonth: "2026-06" }),
      getStrategicReview(s.deps, s.actor("coord"), "nowhere", year),
    ]);
    expect(outcomes.map((r) => !r.ok && r.error.code)).toEqual([
      "REPORT.NOT_CHAIR_OR_COORDINATOR",
      "REPORT.NOT_A_STRATEGIC_GROUP",
      "REPORT.RANGE_REVERSED",
      "NOT_FOUND",
    ]);
  });

  it("is the one report offered for a strategic group, and not offered for a case panel", () => {
    expect(reportKindsFor("strategic-review")).toEqual(["strategic-review"]);
    expect(reportKindsFor("isg")).not.toContain("strategic-review");
    expect(reportKindsFor("isg")).toEqual(["minimum-data-set", "unmet-need", "placements"]);
    expect(reportKindsFor("cic-hrp")).toEqual(["high-risk-trends"]);
  });
});
