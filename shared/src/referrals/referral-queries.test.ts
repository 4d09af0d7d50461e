import { describe, expect, it } from "vitest";
import { aChild, aMembership, aPanel, anAgendaItem } from "../testing/builders.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { getReferralDetail } from "./get-referral-detail.js";
import { listMyReferrals } from "./list-my-referrals.js";
import { listReferablePanels } from "./list-referable-panels.js";
import { listScreeningQueue } from "./list-screening-queue.js";
import { listVisiblePanels } from "./list-visible-panels.js";

async function file(s: ReferralScenario, key: string, overrides: Record<string, unknown> = {}) {
  const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: key,
    mode: "submit",
    form: aValidReferralForm(s.panel.preset, overrides),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.referral;
}

describe("referral lists", () => {
  it("my referrals are non-identifying summaries, newest first", async () => {
    const s = aReferralScenario("icsmg");
    await file(s, "k-0001", { "consent.status": "withheld", "consent.justification": "Risk to the child." });
    s.clock.set("2026-02-03T09:00:00.000Z");
    await file(s, "k-0002", { "child.dateOfBirth": "2009-01-01", "icsmg.resources": ["isms", "asbo"] });

    const result = await listMyReferrals(s.deps, s.actor(s.people.referrer));
    const ids = s.store.contents().referrals.map((r) => r.id);
    expect(result.ok && result.value.nextCursor).toBeNull();
    expect(result.ok && result.value.items).toEqual([
      {
        id: ids[1],
        reference: "ICSMG-2026-0002",
        panelId: s.panel.id,
        panelName: s.panel.name,
        state: "submitted",
        urgency: "routine",
        requested: [
          "Joint assessment and planning",
          "Intensive Support and Monitoring Service (ISMS)",
          "Anti-Social Behaviour Order (ASBO)",
        ],
        ageBand: "16-17",
        consentWithheld: false,
        updatedAt: "2026-02-03T09:00:00.000Z",
      },
      expect.objectContaining({ reference: "ICSMG-2026-0001", ageBand: "11-15", consentWithheld: true }),
    ]);
    expect(JSON.stringify(result)).not.toContain("Morag");
    expect(await listMyReferrals(s.deps, s.actor(s.people.chair))).toEqual({
      ok: true,
      value: { items: [], nextCursor: null },
    });
  });

  it("the screening queue holds submitted referrals of panels the actor screens, urgent first", async () => {
    const s = aReferralScenario("icsmg");
    await file(s, "k-0001");
    await file(s, "k-0002", { urgency: "urgent", "urgency.reason": "Today." });
    const queue = await listScreeningQueue(s.deps, s.actor(s.people.coordinator));
    expect(queue.ok && queue.value.items.map((r) => [r.reference, r.urgency])).toEqual([
      ["ICSMG-2026-0002", "urgent"],
      ["ICSMG-2026-0001", "routine"],
    ]);
    expect(await listScreeningQueue(s.deps, s.actor(s.people.member))).toEqual({
      ok: true,
      value: { items: [], nextCursor: null },
    });
    expect(await listScreeningQueue(s.deps, s.actor(s.people.member), { panelId: s.panel.id })).toMatchObject(
      {
        ok: false,
        error: { code: "AUTH.FORBIDDEN" },
      },
    );
  });

  it("referable panels are those taking referrals where the actor refers, chairs or coordinates; visible panels any role", async () => {
    const s = aReferralScenario("isg");
    const hrp = aPanel("cic-hrp", { id: "panel-hrp", name: "A High Risk Panel" });
    s.store.seed({ panels: [hrp], memberships: [aMembership(hrp, s.people.chair, ["chair"])] });
    const ids = (result: { ok: boolean; value?: { id: string }[] }) => result.value?.map((p) => p.id);
    expect(ids(await listReferablePanels(s.deps, s.actor(s.people.chair)))).toEqual([s.panel.id]);
    expect(ids(await listReferablePanels(s.deps, s.actor(s.people.member)))).toEqual([]);
    expect(ids(await listVisiblePanels(s.deps, s.actor(s.people.chair)))).toEqual(["panel-hrp", s.panel.id]);
    expect(ids(await listVisiblePanels(s.deps, s.actor(s.people.member)))).toEqual([s.panel.id]);
    expect(ids(await listVisiblePanels(s.deps, s.actor(s.people.outsider)))).toEqual([]);
  });
});

describe("getReferralDetail", () => {
  it("shows the referrer and the panel's chair the child, and audits every view", async () => {
    const s = aReferralScenario("isg");
    const referral = await file(s, "k-0001");
    for (const person of [s.people.referrer, s.people.chair]) {
      const result = await getReferralDetail(s.deps, s.actor(person), { referralId: referral.id });
      expect(result.ok && result.value).toMatchObject({
        child: { givenName: "Morag" },
        panel: { id: s.panel.id },
        referrerName: "Rhona Referrer",
      });
    }
    expect(s.store.contents().audit.filter((a) => a.action === "referral.viewed")).toMatchObject([
      { actorId: "referrer", childId: referral.childId, channel: "bot", origin: "conversation-1" },
      { actorId: "chair", childId: referral.childId },
    ]);
  });

  it("shows the child as this referral describes them, never what other agencies recorded", async () => {
    const s = aReferralScenario("isg");
    s.store.seed({
      children: [
        aChild({
          id: "known-child",
          givenName: "Morag",
          familyName: "Example",
          dateOfBirth: "2013-05-14",
          school: "Another agency's school",
          locality: "Another town",
          lookedAfter: true,
        }),
      ],
    });
    const draft = await fileReferral(s.deps, s.actor(s.people.referrer), {
      panelId: s.panel.id,
      idempotencyKey: "draft-0002",
      mode: "draft",
      form: { "child.givenName": "Morag", "child.familyName": "Example", "child.dateOfBirth": "2013-05-14" },
    });
    if (!draft.ok) throw new Error(draft.error.message);
    const detail = await getReferralDetail(s.deps, s.actor(s.people.referrer), {
      referralId: draft.value.referral.id,
    });
    expect(detail.ok && detail.value.child).toEqual({
      id: "",
      givenName: "Morag",
      familyName: "Example",
      dateOfBirth: "2013-05-14",
      school: "",
      locality: "",
    });
    expect(JSON.stringify(detail)).not.toMatch(/Another agency's school|Another town|lookedAfter/);
  });

  it("a panel member sees it only once it is on an agenda; an invited attendee only their item", async () => {
    const s = aReferralScenario("isg");
    const referral = await file(s, "k-0001");
    const view = (personId: "member" | "outsider") =>
      getReferralDetail(s.deps, s.actor(s.people[personId]), { referralId: referral.id });
    expect(await view("member")).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    expect(await view("outsider")).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });

    s.store.seed({
      agenda: [anAgendaItem(s.meetings[1]!, { referralId: referral.id, invitedPersonIds: ["outsider"] })],
    });
    expect((await view("member")).ok).toBe(true);
    expect((await view("outsider")).ok).toBe(true);
    expect(
      s.store
        .contents()
        .audit.map((a) => [a.action, a.actorId])
        .slice(1),
    ).toEqual([
      ["referral.view-refused", "member"],
      ["referral.view-refused", "outsider"],
      ["referral.viewed", "member"],
      ["referral.viewed", "outsider"],
    ]);
  });
});
