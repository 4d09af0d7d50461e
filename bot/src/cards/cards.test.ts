import {
  referralPageSize,
  referralRequirements,
  summariseReferral,
  type Meeting,
  type PresetKey,
  type Referral,
  type ReferralDetail,
} from "@convenor/shared";
import { aChild, aMeeting, aPanel, aValidReferralForm } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "./card-elements.js";
import { cardBytes, cardProblems } from "./card-validation.test-support.js";
import { messageCard } from "./message.card.js";
import { panelChoiceCard } from "./panel-choice.card.js";
import { referralConfirmationCard } from "./referral-confirmation.card.js";
import { referralFormCard } from "./referral-form.card.js";
import { myReferralsCard, screeningQueueCard } from "./referral-list.card.js";
import { referralOutcomeCard } from "./referral-outcome.card.js";
import { screeningDetailCard } from "./screening-detail.card.js";
import { screeningSummaryCard } from "./screening-summary.card.js";
import { urgentDecisionCard } from "./urgent-decision.card.js";
import { urgentDetailCard } from "./urgent-detail.card.js";
import { helpCard, welcomeCard } from "./welcome.card.js";

const child = aChild({ givenName: "Eilidh", familyName: "Buchanan-Test", dateOfBirth: "2013-04-05" });
const panel = aPanel("isg", { id: "panel-isg", name: "Inverness Integrated Support Group" });
const meeting: Meeting = aMeeting(panel, "2026-04-14T09:00:00Z", { id: "m-1" });

function referral(state: Referral["state"], preset: PresetKey = "isg"): Referral {
  return {
    id: "r-1",
    panelId: panel.id,
    reference: "ISG-2026-0042",
    state,
    childId: child.id,
    referrerId: "p-teacher",
    urgency: "routine",
    form: aValidReferralForm(preset, {
      "child.givenName": child.givenName,
      "child.familyName": child.familyName,
      "child.dateOfBirth": child.dateOfBirth,
    }),
    meetingId: null,
    retrospective: false,
    createdAt: "2026-03-01T09:00:00Z",
    updatedAt: "2026-03-01T09:00:00Z",
    version: 1,
    history: [],
  };
}

const summary = (state: Referral["state"]) => summariseReferral(referral(state), panel, child, "2026-03-02");
const fullPage = () => Array.from({ length: referralPageSize.default }, () => summary("submitted"));

function formCard(preset: PresetKey, withErrors: boolean): AdaptiveCard {
  const requirements = referralRequirements(preset, { today: "2026-03-02" });
  return referralFormCard({
    panel,
    fields: requirements.fields,
    childProtectionNotice: requirements.notice,
    values: withErrors ? { "child.givenName": "Eilidh", reason: "x".repeat(4000) } : {},
    errors: withErrors
      ? requirements.fields.map((f) => ({
          field: f.id,
          code: "REFERRAL.FIELD_REQUIRED",
          message: f.errorMessage,
        }))
      : [],
    cardId: "card-nonce-0001",
  });
}

const detail: ReferralDetail = {
  referral: referral("submitted"),
  child,
  panel,
  referrerName: "Aileen MacLeod",
};

const everyCard: [string, AdaptiveCard][] = [
  ["welcome", welcomeCard("personal")],
  ["help", helpCard("frobnicate")],
  ["message", messageCard("Title", "Text", "error")],
  ["panel choice", panelChoiceCard([panel, aPanel("lc-jst")])],
  ...(["icsmg", "lc-jst", "isg"] as const).flatMap((preset): [string, AdaptiveCard][] => [
    [`${preset} form`, formCard(preset, false)],
    [`${preset} form with every error`, formCard(preset, true)],
  ]),
  [
    "confirmation",
    referralConfirmationCard({
      referral: referral("submitted"),
      panelName: panel.name,
      nextMeeting: {
        meeting,
        deadlines: { referral: "2026-04-07", agenda: null, papers: null, redList: null, minutesDue: null },
      },
    }),
  ],
  [
    "screening summary",
    screeningSummaryCard({ summary: summary("submitted"), screenerUserIds: ["29:a", "29:b"] }),
  ],
  [
    "screened summary",
    screeningSummaryCard({ summary: summary("accepted"), screenerUserIds: [], decidedBy: "Morag Chalmers" }),
  ],
  [
    "screening detail",
    screeningDetailCard({
      detail,
      fields: referralRequirements("isg").fields,
      meetings: [meeting],
      canScreen: true,
      nonce: "nonce-0001",
    }),
  ],
  ["outcome returned", referralOutcomeCard({ summary: summary("returned"), question: "What changed?" })],
  [
    "outcome accepted",
    referralOutcomeCard({ summary: summary("accepted"), meetingStartsAt: meeting.startsAt }),
  ],
  ["outcome declined", referralOutcomeCard({ summary: summary("declined"), reason: "Single agency first" })],
  ["my referrals", myReferralsCard({ items: fullPage(), nextCursor: "next" })],
  ["queue", screeningQueueCard({ items: fullPage(), nextCursor: "next" })],
  ["urgent decision", urgentDecisionCard(summary("submitted"), "nonce-0002")],
  [
    "urgent detail",
    urgentDetailCard({
      detail: { ...detail, referral: { ...referral("submitted"), urgency: "urgent" } },
      fields: referralRequirements("icsmg").fields,
      canDecide: true,
      nonce: "nonce-0003",
    }),
  ],
  [
    "urgent detail, reason refused",
    urgentDetailCard({
      detail: { ...detail, referral: { ...referral("submitted"), urgency: "urgent" } },
      fields: referralRequirements("icsmg").fields,
      canDecide: true,
      nonce: "nonce-0004",
      reason: " ",
      reasonError: "Give the reason for the decision.",
    }),
  ],
  [
    "screening detail, question refused",
    screeningDetailCard({
      detail,
      fields: referralRequirements("isg").fields,
      meetings: [meeting],
      canScreen: true,
      nonce: "nonce-0005",
      refused: { field: "question", text: "Why?", error: "Keep the question to 2000 characters." },
    }),
  ],
];

describe("every card", () => {
  it.each(everyCard)(
    "%s parses as Adaptive Card 1.5 without problems and stays under 80 KB",
    (_name, card) => {
      expect(card.version).toBe("1.5");
      expect(cardProblems(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(80 * 1024);
    },
  );
});

describe("the referral form", () => {
  it("labels every input and marks required ones with a message, limits and patterns from the requirements", () => {
    const requirements = referralRequirements("icsmg");
    const card = formCard("icsmg", false);
    const inputs = JSON.stringify(card);
    for (const field of requirements.fields) {
      const input = findInput(card, field.id);
      expect(input.label).toBe(field.label);
      expect(input.isRequired).toBe(field.required);
      expect(input.errorMessage).toBe(field.errorMessage);
      if (input.type === "Input.Text") expect(input.maxLength).toBe(field.maxLength);
      if (field.regex && input.type === "Input.Text") expect(input.regex).toBe(field.regex);
    }
    expect(inputs).toContain(requirements.notice);
    expect(findInput(card, "shanarri").isMultiSelect).toBe(true);
    expect((card.actions ?? []).map((a) => [a.type, a.verb])).toEqual([
      ["Action.Execute", "referral.submit"],
      ["Action.Execute", "referral.save-draft"],
    ]);
  });

  it("differs by preset: the five GIRFEC questions on GIRFEC panels, ICSMG resources, the ISG LC-JST outcome", () => {
    const ids = (preset: PresetKey) => JSON.stringify(formCard(preset, false));
    expect(ids("lc-jst")).toContain('"girfec.q5"');
    expect(ids("icsmg")).toContain('"icsmg.resources"');
    expect(ids("isg")).toContain('"isg.lcjstOutcome"');
    expect(ids("lc-jst")).not.toContain('"icsmg.resources"');
  });

  it("comes back with what was typed and each error under its field", () => {
    const card = formCard("isg", true);
    expect(findInput(card, "child.givenName").value).toBe("Eilidh");
    const errorIndex = card.body.findIndex((e) => e.id === "child.familyName.error");
    expect(card.body[errorIndex - 1]?.id).toBe("child.familyName");
  });
});

describe("cards for shared conversations", () => {
  it("carry the reference and non-identifying facts, never the child's name or date of birth", () => {
    for (const card of [
      screeningSummaryCard({ summary: summary("submitted"), screenerUserIds: ["29:a"] }),
      screeningSummaryCard({
        summary: summary("declined"),
        screenerUserIds: [],
        decidedBy: "Morag Chalmers",
      }),
      screeningQueueCard({ items: [summary("submitted")], nextCursor: null }),
    ]) {
      const text = JSON.stringify(card);
      expect(text).toContain("ISG-2026-0042");
      expect(text).not.toContain(child.givenName);
      expect(text).not.toContain(child.familyName);
      expect(text).not.toContain(child.dateOfBirth);
      expect(text).not.toContain(child.school);
    }
  });

  it("asks Teams to fetch a per-user view for at most 60 screeners", () => {
    const ids = Array.from({ length: 70 }, (_, i) => `29:user-${i}`);
    const card = screeningSummaryCard({ summary: summary("submitted"), screenerUserIds: ids });
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(card.refresh?.action.verb).toBe("screening.open");
  });
});

describe("the per-user screening detail", () => {
  it("shows the child's school or establishment and locality to those allowed to see it", () => {
    const card = screeningDetailCard({
      detail,
      fields: referralRequirements("isg").fields,
      meetings: [meeting],
      canScreen: true,
      nonce: "nonce-0001",
    });
    const facts = card.body.flatMap((e) =>
      e.type === "FactSet" ? (e.facts as { title: string; value: string }[]) : [],
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        { title: "School or establishment", value: child.school },
        { title: "Locality", value: child.locality },
      ]),
    );
  });
});

function findInput(card: AdaptiveCard, id: string): Record<string, unknown> {
  const input = card.body.find((e) => e.id === id);
  if (!input) throw new Error(`no input ${id}`);
  return input;
}
