import type { FormField, ReferralDetail } from "@convenor/shared";
import { dateLabel, stateLabel, urgencyLabel } from "./card-labels.js";
import {
  answers,
  clipText,
  facts,
  heading,
  literal,
  notice,
  subheading,
  type CardElement,
} from "./card-elements.js";

/** An answer as a person reads it: choice labels, "Yes"/"No", lists joined, dates in words; null when blank. */
export function answerText(field: FormField, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (field.kind === "date" && typeof value === "string") return dateLabel(value);
  const label = (v: string) => field.choices?.find((choice) => choice.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return label(String(value));
  return null;
}

/** A question's label in a view of someone else's referral. */
export const readerLabel = (field: FormField): string => field.readerLabel ?? field.label;

/**
 * A referral's identifying detail, for a per-user view only (the person who opened it sees it, nobody else):
 * the child, the referrer and every answer, section by section.
 */
export function referralDetailBody(
  detail: ReferralDetail,
  fields: readonly FormField[],
  /** Shown after the overview, before the answers: what the reader must see first. */
  lead: readonly CardElement[] = [],
): CardElement[] {
  const { referral, child, panel, referrerName } = detail;
  const body: CardElement[] = [
    heading(`Referral ${referral.reference ?? ""}`),
    notice("Only you can see this view. Do not copy case detail into the channel.", "emphasis"),
    facts([
      ["Panel", literal(panel.name)],
      ["Referrer", literal(referrerName)],
      ["State", stateLabel(referral.state)],
      ["Urgency", urgencyLabel(referral.urgency)],
      ...(child
        ? ([
            ["Child", literal(`${child.givenName} ${child.familyName}`)],
            ["Date of birth", literal(dateLabel(child.dateOfBirth))],
            ...(child.school ? [["School or establishment", literal(child.school)]] : []),
            ...(child.locality ? [["Locality", literal(child.locality)]] : []),
          ] as [string, string][])
        : []),
    ]),
    ...lead,
  ];
  // Notes longer than their allowance (long text in a script of several bytes a character) leave the
  // answers less room, so that the card as a whole still fits a Teams message.
  const leadBytes = utf8.encode(JSON.stringify(lead)).length;
  const shown = fittedAnswers(
    detailAnswersBudgetBytes - Math.max(0, leadBytes - leadAllowanceBytes),
    fields
      .filter((field) => !field.id.startsWith("child.")) // shown with the child's name above
      .map((field) => ({ field, text: answerText(field, referral.form[field.id]) })),
  );
  let section = "";
  let rows: [string, string][] = [];
  const flush = () => {
    if (rows.length) body.push(subheading(section), answers(rows));
    rows = [];
  };
  for (const { field, text } of shown) {
    if (field.section !== section) {
      flush();
      section = field.section;
    }
    if (text !== null) rows.push([readerLabel(field), text]);
  }
  flush();
  return body;
}

/**
 * The answers' share of a detail card. A form filled to its limits fits in full in plain Latin text; in a
 * script of several bytes a character it would not fit a Teams message, so the longest answers are shortened
 * (and say so) until it does.
 */
export const detailAnswersBudgetBytes = 56 * 1024;
/** What the notes before the answers (LC-JST outcome, a resubmission) may take without shortening them. */
const leadAllowanceBytes = 8 * 1024;

const utf8 = new TextEncoder();
const jsonBytes = (text: string) => utf8.encode(JSON.stringify(text)).length;

function fittedAnswers(
  budgetBytes: number,
  entries: { field: FormField; text: string | null }[],
): { field: FormField; text: string | null }[] {
  const shown = entries.map((entry) => ({ ...entry, full: entry.text ?? "", kept: entry.text ?? "" }));
  const size = () => shown.reduce((total, entry) => total + jsonBytes(literal(entry.kept)), 0);
  for (let over = size() - budgetBytes; over > 0; over = size() - budgetBytes) {
    const longest = shown.reduce((a, b) => (jsonBytes(b.kept) > jsonBytes(a.kept) ? b : a));
    if (longest.kept.length === 0) break;
    const perChar = jsonBytes(longest.kept) / longest.kept.length;
    longest.kept = clipText(
      longest.kept,
      Math.max(0, longest.kept.length - Math.ceil((over + 100) / perChar)),
    );
  }
  return shown.map(({ field, text, full, kept }) => {
    if (text === null) return { field, text: null };
    if (kept === full) return { field, text: literal(full) };
    const more = (full.length - kept.length).toLocaleString("en-GB");
    return { field, text: `${literal(kept)}… (shortened to fit a Teams card: ${more} more characters)` };
  });
}
