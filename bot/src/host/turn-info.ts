import { TeamsInfo, TurnContext, type Activity } from "botbuilder";
import type { ConversationType, TurnInfo } from "../conversation/turn.js";

function conversationTypeOf(activity: Activity): ConversationType {
  const type = activity.conversation?.conversationType;
  return type === "channel" || type === "groupChat" ? type : "personal";
}

/** The SDK-free facts of a turn for the conversation layer. */
export function turnInfo(context: TurnContext): TurnInfo {
  const { activity } = context;
  return {
    conversationId: activity.conversation?.id ?? "",
    conversationType: conversationTypeOf(activity),
    user: {
      id: activity.from?.id ?? "",
      ...(activity.from?.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
      ...(activity.from?.name ? { name: activity.from.name } : {}),
    },
    correlationId: activity.id ?? "",
    reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<
      string,
      unknown
    >,
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
