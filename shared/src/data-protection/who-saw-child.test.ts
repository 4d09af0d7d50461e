import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { aChild, aMeeting, aMembership, anAgendaItem, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { whoSawChild } from "./who-saw-child.js";

function aDeployment() {
  const officer = aPerson({ id: "dpo", displayName: "Nadia Hussain", dataProtectionOfficer: true });
  const chair = aPerson({ id: "chair", displayName: "Morag Chalmers" });
  const otherChair = aPerson({ id: "other-chair" });
  const viewer = aPerson({ id: "viewer", displayName: "Aileen MacLeod" });
  const unrelatedChair = aPerson({ id: "unrelated-chair" });
  const panel = aPanel("isg", { id: "panel-isg" });
  const otherPanel = aPanel("icsmg", { id: "panel-icsmg" });
  const unrelatedPanel = aPanel("lc-jst", { id: "panel-lcjst" });
  const child = aChild({ id: "child-1" });
  const meeting = aMeeting(panel, "2026-10-01T09:00:00.000Z", { id: "m-1" });
  const otherMeeting = aMeeting(otherPanel, "2026-10-02T09:00:00.000Z", { id: "m-2" });
  const store = new InMemoryStore({
    people: [officer, chair, otherChair, viewer, unrelatedChair],
    panels: [panel, otherPanel, unrelatedPanel],
    memberships: [
      aMembership(panel, chair, ["chair"]),
      aMembership(otherPanel, otherChair, ["chair"]),
      aMembership(unrelatedPanel, unrelatedChair, ["chair"]),
      aMembership(otherPanel, chair, ["member"]),
    ],
    children: [child],
    meetings: [meeting, otherMeeting],
    agenda: [anAgendaItem(meeting, { childId: child.id }), anAgendaItem(otherMeeting, { childId: child.id })],
  });
  const actor = (personId: string, channel = "tab"): Actor => ({
    personId,
    channel,
    origin: null,
    correlationId: null,
  });
  const read = (at: string, actorId: string, channel: string, subject: Partial<AuditEntry>): AuditEntry => ({
    id: `read-${at}`,
    at,
    actorId,
    action: "minutes.viewed",
    subjectType: "minutes",
    subjectId: "m-1",
    childId: child.id,
    channel,
    origin: null,
    correlationId: null,
    ...subject,
  });
  const deps = { store, clock: new FixedClock("2026-11-29T10:00:00.000Z"), newId: sequentialIds() };
  return { store, deps, actor, read, child };
}

const november = { childId: "child-1", from: "2026-11-01", to: "2026-11-30" };

describe("who saw this child", () => {
  it("shows the data protection officer every read in the period, who, when and from where, and audits asking", async () => {
    const d = aDeployment();
    await d.store.transaction(async (tx) => {
      await tx.audit.append(d.read("2026-10-31T23:00:00.000Z", "viewer", "tab", {}));
      await tx.audit.append(d.read("2026-11-03T09:00:00.000Z", "viewer", "bot", {}));
      await tx.audit.append(
        d.read("2026-11-04T09:00:00.000Z", "chair", "outlook", { subjectType: "meeting", subjectId: "m-2" }),
      );
    });
    const report = await whoSawChild(d.deps, d.actor("dpo"), november);
    expect(report).toEqual({
      ok: true,
      value: {
        childId: "child-1",
        from: "2026-11-01",
        to: "2026-11-30",
        scope: "all",
        truncated: false,
        rows: [
          {
            at: "2026-11-03T09:00:00.000Z",
            personId: "viewer",
            personName: "Aileen MacLeod",
            action: "minutes.viewed",
            surface: "Teams bot",
            panelId: "panel-isg",
          },
          {
            at: "2026-11-04T09:00:00.000Z",
            personId: "chair",
            personName: "Morag Chalmers",
            action: "minutes.viewed",
            surface: "Outlook add-in",
            panelId: "panel-icsmg",
          },
        ],
      },
    });
    const asked = d.store.contents().audit.filter((e) => e.action === "data-protection.who-saw-viewed");
    expect(asked).toMatchObject([{ actorId: "dpo", childId: "child-1", channel: "tab" }]);
  });

  it("shows a panel's chair their panel's reads only", async () => {
    const d = aDeployment();
    await d.store.transaction(async (tx) => {
      await tx.audit.append(d.read("2026-11-03T09:00:00.000Z", "viewer", "api", {}));
      await tx.audit.append(
        d.read("2026-11-04T09:00:00.000Z", "viewer", "tab", { subjectType: "meeting", subjectId: "m-2" }),
      );
    });
    const report = await whoSawChild(d.deps, d.actor("chair"), november);
    expect(report.ok && report.value.scope).toBe("panels");
    expect(report.ok && report.value.rows.map((r) => [r.panelId, r.surface])).toEqual([["panel-isg", "API"]]);
    const asked = d.store.contents().audit.filter((e) => e.action === "data-protection.who-saw-viewed");
    expect(asked).toMatchObject([
      { actorId: "chair", childId: "child-1", detail: { scope: "panels", rows: 1 } },
    ]);
  });

  it("refuses the chair of a panel the child never came to, and audits the refusal", async () => {
    const d = aDeployment();
    const refused = await whoSawChild(d.deps, d.actor("unrelated-chair"), november);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "DATA_PROTECTION.NOT_AUTHORISED",
        message:
          "Only the data protection officer, or the chair of a panel that had this child, can do this.",
      },
    });
    const audited = d.store.contents().audit;
    expect(audited.map((e) => [e.actorId, e.action, e.childId, e.detail?.operation])).toEqual([
      ["unrelated-chair", "data-protection.refused", "child-1", "who-saw"],
    ]);
  });

  it("refuses anyone else, a reversed period and one over a year, and audits each refusal", async () => {
    const d = aDeployment();
    const viewer = await whoSawChild(d.deps, d.actor("viewer"), november);
    const reversed = await whoSawChild(d.deps, d.actor("dpo"), { ...november, from: "2026-12-01" });
    const tooLong = await whoSawChild(d.deps, d.actor("dpo"), { ...november, from: "2025-11-01" });
    const unknown = await whoSawChild(d.deps, d.actor("chair"), { ...november, childId: "nobody" });
    expect([viewer, reversed, tooLong, unknown].map((r) => !r.ok && r.error.code)).toEqual([
      "DATA_PROTECTION.NOT_AUTHORISED",
      "DATA_PROTECTION.PERIOD_REVERSED",
      "DATA_PROTECTION.PERIOD_TOO_LONG",
      "DATA_PROTECTION.NOT_AUTHORISED",
    ]);
    const refusals = d.store.contents().audit.filter((e) => e.action === "data-protection.refused");
    expect(refusals.map((e) => [e.actorId, e.subjectId, e.detail?.code])).toEqual([
      ["viewer", "child-1", "DATA_PROTECTION.NOT_AUTHORISED"],
      ["dpo", "child-1", "DATA_PROTECTION.PERIOD_REVERSED"],
      ["dpo", "child-1", "DATA_PROTECTION.PERIOD_TOO_LONG"],
      ["chair", "nobody", "DATA_PROTECTION.NOT_AUTHORISED"],
    ]);
  });
});
