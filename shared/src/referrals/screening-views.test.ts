import { describe, expect, it } from "vitest";
import { anAgendaItem } from "../testing/builders.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { getScreeningDetail, screensReferral } from "./get-screening-detail.js";
import { getUrgentRequestDetail } from "./get-urgent-request-detail.js";
import { loadReferralView } from "./referral-notice-view.js";

async function filed(s: ReferralScenario, overrides: Record<string, unknown> = {}) {
  const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: "views-0001",
    mode: "submit",
    form: aValidReferralForm(s.panel.preset, overrides),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.referral;
}

describe("the views screening cards are built from", () => {
  it("the shared view names the screeners and carries nothing identifying", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const view = await loadReferralView(s.deps, referral.id);
    expect(view?.screenerIds.sort()).toEqual(["chair", "coordinator"]);
    expect(view?.summary.reference).toBe(referral.reference);
    expect(JSON.stringify(view)).not.toMatch(/Morag|Example|2013-05-14/);
    expect(s.store.contents().audit.map((a) => a.action)).toEqual(["referral.filed"]);
  });

  it("the screening detail tells a chair they screen, with the meetings it could go to; a member sees it without", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const forChair = await getScreeningDetail(s.deps, s.actor(s.people.chair), { referralId: referral.id });
    expect(forChair.ok && forChair.value.canScreen).toBe(true);
    expect(forChair.ok && forChair.value.upcomingMeetings.map((m) => m.id)).toEqual([
      "meeting-feb",
      "meeting-mar",
    ]);
    s.store.seed({ agenda: [anAgendaItem(s.meetings[1]!, { referralId: referral.id })] });
    const forMember = await getScreeningDetail(s.deps, s.actor(s.people.member), { referralId: referral.id });
    expect(forMember.ok && forMember.value.canScreen).toBe(false);
    expect(await screensReferral(s.deps, s.actor(s.people.member), { referralId: referral.id })).toBe(false);
    expect(await screensReferral(s.deps, s.actor(s.people.coordinator), { referralId: referral.id })).toBe(
      true,
    );
    expect(s.store.contents().audit.filter((a) => a.action === "referral.viewed")).toHaveLength(2);
  });

  it("an urgent request's detail lets its emergency authoriser decide, and no one else", async () => {
    const s = aReferralScenario("icsmg");
    const referral = await filed(s, { urgency: "urgent", "urgency.reason": "Placement ends on Friday." });
    const forAuthoriser = await getUrgentRequestDetail(s.deps, s.actor(s.people.authoriser), {
      referralId: referral.id,
    });
    expect(forAuthoriser.ok && forAuthoriser.value.canDecide).toBe(true);
    const forChair = await getUrgentRequestDetail(s.deps, s.actor(s.people.chair), {
      referralId: referral.id,
    });
    expect(forChair.ok && forChair.value.canDecide).toBe(false);
    const forOutsider = await getUrgentRequestDetail(s.deps, s.actor(s.people.outsider), {
      referralId: referral.id,
    });
    expect(forOutsider).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
  });
});
