import { describe, expect, it } from "vitest";
import { decideUrgentReferral } from "../referrals/decide-urgent-referral.js";
import { aFiledReferral } from "../testing/referral-scenario.js";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { buildAgenda } from "./build-agenda.js";
import { anAcceptedReferral, builtAgenda } from "./meeting-scenario.test-support.js";

describe("buildAgenda", () => {
  it("lists the standing items around the referrals accepted onto the meeting, by reference only", async () => {
    const s = aReferralScenario("isg");
    const referral = await anAcceptedReferral(s);

    const agenda = await builtAgenda(s);

    expect(agenda.items.map((item) => [item.position, item.source, item.title])).toEqual([
      [1, "standing", "Apologies"],
      [2, "standing", "Minutes of the last meeting"],
      [3, "standing", "Actions carried forward"],
      [4, "referral", referral.reference],
      [5, "standing", "Any other business"],
    ]);
    expect(agenda.items[3]).toMatchObject({
      reference: referral.reference,
      slotMinutes: 15,
      presenter: { id: "referrer", displayName: "Rhona Referrer" },
      invitees: [],
    });
    expect(JSON.stringify(agenda)).not.toMatch(/Morag|Example|2013-05-14|childId/);
    const stored = s.store.contents().referrals.find((r) => r.id === referral.id);
    expect(stored).toMatchObject({ state: "scheduled", meetingId: "meeting-mar" });
  });

  it("adds only what is new when run again, keeping the chair's order", async () => {
    const s = aReferralScenario("isg");
    const first = await anAcceptedReferral(s);
    await builtAgenda(s);
    const second = await anAcceptedReferral(s);

    const agenda = await builtAgenda(s);

    expect(agenda.items.map((item) => item.title)).toEqual([
      "Apologies",
      "Minutes of the last meeting",
      "Actions carried forward",
      first.reference,
      second.reference,
      "Any other business",
    ]);
    expect(agenda.version).toBe(2);
  });

  it("lists an urgent decision approved while no meeting was planned on the next meeting, for retrospective consideration", async () => {
    const s = aReferralScenario("icsmg");
    const urgent = await aFiledReferral(s, {
      urgency: "urgent",
      "urgency.reason": "Placement breaks down on Friday.",
    });
    s.clock.set("2026-03-06T09:00:00.000Z");
    const decided = await decideUrgentReferral(s.deps, s.actor(s.people.authoriser), {
      referralId: urgent.id,
      idempotencyKey: "urgent-1",
      decision: "approve",
      reason: "Emergency placement authorised.",
    });
    expect(decided.ok && decided.value.meeting).toBeNull();
    await s.store.transaction((tx) =>
      tx.meetings.insert({ ...s.meetings[1]!, id: "meeting-apr", startsAt: "2026-04-02T09:00:00.000Z" }),
    );

    const agenda = await builtAgenda(s, "meeting-apr");

    expect(agenda.items.filter((item) => item.source === "retrospective").map((i) => i.title)).toEqual([
      urgent.reference,
    ]);
  });

  it("brings a deferred case back on the next meeting", async () => {
    const s = aReferralScenario("isg");
    const referral = await anAcceptedReferral(s, "meeting-feb");
    await s.store.transaction(async (tx) => {
      const current = (await tx.referrals.get(referral.id))!;
      await tx.referrals.update(
        { ...current, state: "deferred", version: current.version + 1 },
        current.version,
      );
      await tx.meetings.update({ ...s.meetings[0]!, state: "held" });
    });

    const agenda = await builtAgenda(s, "meeting-mar");

    expect(agenda.items.find((item) => item.source === "deferred")?.title).toBe(referral.reference);
  });

  it("is for the panel's chair or coordinator only", async () => {
    const s = aReferralScenario("isg");
    const asMember = await buildAgenda(s.deps, s.actor(s.people.member), { meetingId: "meeting-mar" });
    const asOutsider = await buildAgenda(s.deps, s.actor(s.people.outsider), { meetingId: "meeting-mar" });
    const unknown = await buildAgenda(s.deps, s.actor(s.people.chair), { meetingId: "no-such-meeting" });

    expect(!asMember.ok && asMember.error.code).toBe("AUTH.FORBIDDEN");
    expect(!asOutsider.ok && asOutsider.error.code).toBe("MEETING.NOT_FOUND");
    expect(!unknown.ok && unknown.error.code).toBe("MEETING.NOT_FOUND");
    expect(s.store.contents().agenda).toEqual([]);
  });
});
