import type { Agency, AgendaPersonView, PersonRef } from "@convenor/shared";
import { agencyNames } from "../components/agency-names.js";

/** Someone to choose: from the people list (with an agency), or already named on the item. */
export type ChoosablePerson = PersonRef & { agency?: Agency };

/** How a person reads in a list to choose from: name, then the agency they come for. */
export const personChoice = (person: ChoosablePerson): string =>
  person.agency ? `${person.displayName}, ${agencyNames[person.agency]}` : person.displayName;

/**
 * The people to choose from, with anyone already named on the item whom the list lacks (it was read before
 * they were named), so a select always shows the current choice.
 */
export function withNamed(people: AgendaPersonView[], named: PersonRef[]): ChoosablePerson[] {
  const missing = named.filter((ref) => !people.some((person) => person.id === ref.id));
  return missing.length === 0
    ? people
    : [...people, ...missing].sort((a, b) => a.displayName.localeCompare(b.displayName, "en-GB"));
}
