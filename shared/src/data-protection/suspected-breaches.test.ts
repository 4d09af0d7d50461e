import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import { aChild, aMeeting, aMembership, anAgendaItem, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { listSuspectedBreaches } from "./list-suspected-breaches.js";
import { recordSuspectedBreach } from "./record-suspected-breach.js";

function aDeployment() {
  const panel = aPanel("isg", { id: "panel-isg" });
  const otherPanel = aPanel("icsmg", { id: "panel-icsmg" });
  const meeting = aMeeting(panel, "2026-10-01T09:00:00.000Z", { id: "m-1" });
  const store = new InMemoryStore({
    people: [
      aPerson({ id: "dpo", dataProtectionOfficer: true }),
      aPerson({ id: "chair" }),
      aPerson({ id: "member" }),
      aPerson({ id: "other-chair" }),
    ],
    panels: [panel, otherPanel],
    memberships: [
      aMembership(panel, { id: "chair" }, ["chair"]),
      aMembership(panel, { id: "member" }, ["member"]),
      aMembership(otherPanel, { id: "other-chair" }, ["chair"]),
    ],
    children: [aChild({ id: "child-1" })],
    meetings: [meeting],
    agenda: [anAgendaItem(meeting, { childId: "child-1" })],
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

const breach = {
  childId: "child-1",
  whatHappened: "A case paper was forwarded to a personal mailbox.",
  discoveredOn: "2026-11-20",
  reportedBy: "The panel's coordinator",
  from: "2026-11-01",
  to: "2026-11-29",
};

describe("suspected breaches", () => {
  it("are recorded by a panel's chair, audited, and listed with who saw the child in the period", async () => {
    const d = aDeployment();
    const recorded = await recordSuspectedBreach(d.deps, d.actor("chair"), breach);
    expect(recorded).toMatchObject({ ok: true, value: { panelId: "panel-isg", recordedById: "chair" } });
    const listed = await listSuspectedBreaches(d.deps, d.actor("dpo"), { childId: "child-1" });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((v) => v.breach.whatHappened)).toEqual([breach.whatHappened]);
    expect(listed.value[0]!.whoSaw.rows.map((r) => [r.personId, r.action])).toEqual([
      ["chair", "data-protection.breach-recorded"],
    ]);
  });

  it("show a chair the breaches their panel recorded, not the officer's, and refuse another panel's chair", async () => {
    const d = aDeployment();
    await recordSuspectedBreach(d.deps, d.actor("dpo"), { ...breach, whatHappened: "Found by the officer." });
    await recordSuspectedBreach(d.deps, d.actor("chair"), breach);
    const listed = await listSuspectedBreaches(d.deps, d.actor("chair"), { childId: "child-1" });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((v) => [v.breach.whatHappened, v.whoSaw.scope])).toEqual([
      [breach.whatHappened, "panels"],
    ]);
    const otherChair = await recordSuspectedBreach(d.deps, d.actor("other-chair"), breach);
    expect(!otherChair.ok && otherChair.error.code).toBe("DATA_PROTECTION.NOT_AUTHORISED");
    expect(d.store.contents().breaches).toHaveLength(2);
    const refusals = d.store.contents().audit.filter((e) => e.action === "data-protection.refused");
    expect(refusals.map((e) => [e.actorId, e.detail?.operation])).toEqual([["other-chair", "breach"]]);
  });

  it("refuses a member who is not the chair, a reversed period and a discovery after today, audited", async () => {
    const d = aDeployment();
    const results = [
      await recordSuspectedBreach(d.deps, d.actor("member"), breach),
      await recordSuspectedBreach(d.deps, d.actor("dpo"), { ...breach, from: "2026-12-01" }),
      await recordSuspectedBreach(d.deps, d.actor("dpo"), { ...breach, discoveredOn: "2026-12-01" }),
    ];
    expect(results.map((r) => !r.ok && r.error.code)).toEqual([
      "DATA_PROTECTION.NOT_AUTHORISED",
      "DATA_PROTECTION.PERIOD_REVERSED",
      "VALIDATION.FAILED",
    ]);
    expect(d.store.contents().breaches).toEqual([]);
    expect(d.store.contents().audit.filter((e) => e.action === "data-protection.refused")).toHaveLength(3);
  });
});
