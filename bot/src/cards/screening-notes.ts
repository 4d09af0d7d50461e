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
import { answerText } from "./referral-detail-body.js";

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

/** The longest earlier answer shown in full: the current answers follow in full below. */
const earlierAnswerLimit = 200;

function clipped(text: string): string {
  return text.length > earlierAnswerLimit ? `${clipText(text, earlierAnswerLimit)}…` : text;
}

/** After a return and resubmit: the question, the referrer's answer and the answers changed since. */
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
  elements.push(
    paragraph(`Changed since it was returned (${view.changes.length}):`, { weight: "Bolder" }),
    answers(
      view.changes.map((change) => {
        const field = byId.get(change.field);
        const before = field ? answerText(field, change.before) : null;
        return [literal(change.label), `Was: ${before === null ? "(blank)" : literal(clipped(before))}`];
      }),
    ),
  );
  return elements;
}
