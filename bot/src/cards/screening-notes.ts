import type { FormField, LcjstRecord, LcjstStanding, ResubmissionView } from "@convenor/shared";
import { dayLabel } from "./card-labels.js";
import {
  answers,
  clipText,
  literal,
  notice,
  paragraph,
  subheading,
  type CardElement,
} from "./card-elements.js";
import { answerText, readerLabel } from "./referral-detail-body.js";

const references = (records: readonly LcjstRecord[]) =>
  records.map((record) => literal(record.reference ?? "(no reference yet)")).join(", ");

/** Where an ISG referral's LC-JST outcome comes from (002 B 3.3 i): held in Convenor, or only stated. */
export function lcjstNotes(lcjst: LcjstStanding): CardElement[] {
  const lines: string[] = [];
  if (lcjst.decided.length) {
    const decided = lcjst.decided
      .map(
        (r) =>
          `${literal(r.reference ?? "")}${r.decidedAt ? ` (decided ${dayLabel(r.decidedAt.slice(0, 10))})` : ""}`,
      )
      .join(", ");
    lines.push(`Convenor holds the LC-JST decision for this child: ${decided}.`);
  } else if (lcjst.statedByReferrer) {
    lines.push(
      "The LC-JST outcome is stated by the referrer, not held in Convenor.",
      `The referrer states: ${literal(lcjst.statedByReferrer)}`,
    );
  } else {
    lines.push("No LC-JST outcome is held in Convenor or stated by the referrer.");
  }
  if (lcjst.awaiting.length) {
    lines.push(
      `Convenor holds an LC-JST referral for this child still awaiting its outcome: ${references(lcjst.awaiting)}.`,
    );
  }
  const style = lcjst.decided.length && !lcjst.awaiting.length ? "good" : "warning";
  return [subheading("LC-JST outcome"), notice(lines.join("\n\n"), style)];
}

/** The longest answer shown beside a change, before and after: the current answers follow in full below. */
const earlierAnswerLimit = 200;
/** Every change's now and was together, so that a form changed throughout still fits a Teams card. */
export const changesBudgetBytes = 8 * 1024;

const utf8 = new TextEncoder();

function clipped(text: string, maxBytes: number): string {
  let kept = clipText(text, earlierAnswerLimit);
  for (let bytes = utf8.encode(kept).length; bytes > maxBytes; bytes = utf8.encode(kept).length) {
    kept = clipText(kept, Math.min(kept.length - 1, Math.floor((kept.length * maxBytes) / bytes)));
  }
  return kept.length < text.length ? `${kept}…` : text;
}

/** After a return and resubmit: the question, the referrer's answer, and each answer changed since, now and was. */
export function resubmissionNotes(view: ResubmissionView, fields: readonly FormField[]): CardElement[] {
  const { latest } = view;
  const byId = new Map(fields.map((field) => [field.id, field]));
  const earlier = view.rounds.length > 1 ? ` (returned ${view.rounds.length} times)` : "";
  const elements: CardElement[] = [
    subheading(`Returned and resubmitted${earlier}`),
    answers([
      [`The panel asked (${dayLabel(latest.returnedAt.slice(0, 10))})`, literal(latest.question)],
      [`The referrer answered (${dayLabel(latest.resubmittedAt.slice(0, 10))})`, literal(latest.answer)],
    ]),
  ];
  if (!view.changes.length) {
    elements.push(paragraph("No answers changed since it was returned.", { isSubtle: true }));
    return elements;
  }
  const perAnswerBytes = Math.floor(changesBudgetBytes / (2 * view.changes.length));
  elements.push(paragraph(`Changed since it was returned (${view.changes.length}):`, { weight: "Bolder" }), {
    type: "Container",
    items: view.changes.flatMap((change) => {
      const field = byId.get(change.field);
      const shown = (value: unknown) => {
        const text = field ? answerText(field, value) : null;
        return text === null ? "(blank)" : literal(clipped(text, perAnswerBytes));
      };
      return [
        {
          type: "TextBlock",
          text: literal(field ? readerLabel(field) : change.label),
          wrap: true,
          weight: "Bolder",
          spacing: "Medium",
        },
        { type: "TextBlock", text: `Now: ${shown(change.after)}`, wrap: true, spacing: "Small" },
        {
          type: "TextBlock",
          text: `Was: ${shown(change.before)}`,
          wrap: true,
          spacing: "None",
          isSubtle: true,
        },
      ];
    }),
  });
  return elements;
}
