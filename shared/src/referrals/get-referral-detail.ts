import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import type { Child } from "../model/people.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { mayRead } from "./referral-access.js";
import { referralAudit } from "./referral-records.js";

/**
 * The child as this referral describes them. Never the shared child record: that would show what other
 * agencies recorded (other schools, looked-after status) to anyone who can see this one referral.
 */
export type ReferralChild = Omit<Child, "lookedAfter">;

/** Identifying detail: only for authorised people, in the tab, the add-in or a per-user card view. */
export interface ReferralDetail {
  referral: Referral;
  /** Null while a draft does not yet name the child. */
  child: ReferralChild | null;
  panel: Panel;
  referrerName: string;
}

/** A referral's full detail for someone allowed to see it; every view (and refusal) is audited. */
export async function getReferralDetail(
  deps: UseCaseDeps,
  actor: Actor,
  input: { referralId: string },
): Promise<Result<ReferralDetail>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const referral = await tx.referrals.get(input.referralId);
    if (!referral) return fail(ErrorCodes.notFound, "That referral was not found.");
    const panel = await tx.panels.get(referral.panelId);
    if (!panel) throw new Error(`Referral ${referral.id} belongs to a missing panel`);
    if (!(await mayRead(tx, actor.personId, referral))) {
      await tx.audit.append(referralAudit(deps, actor, "referral.view-refused", referral, at));
      return fail(ErrorCodes.forbidden, "You do not have access to this referral.");
    }
    const child = childAsReferred(referral);
    const referrer = await tx.people.get(referral.referrerId);
    await tx.audit.append(referralAudit(deps, actor, "referral.viewed", referral, at));
    return ok({ referral, child, panel, referrerName: referrer?.displayName ?? "Unknown" });
  });
}

function childAsReferred(referral: Referral): ReferralChild | null {
  const answer = (id: string) => {
    const value = referral.form[id];
    return typeof value === "string" ? value : "";
  };
  const givenName = answer("child.givenName");
  const familyName = answer("child.familyName");
  if (!givenName && !familyName) return null;
  return {
    id: referral.childId,
    givenName,
    familyName,
    dateOfBirth: answer("child.dateOfBirth"),
    school: answer("child.school"),
    locality: answer("child.locality"),
  };
}
