import type { SuggestedSlot } from "@convenor/shared";
import { agencyNames } from "./agency-names.js";

/** What a slot misses (the server asks for a reason before it is used); empty when it misses nothing. */
export function slotBreaches(slot: SuggestedSlot): string[] {
  const breaches: string[] = [];
  if (!slot.quorumMet) breaches.push("no quorum");
  if (slot.requiredAgenciesMissing.length > 0) {
    breaches.push(`${slot.requiredAgenciesMissing.map((agency) => agencyNames[agency]).join(", ")} missing`);
  }
  for (const deadline of slot.deadlines) {
    if (!deadline.reachable) breaches.push(`${deadline.label} cannot be met`);
  }
  return breaches;
}
