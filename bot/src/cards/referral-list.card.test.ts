import { describe, expect, it } from "vitest";
import type { ReferralSummary } from "@convenor/shared";
import { myReferralsCard, screeningQueueCard } from "./referral-list.card.js";

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
});
