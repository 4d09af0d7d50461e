import {
  maxDecisionWords,
  referralRequirements,
  resubmissionAnswerField,
  type LcjstStanding,
  type ResubmissionView,
} from "@convenor/shared";
import { aChild, aPanel, aValidReferralForm } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import { cardBytes, cardProblems } from "./card-validation.test-support.js";
import { screeningDetailCard, type ScreeningDetailInput } from "./screening-detail.card.js";
import { changesBudgetBytes } from "./screening-notes.js";

const panel = aPanel("isg", { id: "panel-isg", name: "Inverness Integrated Support Group" });
const fields = referralRequirements("isg").fields;

function cardWith(extra: Partial<ScreeningDetailInput>, form = aValidReferralForm("isg")) {
  const card = screeningDetailCard({
    detail: {
      referral: {
        id: "r-1",
        panelId: panel.id,
        reference: "ISG-2026-0042",
        state: "submitted",
        childId: "child-1",
        referrerId: "p-teacher",
        urgency: "routine",
        form,
        meetingId: null,
        retrospective: false,
        createdAt: "2026-03-01T09:00:00Z",
        updatedAt: "2026-03-01T09:00:00Z",
        version: 3,
        history: [],
      },
      child: aChild(),
      panel,
      referrerName: "Aileen MacLeod",
    },
    fields,
    meetings: [],
    canScreen: true,
    nonce: "nonce-0001",
    ...extra,
  });
  expect(cardProblems(card)).toEqual([]);
  expect(cardBytes(card)).toBeLessThan(80 * 1024);
  return { card, text: JSON.stringify(card) };
}

const standing = (overrides: Partial<LcjstStanding>): LcjstStanding => ({
  statedByReferrer: null,
  decided: [],
  awaiting: [],
  ...overrides,
});

/** Every TextBlock's text, in the order a reader meets them. */
function textBlocks(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textBlocks);
  if (!node || typeof node !== "object") return [];
  const element = node as Record<string, unknown>;
  const own = element.type === "TextBlock" ? [String(element.text)] : [];
  return [...own, ...Object.values(element).flatMap(textBlocks)];
}

describe("the screening detail as the chair reads it", () => {
  it("writes dates in words and names the referrer's agency as the referrer's, not the reader's", () => {
    const { card, text } = cardWith({});
    const fact = (title: string) =>
      JSON.stringify(card).match(new RegExp(`"title":"${title}","value":"([^"]*)"`))?.[1];
    expect(fact("Date of birth")).toBe("14 May 2013");
    const texts = textBlocks(card);
    const consent = texts.indexOf("Date consent was given or withheld");
    expect(texts[consent + 1]).toBe("10 January 2026");
    expect(texts[texts.indexOf("Referrer's agency") + 1]).toBe("Education");
    expect(text).not.toContain("Your agency");
    expect(text).not.toContain("2013-05-14");
  });
});

describe("the screening detail's LC-JST outcome", () => {
  it("says plainly when the outcome is only stated by the referrer", () => {
    const { text } = cardWith({ lcjst: standing({ statedByReferrer: "LC-JST 12 January: refer to ISG" }) });
    expect(text).toContain("The LC-JST outcome is stated by the referrer, not held in Convenor.");
    expect(text).toContain("LC-JST 12 January: refer to ISG");
  });

  it("names the LC-JST decision Convenor holds, and any LC-JST referral still awaiting its outcome", () => {
    const record = { referralId: "r-9", state: "decided" as const };
    const { text } = cardWith({
      lcjst: standing({
        statedByReferrer: "As the LC-JST agreed",
        decided: [{ ...record, reference: "LCJST-2026-0003", decidedAt: "2026-01-20T10:00:00.000Z" }],
        awaiting: [{ ...record, state: "submitted", reference: "LCJST-2026-0007", decidedAt: null }],
      }),
    });
    expect(text).toContain(
      "Convenor holds the LC-JST decision for this child: LCJST-2026-0003 (decided Tue, 20 Jan 2026).",
    );
    expect(text).toContain(
      "Convenor holds an LC-JST referral for this child still awaiting its outcome: LCJST-2026-0007.",
    );
    expect(text).not.toContain("stated by the referrer");
  });

  it("is left out for other panels' referrals", () => {
    expect(cardWith({ lcjst: null }).text).not.toContain("LC-JST outcome is");
  });
});

describe("the screening detail after a return and resubmit", () => {
  const round = {
    number: 1,
    question: "Please *update* the chronology.",
    answer: "Added the February review.",
    returnedAt: "2026-02-02T09:00:00.000Z",
    resubmittedAt: "2026-02-03T11:00:00.000Z",
  };
  const view: ResubmissionView = {
    latest: round,
    rounds: [round],
    changes: [
      {
        field: "shanarri",
        label: "Wellbeing concerns (SHANARRI indicators)",
        before: ["achieving"],
        after: ["safe"],
      },
      {
        field: "consent.justification",
        label: "Why sharing is vital to the child's interests",
        before: undefined,
        after: "x",
      },
      { field: "isg.chronology", label: "Chronology", before: "y".repeat(8000), after: "z" },
    ],
  };

  it("shows the question, the answer and each changed answer by its label, with what it is now and was", () => {
    const { text } = cardWith({ resubmission: view });
    expect(text).toContain("Please \\\\*update\\\\* the chronology.");
    expect(text).toContain("Added the February review.");
    expect(text).toContain("Changed since it was returned (3):");
    expect(text).toContain("Wellbeing concerns (SHANARRI indicators)");
    expect(text).toContain("Now: Safe");
    expect(text).toContain("Was: Achieving");
    expect(text).toContain("Now: x");
    expect(text).toContain("Was: (blank)");
    expect(text).toContain("Now: z");
    expect(text).toContain(`Was: ${"y".repeat(200)}…`);
    expect(text).not.toContain("y".repeat(201));
  });

  it("says a changed answer now left blank is blank, so the chair need not look for it below", () => {
    const cleared = {
      field: "isg.resources",
      label: "Resources requested",
      before: "Family support",
      after: "",
    };
    const { card } = cardWith({ resubmission: { ...view, changes: [cleared] } });
    const texts = textBlocks(card);
    const label = texts.indexOf("Resources requested");
    expect(texts.slice(label, label + 3)).toEqual([
      "Resources requested",
      "Now: (blank)",
      "Was: Family support",
    ]);
  });

  it.each(["w", "語", "😀"])(
    "stays under 80 KB with a form filled to its limits in text of %s and every answer changed",
    (unit) => {
      const filled = (length: number) => unit.repeat(Math.floor(length / unit.length));
      const long = (f: (typeof fields)[number]) => filled(f.maxLength);
      const full = Object.fromEntries(
        fields.map((f) => [f.id, f.kind === "text" || f.kind === "multiline" ? long(f) : "x"]),
      );
      const changes = fields.map((f) => ({ field: f.id, label: f.label, before: long(f), after: long(f) }));
      const latest = {
        ...round,
        question: filled(maxDecisionWords),
        answer: filled(resubmissionAnswerField.maxLength),
      };
      const { card, text } = cardWith(
        {
          resubmission: { latest, rounds: [round, latest], changes },
          lcjst: standing({ statedByReferrer: unit.repeat(500) }),
        },
        full,
      );
      expect(text).toContain(`Now: ${unit}`);
      // Now and was together stay within their share, however many answers changed and in whatever script.
      const nowAndWas = textBlocks(card).filter((t) => /^(Now|Was): /.test(t));
      expect(nowAndWas).toHaveLength(2 * changes.length);
      expect(Buffer.byteLength(nowAndWas.join(""))).toBeLessThan(changesBudgetBytes * 1.25);
    },
  );
});

describe("the screening detail after a refused return", () => {
  it("keeps the question typed, over its limit too, but bounded so the card stays small", () => {
    const { card } = cardWith({
      refused: { field: "question", text: "q".repeat(30_000), error: "Too long." },
    });
    const returnCard = (card.actions ?? []).find((a) => a.title === "Return")?.card as {
      body: { id?: string; value?: string }[];
    };
    expect(returnCard.body.find((e) => e.id === "screening.question")?.value).toBe("q".repeat(4000));
  });
});

describe("the screening detail of a form filled to its limits", () => {
  const filledWith = (unit: string) => ({
    ...aValidReferralForm("isg"),
    ...Object.fromEntries(
      fields
        .filter((f) => !f.id.startsWith("child.") && (f.kind === "text" || f.kind === "multiline"))
        .map((f) => [f.id, unit.repeat(Math.floor(f.maxLength / unit.length))]),
    ),
  });

  it("shows every answer in full in plain Latin text", () => {
    const { text } = cardWith({}, filledWith("a"));
    expect(text).toContain("a".repeat(8000));
    expect(text).not.toContain("shortened to fit a Teams card");
  });

  it.each(["é", "語", "😀"])(
    "stays under 80 KB in text of %s, shortening the longest answers and saying so",
    (unit) => {
      const { text } = cardWith({}, filledWith(unit));
      expect(text).toMatch(/… \(shortened to fit a Teams card: [\d,]+ more characters\)/);
    },
  );
});
