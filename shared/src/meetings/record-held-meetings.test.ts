import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import { aMeeting } from "../testing/builders.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { addAgendaItem } from "./add-agenda-item.js";
import { recordHeldMeetings } from "./record-held-meetings.js";

// The scenario's February meeting runs 10:00-12:00 UTC on 5 February 2026; the March one on 5 March.

const worker: Actor = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

const stateOf = (s: ReferralScenario, meetingId: string) =>
  s.store.read(async (tx) => (await tx.meetings.get(meetingId))?.state);

const heldAt = async (s: ReferralScenario, iso: string) => {
  s.clock.set(iso);
  const recorded = await recordHeldMeetings(s.deps, worker);
  if (!recorded.ok) throw new Error(recorded.error.message);
  return recorded.value.held;
};

describe("recording that meetings were held", () => {
  it("leaves a meeting open on the day it was held, however late it ran", async () => {
    const s = aReferralScenario("icsmg");

    expect(await heldAt(s, "2026-02-05T23:59:00.000Z")).toEqual([]);
    expect(await stateOf(s, "meeting-feb")).toBe("planned");
  });

  it("records it held once its day is over, audited as done by Convenor, and only once", async () => {
    const s = aReferralScenario("icsmg");

    expect(await heldAt(s, "2026-02-06T07:00:00.000Z")).toEqual(["meeting-feb"]);
    expect(await heldAt(s, "2026-02-06T08:00:00.000Z")).toEqual([]);

    expect(await stateOf(s, "meeting-feb")).toBe("held");
    expect(await stateOf(s, "meeting-mar")).toBe("planned");
    const audit = await s.store.read((tx) => tx.audit.list({ subjectId: "meeting-feb" }));
    expect(audit.filter((entry) => entry.action === "meeting.held")).toMatchObject([
      { actorId: "convenor", subjectType: "meeting", subjectId: "meeting-feb", childId: null },
    ]);
  });

  it("closes a held meeting's agenda to the chair", async () => {
    const s = aReferralScenario("icsmg");
    await heldAt(s, "2026-02-06T07:00:00.000Z");

    const added = await addAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-feb",
      version: 0,
      kind: "topic",
      title: "Trends and unmet need",
      slotMinutes: 10,
    });

    expect(!added.ok && added.error).toMatchObject({
      code: "MEETING.NOT_PLANNED",
      message: "This meeting is held: its agenda is closed.",
    });
  });

  it("goes by the UK date: a meeting ending at 00:30 BST is held from the end of that day", async () => {
    const s = aReferralScenario("icsmg");
    // 21:30-23:30 UTC on 29 March 2026 is 22:30 BST on the 29th to 00:30 BST on the 30th.
    const lateSitting = aMeeting(s.panel, "2026-03-29T21:30:00.000Z", { id: "meeting-late" });
    await s.store.transaction((tx) => tx.meetings.insert(lateSitting));

    expect(await heldAt(s, "2026-03-30T22:00:00.000Z")).not.toContain("meeting-late");
    expect(await heldAt(s, "2026-03-30T23:30:00.000Z")).toContain("meeting-late");
  });

  it("leaves a cancelled meeting cancelled", async () => {
    const s = aReferralScenario("icsmg");
    const feb = await s.store.read((tx) => tx.meetings.get("meeting-feb"));
    await s.store.transaction((tx) => tx.meetings.update({ ...feb!, state: "cancelled" }));

    expect(await heldAt(s, "2026-02-06T07:00:00.000Z")).toEqual([]);
    expect(await stateOf(s, "meeting-feb")).toBe("cancelled");
  });
});
