import { referralRequirements, summariseReferral, type Referral } from "@convenor/shared";
import { aChild, aPanel, aValidReferralForm } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import { literal } from "./card-elements.js";
import { referralOutcomeCard } from "./referral-outcome.card.js";
import { screeningDetailCard } from "./screening-detail.card.js";

const hostile = "See [Verify](https://evil.example/x) **urgent**";

/** Markdown Teams would act on: a link or emphasis whose markers are not escaped. */
function activeMarkdown(text: string): string[] {
  const unescaped = (marker: string) => `(?<!\\\\)${marker}`;
  const patterns = [
    new RegExp(`${unescaped("\\[")}[^\\]]*${unescaped("\\]")}${unescaped("\\(")}`),
    new RegExp(`${unescaped("\\*")}${unescaped("\\*")}\\w`),
  ];
  return patterns.filter((pattern) => pattern.test(text)).map(String);
}

/** Every string a person reads on the card. */
function texts(card: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(card, (key, value: unknown) => {
    if ((key === "text" || key === "value" || key === "title") && typeof value === "string")
      found.push(value);
    return value;
  });
  return found;
}

const child = aChild({ givenName: "Eilidh", familyName: "Buchanan-Test", dateOfBirth: "2013-04-05" });
const panel = aPanel("isg", { id: "panel-isg", name: "Inverness ISG" });
const referral: Referral = {
  id: "r-1",
  panelId: panel.id,
  reference: "ISG-2026-0042",
  state: "submitted",
  childId: child.id,
  referrerId: "p-teacher",
  urgency: "routine",
  form: aValidReferralForm("isg", { reason: hostile }),
  meetingId: null,
  retrospective: false,
  createdAt: "2026-03-01T09:00:00Z",
  updatedAt: "2026-03-01T09:00:00Z",
  version: 1,
  history: [],
};

describe("text a person typed, on a card", () => {
  it("keeps every character but cannot become a link or bold", () => {
    expect(activeMarkdown(hostile)).not.toEqual([]);
    expect(activeMarkdown(literal(hostile))).toEqual([]);
    expect(literal(hostile).replace(/\\/g, "")).toBe(hostile);
    expect(literal("# Heading\n- item\n1. first\n> quoted")).toBe(
      "\\# Heading\n\\- item\n1\\. first\n\\> quoted",
    );
    expect(literal("Single-agency support, age 14-18")).toBe("Single-agency support, age 14-18");
  });

  it("shows a hostile reason literally in the screening detail and in the referrer's outcome", () => {
    const detail = screeningDetailCard({
      detail: { referral, child, panel, referrerName: "Aileen [MacLeod](https://evil.example)" },
      fields: referralRequirements("isg").fields,
      meetings: [],
      canScreen: true,
      nonce: "nonce-0001",
    });
    const summary = summariseReferral({ ...referral, state: "declined" }, panel, child, "2026-03-02");
    const outcome = referralOutcomeCard({ summary, reason: hostile });
    const returned = referralOutcomeCard({ summary: { ...summary, state: "returned" }, question: hostile });
    for (const card of [detail, outcome, returned]) {
      const shown = texts(card);
      expect(shown.some((text) => text.includes("Verify"))).toBe(true);
      expect(shown.flatMap(activeMarkdown)).toEqual([]);
    }
  });
});
