import type { Person } from "@convenor/shared";

export interface Conversation {
  id: string;
  type: "personal" | "groupChat" | "channel";
}

export const tenantId = "7c0e0000-0000-4000-8000-0000000000aa";
export const botAccount = { id: "28:convenor-bot", name: "Convenor" };

/** A Teams user for a demo person: the Teams user id and their Entra object id. */
export function teamsUser(person: Person): { id: string; name: string; aadObjectId: string } {
  return { id: `29:${person.id}`, name: person.displayName, aadObjectId: person.entraObjectId ?? "" };
}

let sequence = 0;

function base(from: Person, conversation: Conversation, serviceUrl: string) {
  return {
    id: `incoming-${++sequence}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: teamsUser(from),
    recipient: botAccount,
    conversation: { id: conversation.id, conversationType: conversation.type, tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: "en-GB",
  };
}

/** A message as Teams posts it; in a shared conversation, `mention` adds the bot's @mention. */
export function messageActivity(
  from: Person,
  conversation: Conversation,
  serviceUrl: string,
  text: string,
  mention = false,
) {
  const mentionText = `<at>${botAccount.name}</at>`;
  return {
    ...base(from, conversation, serviceUrl),
    type: "message",
    text: mention ? `${mentionText} ${text}` : text,
    ...(mention ? { entities: [{ type: "mention", text: mentionText, mentioned: botAccount }] } : {}),
  };
}

/**
 * An `Action.Execute` as Teams posts it: verb and data (Convenor's data plus the card's inputs). `manual` is a
 * click; `automatic` is the client refreshing a card on display.
 */
export function actionActivity(
  from: Person,
  conversation: Conversation,
  serviceUrl: string,
  verb: string,
  data: Record<string, unknown>,
  trigger: "manual" | "automatic" = "manual",
) {
  return {
    ...base(from, conversation, serviceUrl),
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data }, trigger },
  };
}

export function installActivity(conversation: Conversation, serviceUrl: string, by: Person) {
  return {
    ...base(by, conversation, serviceUrl),
    type: "conversationUpdate",
    membersAdded: [botAccount],
  };
}

/** Teams' `installationUpdate` when a person adds Convenor (in a personal chat: `conversation` is theirs). */
export function installationUpdateActivity(conversation: Conversation, serviceUrl: string, by: Person) {
  return {
    ...base(by, conversation, serviceUrl),
    type: "installationUpdate",
    action: "add",
  };
}
