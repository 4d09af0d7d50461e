import type { AgendaItem } from "../model/meeting.js";
import type { Referral } from "../model/referral.js";
import type { StoreTx } from "../ports/store.port.js";

/** Who shares a decision with the family: the Lead Professional, or the Named Person where there is none. */
export interface FamilySharer {
  role: "lead-professional" | "named-person";
  /** As the referral form gives them ("name and role"). */
  description: string;
  /**
   * The Convenor person who records the sharing: the one the form names, when they are the referrer, the
   * presenter or an invitee of the item; else the referrer, who made the request for them.
   */
  personId: string;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export async function familySharerOf(
  tx: StoreTx,
  referral: Pick<Referral, "form" | "referrerId">,
  item: Pick<AgendaItem, "presenterId" | "invitedPersonIds"> | null,
): Promise<FamilySharer> {
  const lead = text(referral.form.leadProfessional);
  const role = lead ? "lead-professional" : "named-person";
  const description = lead || text(referral.form.namedPerson);
  const candidateIds = [
    referral.referrerId,
    item?.presenterId ?? null,
    ...(item?.invitedPersonIds ?? []),
  ].filter((id): id is string => Boolean(id));
  const candidates = await tx.people.getMany([...new Set(candidateIds)]);
  const named = description.toLowerCase();
  const match = candidates.find((person) => named.startsWith(person.displayName.toLowerCase()));
  return { role, description, personId: match?.id ?? referral.referrerId };
}
