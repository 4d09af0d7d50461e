import type { Person } from "../model/people.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import type { RecentTeamsUsers } from "./recent-teams-users.js";
import {
  personalChatKnown,
  rememberPersonalChatIn,
  type ConversationReference,
} from "./remember-personal-chat.js";

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
  /** This process's recently identified users: a repeat turn from one of them needs no store read. */
  recent?: RecentTeamsUsers;
}

/**
 * Maps a Teams user to a Convenor person (by Entra object id, then by email or UPN) and remembers their
 * personal chat. A read when the person's chat is already known (every turn but the first); a write
 * transaction only when the chat is new or changed, or Convenor was just installed. The email look-up (a call
 * to Teams) happens outside any transaction. With `recent`, a user identified by object id in the same chat
 * within the last minute is answered from memory.
 */
export async function identifyTeamsUser(deps: UseCaseDeps, input: TeamsUserInput): Promise<Person | null> {
  const at = deps.clock.now().toISOString();
  const chat = input.personalChat;
  const identify = async (find: (tx: StoreTx) => Promise<Person | null>): Promise<Person | null> => {
    const known = await deps.store.read(async (tx) => {
      const person = await find(tx);
      const remembered =
        !chat || !person || (!input.installed && (await personalChatKnown(tx, person, chat)));
      return { person, remembered };
    });
    if (!known.person || known.remembered || !chat) return known.person;
    const person = known.person;
    await deps.store.transaction((tx) =>
      rememberPersonalChatIn(tx, person, chat, at, input.installed ?? false),
    );
    return person;
  };
  const objectId = input.aadObjectId;
  if (objectId) {
    const recentKey = `${objectId}\n${chat ? JSON.stringify(chat) : ""}`;
    const now = deps.clock.now().getTime();
    const recent = input.installed ? null : (input.recent?.find(recentKey, now) ?? null);
    if (recent) return recent;
    const person = await identify((tx) => tx.people.findByEntraObjectId(objectId));
    if (person) {
      input.recent?.remember(recentKey, person, now);
      return person;
    }
  }
  const email = await input.lookupEmail();
  if (!email) return null;
  return identify((tx) => tx.people.findByEmail(email.toLowerCase()));
}
