import type { FormField, ReferralDetail } from "@convenor/shared";
import { stateLabel, urgencyLabel } from "./card-labels.js";
import { answers, facts, heading, literal, notice, subheading, type CardElement } from "./card-elements.js";

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
  let section = "";
  let rows: [string, string][] = [];
  const flush = () => {
    if (rows.length) body.push(subheading(section), answers(rows));
    rows = [];
  };
  for (const field of fields) {
    if (field.id.startsWith("child.")) continue; // shown with the child's name above
    if (field.section !== section) {
      flush();
      section = field.section;
    }
    const value = answerText(field, referral.form[field.id]);
    if (value !== null) rows.push([field.label, literal(value)]);
  }
  flush();
  return body;
}
