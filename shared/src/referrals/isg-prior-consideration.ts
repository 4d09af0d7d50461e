import type { Actor } from "../model/actor.js";
import type { Referral, ReferralState } from "../model/referral.js";
import type { FieldError } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { mayRead } from "./referral-access.js";
import type { ReferralFormValues } from "./requirements/form-field.js";
import { ReferralFormCodes } from "./requirements/referral-error-codes.js";

const field = "isg.lcjstOutcome";

/** An LC-JST referral in these states is still waiting for the LC-JST's outcome. */
const awaitingStates: readonly ReferralState[] = ["submitted", "accepted", "scheduled", "heard", "deferred"];

const isDecided = (referral: Referral) => referral.history.some((step) => step.to === "decided");
const isAwaiting = (referral: Referral) => !isDecided(referral) && awaitingStates.includes(referral.state);

/** The child's referrals to LC-JST panels that Convenor holds, oldest first. */
async function lcjstReferralsOf(tx: StoreTx, childId: string): Promise<Referral[]> {
  const found: Referral[] = [];
  for (const referral of childId ? await tx.referrals.list({ childId }) : []) {
    if ((await tx.panels.get(referral.panelId))?.preset === "lc-jst") found.push(referral);
  }
  return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

async function readableBy(tx: StoreTx, actor: Actor, referrals: Referral[]): Promise<Referral[]> {
  const readable: Referral[] = [];
  for (const referral of referrals) if (await mayRead(tx, actor.personId, referral)) readable.push(referral);
  return readable;
}

const stated = (values: Record<string, unknown>): string | null => {
  const value = values[field];
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

/**
 * An ISG referral must have been considered first at the child's LC-JST (002 B 3.3 i). The referrer gives
 * the LC-JST's outcome on the form, unless Convenor holds an LC-JST decision the referrer may read; while an
 * LC-JST referral they may read still awaits its outcome, the ISG referral waits for it. LC-JST referrals the
 * referrer may not read change nothing here (the answer would tell them such a record exists): the chair
 * learns of them in the screening detail instead.
 */
export async function checkIsgPriorConsideration(
  tx: StoreTx,
  actor: Actor,
  childId: string | null,
  values: ReferralFormValues,
): Promise<FieldError | null> {
  const readable = await readableBy(tx, actor, childId ? await lcjstReferralsOf(tx, childId) : []);
  if (readable.some(isDecided)) return null;
  const awaiting = readable.find(isAwaiting);
  if (awaiting) {
    return {
      field,
      code: ReferralFormCodes.isgRequiresLcjstOutcome,
      message: `The child's LC-JST referral ${awaiting.reference ?? ""} has not reached an outcome yet: the LC-JST must consider the child before the ISG.`,
    };
  }
  if (stated(values)) return null;
  return {
    field,
    code: ReferralFormCodes.isgRequiresLcjstOutcome,
    message: "Give the outcome of the child's LC-JST: an ISG referral must be considered there first.",
  };
}

/** An LC-JST referral for the child that Convenor holds. */
export interface LcjstRecord {
  referralId: string;
  reference: string | null;
  state: ReferralState;
  /** When the LC-JST decided it; null while it awaits its outcome. */
  decidedAt: string | null;
}

/** Where an ISG referral's LC-JST outcome comes from, for the people screening it. */
export interface LcjstStanding {
  /** The outcome as the referrer stated it on the form; null when the form leaves it blank. */
  statedByReferrer: string | null;
  /** The child's LC-JST referrals Convenor holds with a decision. */
  decided: LcjstRecord[];
  /** The child's LC-JST referrals Convenor holds that still await their outcome. */
  awaiting: LcjstRecord[];
}

/**
 * The LC-JST standing of an ISG referral. Its screeners (the ISG's chairs and coordinators, who must weigh
 * it) are told of every LC-JST referral Convenor holds for the child; anyone else only of those they may read.
 */
export async function lcjstStanding(
  tx: StoreTx,
  actor: Actor,
  referral: Referral,
  screener: boolean,
): Promise<LcjstStanding> {
  const held = await lcjstReferralsOf(tx, referral.childId);
  const shown = screener ? held : await readableBy(tx, actor, held);
  const record = (r: Referral): LcjstRecord => ({
    referralId: r.id,
    reference: r.reference,
    state: r.state,
    decidedAt: r.history.find((step) => step.to === "decided")?.at ?? null,
  });
  return {
    statedByReferrer: stated(referral.form),
    decided: shown.filter(isDecided).map(record),
    awaiting: shown.filter(isAwaiting).map(record),
  };
}
