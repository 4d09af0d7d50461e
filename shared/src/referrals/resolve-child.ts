import type { Child } from "../model/people.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import type { ReferralFormValues } from "./requirements/form-field.js";

const text = (values: ReferralFormValues, id: string) => {
  const value = values[id];
  return typeof value === "string" ? value : null;
};

/**
 * The child record for the form's name and date of birth: the existing match, or a new record. Null when the
 * form does not identify the child. A caller that then refuses the referral rolls the new record back with it.
 *
 * Locks the child's identity for the rest of the transaction first, so that another referral for the same
 * child filed at the same moment waits for this one: what this transaction then checks on the child's
 * referrals (the ISG rule) includes the other's once committed, and both end on the one record.
 */
export async function resolveChild(
  deps: UseCaseDeps,
  tx: StoreTx,
  values: ReferralFormValues,
): Promise<Child | null> {
  const givenName = text(values, "child.givenName");
  const familyName = text(values, "child.familyName");
  const dateOfBirth = text(values, "child.dateOfBirth");
  if (!givenName || !familyName || !dateOfBirth) return null;
  await tx.children.lockMatch(givenName, familyName, dateOfBirth);
  return tx.children.findOrInsert({
    id: newIdFrom(deps),
    givenName,
    familyName,
    dateOfBirth,
    school: text(values, "child.school") ?? "",
    locality: text(values, "child.locality") ?? "",
    lookedAfter: false,
  });
}
