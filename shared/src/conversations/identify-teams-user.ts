import type { Person } from "../model/people.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { rememberPersonalChatIn, type ConversationReference } from "./remember-personal-chat.js";

export interface TeamsUserInput {
  /** The Entra object id Teams sends as `from.aadObjectId`, when it does. */
  aadObjectId?: string;
  /** Asks Teams for the user's email or UPN; called only when the object id is not known to Convenor. */
  lookupEmail: () => Promise<string | null>;
  /**
   * The turn's conversation reference when it came from the person's personal chat with Convenor: it is
   * remembered (and held notifications released) in the same transaction as the look-up.
   */
  personalChat?: ConversationReference;
  /** Convenor was just installed in that chat: store the reference and release held notifications anyway. */
  installed?: boolean;
}

/**
 * Maps a Teams user to a Convenor person (by Entra object id, then by email or UPN) and remembers their
 * personal chat. One transaction when the object id is known; the email look-up (a call to Teams) happens
 * outside any transaction.
 */
export async function identifyTeamsUser(deps: UseCaseDeps, input: TeamsUserInput): Promise<Person | null> {
  const at = deps.clock.now().toISOString();
  const remember = async (tx: StoreTx, person: Person | null) => {
    if (person && input.personalChat) {
      await rememberPersonalChatIn(tx, person, input.personalChat, at, input.installed ?? false);
    }
    return person;
  };
  const objectId = input.aadObjectId;
  if (objectId) {
    const person = await deps.store.transaction(async (tx) =>
      remember(tx, await tx.people.findByEntraObjectId(objectId)),
    );
    if (person) return person;
  }
  const email = await input.lookupEmail();
  if (!email) return null;
  return deps.store.transaction(async (tx) => remember(tx, await tx.people.findByEmail(email.toLowerCase())));
}
