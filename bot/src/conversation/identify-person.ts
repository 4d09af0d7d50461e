import type { Person, Store } from "@convenor/shared";
import type { TurnInfo } from "./turn.js";

/** Maps a Teams user to a Convenor person: by Entra object id, then by email or UPN. */
export async function identifyPerson(
  store: Store,
  turn: Pick<TurnInfo, "user" | "lookupEmail">,
): Promise<Person | null> {
  const objectId = turn.user.aadObjectId;
  if (objectId) {
    const person = await store.transaction((tx) => tx.people.findByEntraObjectId(objectId));
    if (person) return person;
  }
  const email = await turn.lookupEmail();
  if (!email) return null;
  return store.transaction((tx) => tx.people.findByEmail(email.toLowerCase()));
}
