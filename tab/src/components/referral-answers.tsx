import type { ReactNode } from "react";
import { presetFields, type FormField, type ReferralDetail } from "@convenor/shared";
import { formatDay } from "@convenor/ui";
import { Facts } from "./facts.js";
import { Section } from "./page.js";

/** An answer as a person reads it: choice labels, "Yes"/"No", lists joined, dates in words; null when blank. */
export function answerText(field: FormField, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (field.kind === "date" && typeof value === "string") return formatDay(value);
  const label = (v: string) => field.choices?.find((choice) => choice.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return label(String(value));
  return null;
}

/** Every answer of the referral's form, section by section (the child's are shown above, with the child). */
export function ReferralAnswers(props: { detail: ReferralDetail }): ReactNode {
  const { referral, panel } = props.detail;
  const sections = new Map<string, [string, string][]>();
  for (const field of presetFields(panel.preset)) {
    if (field.id.startsWith("child.")) continue;
    const text = answerText(field, referral.form[field.id]);
    if (text === null) continue;
    const rows = sections.get(field.section) ?? [];
    rows.push([field.readerLabel ?? field.label, text]);
    sections.set(field.section, rows);
  }
  return [...sections].map(([section, rows], index) => (
    <Section key={section} title={section} id={`answers-${index}`}>
      <Facts label={section} facts={rows} />
    </Section>
  ));
}
