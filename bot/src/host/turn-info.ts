import { TeamsInfo, TurnContext, type Activity } from "botbuilder";
import type { ConversationType, TurnInfo } from "../conversation/turn.js";

function conversationTypeOf(activity: Activity): ConversationType {
  const type = activity.conversation?.conversationType;
  return type === "channel" || type === "groupChat" ? type : "personal";
}

/**
 * In a channel thread Teams gives the thread's root in the conversation id (`19:...@thread.tacv2;messageid=123`).
 * Without it, the id is the channel's own: posts there start new threads instead of replying in this one.
 */
export function withoutThread(conversationId: string): string {
  return conversationId.replace(/;messageid=[^;]*$/i, "");
}

/** Without the incoming activity's id or thread: proactive cards start new posts instead of replies. */
function storableReference(activity: Activity): Record<string, unknown> {
  const { activityId: _replyTo, ...reference } = TurnContext.getConversationReference(activity);
  const stored = JSON.parse(JSON.stringify(reference)) as Record<string, unknown> & {
    conversation?: { id?: string };
  };
  if (stored.conversation?.id) stored.conversation.id = withoutThread(stored.conversation.id);
  return stored;
}

/** The SDK-free facts of a turn for the conversation layer. */
export function turnInfo(context: TurnContext): TurnInfo {
  const { activity } = context;
  return {
    conversationId: withoutThread(activity.conversation?.id ?? ""),
    conversationType: conversationTypeOf(activity),
    user: {
      id: activity.from?.id ?? "",
      ...(activity.from?.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
      ...(activity.from?.name ? { name: activity.from.name } : {}),
    },
    correlationId: activity.id ?? "",
    reference: storableReference(activity),
    lookupEmail: async () => {
      try {
        const member = await TeamsInfo.getMember(context, activity.from.id);
        return member.email ?? member.userPrincipalName ?? null;
      } catch {
        return null;
      }
    },
  };
}

export function mentionsRecipient(activity: Activity): boolean {
  return (activity.entities ?? []).some(
    (entity) =>
      entity.type === "mention" &&
      typeof entity.mentioned === "object" &&
      entity.mentioned !== null &&
      (entity.mentioned as { id?: string }).id === activity.recipient?.id,
  );
}
