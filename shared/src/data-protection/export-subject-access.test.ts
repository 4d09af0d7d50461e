import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import { aChild, aMeeting, aMembership, anAgendaItem, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { exportSubjectAccess } from "./export-subject-access.js";

function aDeployment() {
  const officer = aPerson({ id: "dpo", dataProtectionOfficer: true });
  const chair = aPerson({ id: "chair" });
  const panel = aPanel("isg", { id: "panel-isg" });
  const child = aChild({ id: "child-1" });
  const meeting = aMeeting(panel, "2026-10-01T09:00:00.000Z", { id: "m-1" });
  const store = new InMemoryStore({
    people: [officer, chair],
    panels: [panel],
    memberships: [aMembership(panel, chair, ["chair"])],
    children: [child],
    meetings: [meeting],
    agenda: [anAgendaItem(meeting, { childId: child.id, title: "ISG/2026/0007" })],
  });
  const actor = (personId: string): Actor => ({
    personId,
    channel: "tab",
    origin: null,
    correlationId: null,
  });
  const deps = { store, clock: new FixedClock("2026-11-29T10:00:00.000Z"), newId: sequentialIds() };
  return { store, deps, actor };
}

describe("a subject access export", () => {
  it("gives the data protection officer the child's record, minutes by case reference, and who saw it, including this export", async () => {
    const d = aDeployment();
    const exported = await exportSubjectAccess(d.deps, d.actor("dpo"), { childId: "child-1" });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.child.id).toBe("child-1");
    expect(exported.value.minutes).toEqual([
      { meetingId: "m-1", caseReferences: ["ISG/2026/0007"], versions: [] },
    ]);
    expect(exported.value.whoSaw.rows.map((r) => [r.personId, r.action])).toEqual([
      ["dpo", "data-protection.subject-access-exported"],
    ]);
  });

  it("refuses a panel's chair, and audits the refusal", async () => {
    const d = aDeployment();
    const refused = await exportSubjectAccess(d.deps, d.actor("chair"), { childId: "child-1" });
    expect(!refused.ok && refused.error.code).toBe("DATA_PROTECTION.NOT_AUTHORISED");
    expect(d.store.contents().audit.map((e) => [e.actorId, e.action, e.detail?.operation])).toEqual([
      ["chair", "data-protection.refused", "subject-access"],
    ]);
  });
});
