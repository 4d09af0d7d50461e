import type { AdaptiveCard } from "../cards/card-elements.js";

export type ConversationType = "personal" | "groupChat" | "channel";

/** The Teams user behind an activity, as the channel reports them. */
export interface TeamsUser {
  id: string;
  aadObjectId?: string;
  name?: string;
}

/** What every turn tells the conversation layer, independent of the Bot Framework SDK. */
export interface TurnInfo {
  /** The chat's or channel's id; for a channel, without the thread a message was posted in. */
  conversationId: string;
  conversationType: ConversationType;
  user: TeamsUser;
  /** The activity id, used as correlation id in audit entries and logs. */
  correlationId: string;
  /** A Bot Framework conversation reference for proactive messages back to this conversation. */
  reference: Record<string, unknown>;
  /** Looks up the user's email or UPN from Teams when their Entra object id is not known to Convenor. */
  lookupEmail(): Promise<string | null>;
}

export interface MessageTurn extends TurnInfo {
  /** The text with any @mention of the bot removed. */
  text: string;
  mentionsBot: boolean;
}

export interface ActionTurn extends TurnInfo {
  verb: string;
  /**
   * `manual` for a click; `automatic` when the client refreshes a card by itself on display, which Teams
   * does for every member of a chat of under 60 people, whatever the card's `refresh.userIds`.
   */
  trigger: "automatic" | "manual";
  /** The action's data: Convenor's own data under `convenor`, plus the card's input values. */
  data: Record<string, unknown>;
}

export type Reply = { card: AdaptiveCard } | { text: string };
