import type { FormField, ReferralDetail } from "@convenor/shared";
import { stateLabel, urgencyLabel } from "./card-labels.js";
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

/** An answer as a person reads it: choice labels, "Yes"/"No", lists joined; null when blank. */
export function answerText(field: FormField, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const label = (v: string) => field.choices?.find((choice) => choice.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return label(String(value));
  return null;
}

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
            ["Date of birth", literal(child.dateOfBirth)],
            ...(child.school ? [["School or establishment", literal(child.school)]] : []),
            ...(child.locality ? [["Locality", literal(child.locality)]] : []),
          ] as [string, string][])
        : []),
    ]),
    ...lead,
  ];
  const shown = fittedAnswers(
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
    if (text !== null) rows.push([field.label, text]);
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

const utf8 = new TextEncoder();
const jsonBytes = (text: string) => utf8.encode(JSON.stringify(text)).length;

function fittedAnswers(
  entries: { field: FormField; text: string | null }[],
): { field: FormField; text: string | null }[] {
  const shown = entries.map((entry) => ({ ...entry, full: entry.text ?? "", kept: entry.text ?? "" }));
  const size = () => shown.reduce((total, entry) => total + jsonBytes(literal(entry.kept)), 0);
  for (let over = size() - detailAnswersBudgetBytes; over > 0; over = size() - detailAnswersBudgetBytes) {
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
