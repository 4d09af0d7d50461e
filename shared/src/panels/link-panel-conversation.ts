import { canScreen } from "../auth/policies.js";
import { linkedConversation, panelChat } from "../conversations/conversation-key.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";

export interface LinkPanelConversationInput {
  /** The panel's code as typed, e.g. `ISG` or `lc-jst`. */
  panelCode: string;
  /** The channel's or group chat's conversation id. */
  conversationId: string;
  /** Where to post to it proactively (a Bot Framework conversation reference). */
  reference: Record<string, unknown>;
}

const normalised = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Makes a channel or group chat the panel's screening conversation: new referrals' cards (reference and
 * non-identifying facts only) are posted there, including any held while no conversation was linked.
 * Only the panel's chairs and coordinators may do it.
 */
export async function linkPanelConversation(
  deps: UseCaseDeps,
  actor: Actor,
  input: LinkPanelConversationInput,
): Promise<Result<{ panel: Panel }>> {
  const code = normalised(input.panelCode);
  if (!code || code.length > 40)
    return fail(ErrorCodes.validation, "Give the panel's code, for example ISG.");
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const panel = (await tx.panels.list()).find(
      (p) => normalised(p.code) === code || normalised(p.id) === code,
    );
    if (!panel) return fail(ErrorCodes.notFound, `No panel has the code "${input.panelCode.toUpperCase()}".`);
    if (!canScreen(await tx.panels.membershipsOf(actor.personId), actor.personId, panel.id)) {
      return fail(
        ErrorCodes.forbidden,
        "Only the panel's chair or coordinator can link it to a conversation.",
      );
    }
    const recipient = panelChat(panel.id);
    await tx.conversations.put(recipient, input.reference);
    await tx.conversations.put(linkedConversation(input.conversationId), { panelId: panel.id });
    await tx.outbox.retryNow(recipient, at);
    await tx.audit.append({
      id: newIdFrom(deps),
      at,
      actorId: actor.personId,
      action: "panel.conversation-linked",
      subjectType: "panel",
      subjectId: panel.id,
      childId: null,
      channel: actor.channel,
      origin: actor.origin,
      correlationId: actor.correlationId,
    });
    return ok({ panel });
  });
}
