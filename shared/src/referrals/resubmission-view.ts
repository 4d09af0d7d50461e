import type { Referral } from "../model/referral.js";
import type { ReferralVersion } from "../model/referral-version.js";
import type { FormField } from "./requirements/form-field.js";

/** One answer that differs from the version returned. `undefined` is an answer left blank. */
export interface AnswerChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** One return for more information and the resubmission that answered it. */
export interface ResubmissionRound {
  number: number;
  question: string;
  answer: string;
  returnedAt: string;
  resubmittedAt: string;
}

/** What a chair needs after a return and resubmit: the question, the answer and what changed. */
export interface ResubmissionView {
  /** The latest return and its answer. */
  latest: ResubmissionRound;
  /** Answers changed since the version returned last, in form order, with their labels. */
  changes: AnswerChange[];
  /** Every return so far, oldest first, the latest included. */
  rounds: ResubmissionRound[];
}

const round = (version: ReferralVersion): ResubmissionRound => ({
  number: version.number,
  question: version.question,
  answer: version.answer,
  returnedAt: version.returnedAt,
  resubmittedAt: version.resubmittedAt,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Null for a referral never returned and resubmitted. `versions` are oldest first. */
export function resubmissionView(
  referral: Referral,
  versions: readonly ReferralVersion[],
  fields: readonly FormField[],
): ResubmissionView | null {
  const last = versions.at(-1);
  if (!last) return null;
  const changes = fields
    .filter((field) => !same(last.form[field.id], referral.form[field.id]))
    .map((field) => ({
      field: field.id,
      label: field.readerLabel ?? field.label,
      before: last.form[field.id],
      after: referral.form[field.id],
    }));
  return { latest: round(last), changes, rounds: versions.map(round) };
}
