import { describe, expect, it } from "vitest";
import type { ReferralSummary } from "@convenor/shared";
import { myReferralsCard, screeningQueueCard } from "./referral-list.card.js";
import { editReferralVerb } from "./referral-outcome.card.js";

const summary = (reference: string): ReferralSummary => ({
  id: `id-${reference}`,
  reference,
  panelId: "panel-isg",
  panelName: "Inverness ISG",
  state: "submitted",
  urgency: "routine",
  requested: [],
  ageBand: "11-15",
  consentWithheld: false,
  updatedAt: "2026-03-02T09:00:00.000Z",
});

describe("the referral list cards", () => {
  it("show the page they are given and say when more follow, pointing to the tab", () => {
    const page = { items: [summary("ISG-2026-0001"), summary("ISG-2026-0002")], nextCursor: "more" };
    for (const card of [screeningQueueCard(page), myReferralsCard(page)]) {
      const text = JSON.stringify(card);
      expect(text).toContain("ISG-2026-0001");
      expect(text).toContain("ISG-2026-0002");
      expect(text).toContain("And more: open the Convenor tab");
    }
    expect(JSON.stringify(screeningQueueCard(page))).toContain("Screening queue (2+)");
  });

  it("say nothing more on the last page", () => {
    const page = { items: [summary("ISG-2026-0001")], nextCursor: null };
    for (const card of [screeningQueueCard(page), myReferralsCard(page)]) {
      expect(JSON.stringify(card)).not.toContain("And more");
    }
    expect(JSON.stringify(screeningQueueCard(page))).toContain("Screening queue (1)");
  });

  it("offer the referrer Edit and resubmit on a returned referral, and nothing on the others", () => {
    const returned = { ...summary("ISG-2026-0003"), state: "returned" as const };
    const card = myReferralsCard({ items: [summary("ISG-2026-0001"), returned], nextCursor: null });
    const rows = card.body.filter((element) => element.type === "Container");
    expect(JSON.stringify(rows[0])).not.toContain("Action.Execute");
    const actions = (rows[1]?.items as { type: string; actions?: unknown[] }[]).find(
      (item) => item.type === "ActionSet",
    )?.actions;
    expect(actions).toEqual([
      expect.objectContaining({
        title: "Edit and resubmit",
        verb: editReferralVerb,
        data: { convenor: { verb: editReferralVerb, referralId: "id-ISG-2026-0003" } },
      }),
    ]);
  });

  it("say Draft once for a draft, which has no reference yet", () => {
    const draft = { ...summary("unused"), reference: null, state: "draft" as const, ageBand: "unknown" };
    const text = JSON.stringify(myReferralsCard({ items: [draft], nextCursor: null }));
    expect(text).toContain("**Draft** · Inverness ISG · age unknown");
    expect(text.match(/Draft/g)).toHaveLength(1);
  });
});
