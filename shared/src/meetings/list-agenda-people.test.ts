import { describe, expect, it } from "vitest";
import { aPerson } from "../testing/builders.js";
import { listAgendaPeople } from "./list-agenda-people.js";
import { aMeetingScenario, anAcceptedReferral, builtAgenda } from "./meeting-scenario.test-support.js";
import { updateAgendaItem } from "./update-agenda-item.js";

describe("listAgendaPeople", () => {
  it("offers the chair the panel's people with their agency and the agenda's referrers, by name", async () => {
    const s = await aMeetingScenario();
    await anAcceptedReferral(s);
    await builtAgenda(s);

    const result = await listAgendaPeople(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });

    expect(result.ok && result.value.meetingId).toBe("meeting-mar");
    expect(result.ok && result.value.people.map((p) => p.displayName)).toEqual([
      "Ailsa Authoriser",
      "Callum Chair",
      "Cara Coordinator",
      "Mhairi Member",
      "Rhona Referrer",
    ]);
    expect(result.ok && result.value.people.find((p) => p.id === s.people.member.id)).toEqual({
      id: s.people.member.id,
      displayName: "Mhairi Member",
      agency: "health",
      onPanel: true,
    });
    expect(result.ok && result.value.people.find((p) => p.id === s.people.referrer.id)?.onPanel).toBe(false);
    expect(result.ok && JSON.stringify(result.value)).not.toContain("@");
  });

  it("adds a referrer who is not on the panel and someone already invited to an item", async () => {
    const s = await aMeetingScenario();
    const outsideReferrer = aPerson({ id: "far-referrer", displayName: "Fergus Faraway", agency: "housing" });
    const referral = await anAcceptedReferral(s);
    // Referred by someone outside the panel (as when a referrer is removed from it after referring).
    await s.store.transaction(async (tx) => {
      await tx.people.upsert(outsideReferrer);
      const moved = await tx.referrals.update(
        { ...referral, referrerId: outsideReferrer.id },
        referral.version,
      );
      if (!moved) throw new Error("The referral changed under the test");
    });
    const agenda = await builtAgenda(s);
    const caseItem = agenda.items.find((item) => item.source === "referral")!;
    const invited = await updateAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemId: caseItem.id,
      invitedPersonIds: [s.invitee.id],
    });
    expect(invited.ok).toBe(true);

    const result = await listAgendaPeople(s.deps, s.actor(s.people.coordinator), {
      meetingId: "meeting-mar",
    });

    const people = result.ok ? result.value.people : [];
    expect(people.find((p) => p.id === s.invitee.id)).toMatchObject({
      displayName: "Isla Invitee",
      onPanel: false,
    });
    expect(people.find((p) => p.id === outsideReferrer.id)).toEqual({
      id: outsideReferrer.id,
      displayName: "Fergus Faraway",
      agency: "housing",
      onPanel: false,
    });
  });

  it("answers a member, an invitee and an outsider as it answers an unknown meeting", async () => {
    const s = await aMeetingScenario();
    const unknown = await listAgendaPeople(s.deps, s.actor(s.people.chair), { meetingId: "no-such-meeting" });
    for (const person of [s.people.member, s.people.outsider, s.invitee]) {
      const result = await listAgendaPeople(s.deps, s.actor(person), { meetingId: "meeting-mar" });
      expect(!result.ok && result.error).toEqual(!unknown.ok && unknown.error);
    }
    expect(!unknown.ok && unknown.error.code).toBe("MEETING.NOT_FOUND");
  });
});
