import { resubmissionAnswerField, type FieldError, type FormField, type Panel } from "@convenor/shared";
import {
  adaptiveCard,
  attention,
  clipText,
  execute,
  heading,
  notice,
  paragraph,
  subheading,
  type AdaptiveCard,
  type CardElement,
  literal,
} from "./card-elements.js";

export interface ReferralFormCardInput {
  panel: Pick<Panel, "id" | "name">;
  fields: readonly FormField[];
  /** The child-protection notice shown at the top of every form. */
  childProtectionNotice: string;
  /** What the person typed (raw card values), kept when the card comes back with errors. */
  values: Record<string, unknown>;
  errors: readonly FieldError[];
  /** A nonce made when the form was first built: the idempotency key of its Submit. */
  cardId: string;
  /** Set once a draft was saved: Submit and Save draft continue that draft. */
  draftId?: string;
  /** Set when editing a returned referral: Submit resubmits it. */
  referralId?: string;
  /** e.g. the question the chair asked when returning the referral. */
  banner?: { text: string; style: "warning" | "attention" | "good" | "emphasis" };
}

export const formVerbs = { submit: "referral.submit", saveDraft: "referral.save-draft" } as const;

/** Turns a stored or typed value back into what an Adaptive Card input shows. */
export function inputValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join(",");
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  return undefined;
}

function input(field: FormField, value: string | undefined): CardElement {
  const common: CardElement = {
    id: field.id,
    label: field.label,
    isRequired: field.required,
    errorMessage: field.errorMessage,
    ...(value !== undefined ? { value } : {}),
  };
  switch (field.kind) {
    case "text":
    case "multiline":
    case "url":
      return {
        type: "Input.Text",
        ...common,
        maxLength: field.maxLength,
        ...(field.kind === "multiline" ? { isMultiline: true } : {}),
        ...(field.kind === "url" ? { style: "Url", placeholder: "https://..." } : {}),
        ...(field.regex ? { regex: field.regex } : {}),
        ...(field.help && field.kind !== "url" ? { placeholder: field.help } : {}),
      };
    case "date":
      return { type: "Input.Date", ...common };
    case "choice":
    case "multichoice":
      return {
        type: "Input.ChoiceSet",
        ...common,
        // Expanded everywhere: every option visible, and the same control in Teams and the Playground.
        style: "expanded",
        isMultiSelect: field.kind === "multichoice",
        choices: (field.choices ?? []).map((choice) => ({ title: choice.label, value: choice.value })),
      };
    case "toggle":
      return { type: "Input.Toggle", ...common, title: field.label, valueOn: "true", valueOff: "false" };
  }
}

/** What the card shows in each input, and the inputs whose typed value had to be cut (with its length). */
interface Shown {
  values: Map<string, string | undefined>;
  cut: Map<string, number>;
}

function fieldElements(field: FormField, shown: Shown, error?: FieldError): CardElement[] {
  const value = shown.values.get(field.id);
  const elements = [input(field, value)];
  if (field.help && (field.kind === "choice" || field.kind === "multichoice" || field.kind === "date")) {
    elements.push(paragraph(field.help, { isSubtle: true, size: "Small", spacing: "None" }));
  }
  if (error) elements.push({ ...attention(error.message), id: `${field.id}.error`, spacing: "None" });
  const typed = shown.cut.get(field.id);
  if (typed !== undefined) {
    const kept = (value ?? "").length;
    const why =
      typed > field.maxLength
        ? `Keep it to ${count(field.maxLength)} characters or fewer.`
        : "The whole form is too large to show again in one card: add the rest back before sending.";
    elements.push({
      ...attention(
        `You typed ${count(typed)} characters here; the form keeps the first ${count(kept)}. ${why}`,
      ),
      id: `${field.id}.cut`,
      spacing: "None",
    });
  }
  return elements;
}

const count = (n: number) => n.toLocaleString("en-GB");

/** An answer over its limit comes back whole up to this many times the limit, so it can be shortened. */
const overLimitKept = 2;

/** Under Teams' limits for a card (about 100 KB a message; Convenor keeps cards under 80 KB). */
export const formCardBudgetBytes = 76 * 1024;

const utf8 = new TextEncoder();
const byteSize = (card: AdaptiveCard) => utf8.encode(JSON.stringify(card)).length;

function build(input: ReferralFormCardInput, fields: readonly FormField[], shown: Shown): AdaptiveCard {
  const errorsByField = new Map(input.errors.map((error) => [error.field, error]));
  const body: CardElement[] = [
    heading(
      input.referralId
        ? `Edit and resubmit: ${literal(input.panel.name)}`
        : `Referral to ${literal(input.panel.name)}`,
    ),
    notice(input.childProtectionNotice, "attention"),
  ];
  if (input.banner) body.push(notice(input.banner.text, input.banner.style));
  const unplaced = input.errors.filter((error) => !fields.some((field) => field.id === error.field));
  if (input.errors.length) {
    body.push(attention(`Some answers need attention (${input.errors.length}). Nothing has been sent.`));
  }
  for (const error of unplaced) body.push(attention(error.message));

  let section = "";
  for (const field of fields) {
    if (field.section !== section) {
      section = field.section;
      body.push(subheading(section));
    }
    body.push(...fieldElements(field, shown, errorsByField.get(field.id)));
  }

  const data = {
    panelId: input.panel.id,
    cardId: input.cardId,
    ...(input.draftId ? { draftId: input.draftId } : {}),
    ...(input.referralId ? { referralId: input.referralId } : {}),
  };
  const actions = [
    execute(input.referralId ? "Resubmit referral" : "Submit referral", formVerbs.submit, data, {
      style: "positive",
      associatedInputs: "auto",
    }),
  ];
  if (!input.referralId) {
    actions.push(execute("Save draft", formVerbs.saveDraft, data, { associatedInputs: "auto" }));
  }
  return adaptiveCard(body, actions);
}

/**
 * The referral form for one panel's preset, built from the shared field descriptors; a resubmission asks
 * first for the answer to the panel's question. What was typed comes back in the inputs, an answer over its
 * limit too (up to twice the limit), and the longest answers are cut further while the card is over its
 * budget (text in a script of several bytes a character); every cut is said by its input.
 */
export function referralFormCard(input: ReferralFormCardInput): AdaptiveCard {
  const fields = input.referralId ? [resubmissionAnswerField, ...input.fields] : [...input.fields];
  const typed = new Map(fields.map((field) => [field.id, inputValue(input.values[field.id])]));
  const shown: Shown = { values: new Map(), cut: new Map() };
  for (const field of fields) {
    const value = typed.get(field.id);
    const keep = overLimitKept * field.maxLength;
    shown.values.set(field.id, value === undefined ? undefined : clipText(value, keep));
    if (value !== undefined && value.length > keep) shown.cut.set(field.id, value.length);
  }
  let card = build(input, fields, shown);
  for (let tries = 0; tries < 3 * fields.length; tries += 1) {
    const over = byteSize(card) - formCardBudgetBytes;
    if (over <= 0) break;
    const [longest] = fields
      .map((field) => ({ field, value: shown.values.get(field.id) ?? "" }))
      .sort((a, b) => utf8.encode(b.value).length - utf8.encode(a.value).length);
    if (!longest || longest.value === "") break;
    // Bytes per character of this answer, to cut about as many characters as the card is over (and its note).
    const perChar = utf8.encode(longest.value).length / longest.value.length;
    const keep = Math.max(0, longest.value.length - Math.ceil((over + 300) / perChar));
    shown.values.set(longest.field.id, clipText(longest.value, keep));
    shown.cut.set(longest.field.id, typed.get(longest.field.id)?.length ?? 0);
    card = build(input, fields, shown);
  }
  return card;
}
