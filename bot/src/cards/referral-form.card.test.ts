import { referralRequirements, type FieldError } from "@convenor/shared";
import { aPanel } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard, CardElement } from "./card-elements.js";
import { cardBytes, cardProblems } from "./card-validation.test-support.js";
import { referralFormCard } from "./referral-form.card.js";

const panel = aPanel("isg", { id: "panel-isg", name: "Inverness Integrated Support Group" });
const requirements = referralRequirements("isg", { today: "2026-03-02" });

function formCard(values: Record<string, unknown>, errors: FieldError[] = [], referralId?: string) {
  const card = referralFormCard({
    panel,
    fields: requirements.fields,
    childProtectionNotice: requirements.notice,
    values,
    errors,
    cardId: "card-nonce-0001",
    ...(referralId ? { referralId } : {}),
  });
  expect(cardProblems(card)).toEqual([]);
  expect(cardBytes(card)).toBeLessThan(80 * 1024);
  return card;
}

const byId = (card: AdaptiveCard, id: string) => card.body.find((e: CardElement) => e.id === id);
const everyError: FieldError[] = requirements.fields.map((f) => ({
  field: f.id,
  code: "REFERRAL.FIELD_REQUIRED",
  message: f.errorMessage,
}));

/** Every text answer filled to its limit with `unit`. */
const filledWith = (unit: string) =>
  Object.fromEntries(
    requirements.fields
      .filter((f) => f.kind === "text" || f.kind === "multiline")
      .map((f) => [f.id, unit.repeat(Math.floor(f.maxLength / unit.length))]),
  );

describe("the referral form card, coming back with what was typed", () => {
  it("keeps an answer a little over its limit whole, with the error by it", () => {
    const card = formCard({ "isg.chronology": "c".repeat(8050) }, [
      { field: "isg.chronology", code: "REFERRAL.FIELD_TOO_LONG", message: "Keep it short." },
    ]);
    expect(byId(card, "isg.chronology")?.value).toBe("c".repeat(8050));
    expect(byId(card, "isg.chronology.error")?.text).toBe("Keep it short.");
    expect(byId(card, "isg.chronology.cut")).toBeUndefined();
  });

  it("cuts an answer far over its limit to twice the limit, and says by the input how much was typed", () => {
    const card = formCard({ "isg.chronology": "c".repeat(21_000), reason: "Kept whole." }, [
      {
        field: "isg.chronology",
        code: "REFERRAL.FIELD_TOO_LONG",
        message: 'Keep "Chronology" to 8000 characters or fewer.',
      },
    ]);
    expect(byId(card, "isg.chronology")?.value).toBe("c".repeat(16_000));
    expect(byId(card, "reason")?.value).toBe("Kept whole.");
    expect(byId(card, "isg.chronology.error")?.text).toBe('Keep "Chronology" to 8000 characters or fewer.');
    expect(byId(card, "isg.chronology.cut")?.text).toBe(
      "You typed 21,000 characters here; the form keeps the first 16,000. Keep it to 8,000 characters or fewer.",
    );
  });

  it("shows a form filled to every limit whole, with every error, under 80 KB", () => {
    const values = filledWith("a");
    const card = formCard(values, everyError);
    for (const [id, value] of Object.entries(values)) expect(byId(card, id)?.value).toBe(value);
    expect(card.body.some((e) => String(e.id).endsWith(".cut"))).toBe(false);
  });

  it.each([
    ["two", "é"],
    ["three", "語"],
    ["four", "😀"],
  ])(
    "stays under 80 KB for a form filled to its limits in characters of %s bytes, saying which answers it cut",
    (_bytes, unit) => {
      const card = formCard(filledWith(unit), everyError);
      const cut = card.body.filter((e) => String(e.id).endsWith(".cut"));
      expect(cut.length).toBeGreaterThan(0);
      expect(String(cut[0]?.text)).toContain("too large to show again in one card");
      expect(JSON.stringify(card)).not.toMatch(/\\ud83d"/); // no half of a surrogate pair left at a cut
    },
  );
});

describe("the resubmission form", () => {
  it("asks first for the answer to the panel's question, and shows its error by it", () => {
    const card = formCard(
      { "resubmission.answer": "Typed answer" },
      [
        {
          field: "resubmission.answer",
          code: "REFERRAL.RESUBMISSION_ANSWER_REQUIRED",
          message: "Answer it.",
        },
      ],
      "r-1",
    );
    const firstInput = card.body.find((e) => String(e.type).startsWith("Input."));
    expect(firstInput).toMatchObject({
      id: "resubmission.answer",
      label: "Your answer to the panel's question",
      isRequired: true,
      isMultiline: true,
      value: "Typed answer",
    });
    expect(byId(card, "resubmission.answer.error")?.text).toBe("Answer it.");
    expect(card.body.filter((e) => e.text === "Answer it.")).toHaveLength(1); // by its input, not also on top
  });

  it("is not asked on a new referral", () => {
    expect(JSON.stringify(formCard({}))).not.toContain("resubmission.answer");
  });
});
