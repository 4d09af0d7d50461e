import type { Child } from "../model/people.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import type { ReferralFormValues } from "./requirements/form-field.js";

const text = (values: ReferralFormValues, id: string) => {
  const value = values[id];
  return typeof value === "string" ? value : null;
};

/**
 * The child record for the form's name and date of birth: the existing match, or a new record when
 * `insertWhenNew`. Null when the form does not yet identify the child (a draft) or no match exists.
 */
export async function resolveChild(
  deps: UseCaseDeps,
  tx: StoreTx,
  values: ReferralFormValues,
  insertWhenNew: boolean,
): Promise<Child | null> {
  const givenName = text(values, "child.givenName");
  const familyName = text(values, "child.familyName");
  const dateOfBirth = text(values, "child.dateOfBirth");
  if (!givenName || !familyName || !dateOfBirth) return null;
  const match = await tx.children.findMatch(givenName, familyName, dateOfBirth);
  if (match || !insertWhenNew) return match;
  const child: Child = {
    id: newIdFrom(deps),
    givenName,
    familyName,
    dateOfBirth,
    school: text(values, "child.school") ?? "",
    locality: text(values, "child.locality") ?? "",
    lookedAfter: false,
  };
  await tx.children.insert(child);
  return child;
}
