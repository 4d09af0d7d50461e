import { describe, expect, it } from "vitest";
import { anAgendaItem, aPerson } from "../testing/builders.js";
import { getRedList } from "./get-red-list.js";
import { getTrackerCompletion } from "./get-tracker-completion.js";
import { aTrackerScenario, anEntry, withCaseload, withEntries } from "./tracker-scenario.test-support.js";

async function scenario() {
  const s = aTrackerScenario();
  await withCaseload(s);
  await withEntries(s, [
    anEntry("amy", "2026-10", ["health"]),
    anEntry("amy", "2026-11", ["health"]),
    anEntry("cal", "2026-11", [], { complete: false, submittedAt: null, ratedById: "sol" }),
  ]);
  return s;
}

describe("getTrackerCompletion", () => {
  it("counts each worker's young people by how far they are rated, for the coordinator", async () => {
    const s = await scenario();
    const result = await getTrackerCompletion(s.deps, s.actor(s.people.coordinator), "hrp", "2026-11");
    expect(
      result.ok &&
        result.value.workers.map((w) => [w.workerName, w.youngPeople, w.complete, w.partSaved, w.notStarted]),
    ).toEqual([
      ["Sol Worker", 1, 0, 1, 0],
      ["Wendy Worker", 1, 1, 0, 0],
    ]);
    expect(result.ok && result.value.totals).toEqual({
      youngPeople: 2,
      complete: 1,
      partSaved: 1,
      notStarted: 0,
    });
    expect(JSON.stringify(result)).not.toContain("Amy");
  });

  it("is for the chair or coordinator only, and takes a YYYY-MM month", async () => {
    const s = await scenario();
    const member = await getTrackerCompletion(s.deps, s.actor(s.people.member), "hrp", "2026-11");
    const worker = await getTrackerCompletion(s.deps, s.actor(s.people.wendy), "hrp", "2026-11");
    const bad = await getTrackerCompletion(s.deps, s.actor(s.people.chair), "hrp", "Nov");
    expect([member, worker, bad].map((r) => !r.ok && r.error.code)).toEqual([
      "AUTH.FORBIDDEN",
      "AUTH.FORBIDDEN",
      "VALIDATION.FAILED",
    ]);
  });
});

describe("getRedList", () => {
  async function listed() {
    const s = await scenario();
    const invitee = aPerson({ id: "invitee" });
    s.store.seed({ people: [invitee] });
    await s.store.transaction(async (tx) => {
      await tx.agenda.insert(
        anAgendaItem(s.meetings.december, {
          id: "item-amy",
          source: "red-list",
          childId: "amy",
          title: "Tracker",
        }),
      );
      await tx.agenda.insert(
        anAgendaItem(s.meetings.december, { id: "item-x", position: 2, invitedPersonIds: ["invitee"] }),
      );
    });
    return { s, invitee };
  }

  it("names the listed young people with their worker, areas and months for members, audited", async () => {
    const { s } = await listed();
    const result = await getRedList(s.deps, s.actor(s.people.member), { meetingId: "hrp-dec" });
    expect(result.ok && result.value.youngPeople).toEqual([
      {
        agendaItemId: "item-amy",
        childId: "amy",
        reference: expect.stringMatching(/^YP-[0-9A-F]{6}$/) as string,
        displayName: "Amy Zephyr",
        worker: { id: "wendy", name: "Wendy Worker" },
        team: "CiC Team 1",
        due: { month: "2026-11", areas: ["health"] },
      },
    ]);
    const audit = await s.store.read((tx) => tx.audit.list({ childId: "amy" }));
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["tracker.red-list-viewed", "member"],
    ]);
  });

  it("refuses attendees invited to one item and people of other panels", async () => {
    const { s, invitee } = await listed();
    const attendee = await getRedList(s.deps, s.actor(invitee), { meetingId: "hrp-dec" });
    const stranger = await getRedList(s.deps, s.actor(s.people.stranger), { meetingId: "hrp-dec" });
    expect([attendee, stranger].map((r) => !r.ok && r.error.code)).toEqual([
      "MEETING.NOT_FOUND",
      "MEETING.NOT_FOUND",
    ]);
  });
});
