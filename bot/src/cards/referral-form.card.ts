import type { FieldError, FormField, Panel } from "@convenor/shared";
import {
  adaptiveCard,
  attention,
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

function fieldElements(field: FormField, values: Record<string, unknown>, error?: FieldError): CardElement[] {
  const elements = [input(field, inputValue(values[field.id]))];
  if (field.help && (field.kind === "choice" || field.kind === "multichoice" || field.kind === "date")) {
    elements.push(paragraph(field.help, { isSubtle: true, size: "Small", spacing: "None" }));
  }
  if (error) elements.push({ ...attention(error.message), id: `${field.id}.error`, spacing: "None" });
  return elements;
}

/** The referral form for one panel's preset, built from the shared field descriptors. */
export function referralFormCard(input: ReferralFormCardInput): AdaptiveCard {
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
  const unplaced = input.errors.filter((error) => !input.fields.some((field) => field.id === error.field));
  if (input.errors.length) {
    body.push(attention(`Some answers need attention (${input.errors.length}). Nothing has been sent.`));
  }
  for (const error of unplaced) body.push(attention(error.message));

  let section = "";
  for (const field of input.fields) {
    if (field.section !== section) {
      section = field.section;
      body.push(subheading(section));
    }
    body.push(...fieldElements(field, input.values, errorsByField.get(field.id)));
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
