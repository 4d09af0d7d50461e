import {
  findLinkedPanel,
  linkInstalledMeetingChat,
  linkPanelConversation,
  listMyReferrals,
  listReferablePanels,
  listScreeningQueue,
  startMeeting,
  type Person,
} from "@convenor/shared";
import { helpCard, welcomeCard } from "../cards/welcome.card.js";
import { literal } from "../cards/card-elements.js";
import { messageCard } from "../cards/message.card.js";
import { panelChoiceCard } from "../cards/panel-choice.card.js";
import { myReferralsCard, screeningQueueCard } from "../cards/referral-list.card.js";
import { actorFor, type BotContext } from "./bot-context.js";
import { parseCommand, type Command } from "./commands.js";
import { domainErrorCard } from "./domain-error.js";
import { identifyPerson } from "./identify-person.js";
import { linkMeeting } from "./meeting-chat-actions.js";
import { notKnownCard } from "./standard-replies.js";
import { formFor } from "./refer-form.js";
import type { MessageTurn, Reply, TurnInfo } from "./turn.js";

const personalOnly = (what: string) =>
  messageCard(
    "Use personal chat",
    `${what} happens in your personal chat with Convenor, so that case details stay private. Open a chat with Convenor and type the command there.`,
  );

const notLinkedQueue = messageCard(
  "Use personal chat",
  "This chat is not linked to a panel, so no screening queue is shown here. Type queue in your personal chat with Convenor to see the queues of your panels.",
);

/** A text message: a command in personal chat, or an @mention in a channel or group chat. */
export async function handleMessage(ctx: BotContext, turn: MessageTurn): Promise<Reply[]> {
  const shared = turn.conversationType !== "personal";
  if (shared && !turn.mentionsBot) return [];
  const command = parseCommand(turn.text);
  const person = await identifyPerson(ctx, turn);
  ctx.logger.info(
    {
      command: command.kind,
      conversationType: turn.conversationType,
      personId: person?.id ?? null,
      correlationId: turn.correlationId,
    },
    "bot command",
  );
  if (command.kind === "help") return [{ card: helpCard() }];
  if (command.kind === "unknown") return [{ card: helpCard(command.text) }];
  if (!person) return [{ card: notKnownCard }];
  return [await run(ctx, person, turn, command)];
}

/**
 * Convenor was installed in a chat. In a personal chat, where to reach the person is stored now, and what
 * was held for them goes out: someone who installs it and never types still gets urgent requests. In a
 * meeting's chat Convenor installed itself into, the chat becomes the meeting's chat.
 */
export async function handleInstall(ctx: BotContext, turn: TurnInfo): Promise<void> {
  if (turn.conversationType !== "personal") {
    const linked = await linkInstalledMeetingChat(ctx.deps, installActor(turn), {
      conversationId: turn.conversationId,
      reference: turn.reference,
    });
    if (linked) {
      ctx.logger.info(
        { meetingId: linked.meetingId, correlationId: turn.correlationId },
        "installed in a meeting's chat",
      );
    }
    return;
  }
  const person = await identifyPerson(ctx, turn, { installed: true });
  ctx.logger.info(
    { personId: person?.id ?? null, correlationId: turn.correlationId },
    "installed in personal chat",
  );
}

/** Teams (not a person Convenor knows) added Convenor to the chat, as Convenor asked it to through Graph. */
const installActor = (turn: TurnInfo) => ({
  personId: "convenor",
  channel: "bot",
  origin: turn.conversationId.slice(0, 200),
  correlationId: turn.correlationId.slice(0, 100),
});

/** Sent when Convenor is installed in a chat (after `handleInstall`). */
export function welcome(turn: TurnInfo): Reply {
  return { card: welcomeCard(turn.conversationType === "personal" ? "personal" : "shared") };
}

async function run(ctx: BotContext, person: Person, turn: MessageTurn, command: Command): Promise<Reply> {
  const actor = actorFor(person, turn);
  const shared = turn.conversationType !== "personal";
  switch (command.kind) {
    case "refer": {
      if (shared) return { card: personalOnly("Making a referral") };
      const panels = await listReferablePanels(ctx.deps, actor);
      if (!panels.ok) return { card: domainErrorCard(panels.error) };
      const [only] = panels.value;
      if (!only) {
        return {
          card: messageCard(
            "No panels",
            "You are not set up to refer to any panel. Ask the panel coordinator.",
            "warning",
          ),
        };
      }
      return { card: panels.value.length === 1 ? formFor(ctx, only) : panelChoiceCard(panels.value) };
    }
    case "my-referrals": {
      if (shared) return { card: personalOnly("Listing your referrals") };
      const list = await listMyReferrals(ctx.deps, actor);
      return { card: list.ok ? myReferralsCard(list.value) : domainErrorCard(list.error) };
    }
    case "queue": {
      const panelId = shared
        ? (await findLinkedPanel(ctx.deps, { conversationId: turn.conversationId }))?.panelId
        : undefined;
      if (shared && !panelId) return { card: notLinkedQueue };
      const queue = await listScreeningQueue(ctx.deps, actor, panelId ? { panelId } : {});
      return { card: queue.ok ? screeningQueueCard(queue.value) : domainErrorCard(queue.error) };
    }
    case "link-panel":
      return { card: await linkPanel(ctx, person, turn, command.panel) };
    case "link-meeting":
      return { card: await linkMeeting(ctx, actor, turn) };
    case "start-meeting":
      return { card: await startMeetingHere(ctx, person, turn) };
    default:
      return { card: helpCard() };
  }
}

/**
 * `link panel CODE` in a channel or group chat, by the panel's chair or coordinator: the panel's screening
 * cards are posted here from now on.
 */
async function linkPanel(ctx: BotContext, person: Person, turn: MessageTurn, code: string) {
  if (turn.conversationType === "personal") {
    return messageCard(
      "Link a panel in its channel",
      "Type this in the panel's channel or group chat, with an @mention of Convenor.",
      "warning",
    );
  }
  const linked = await linkPanelConversation(ctx.deps, actorFor(person, turn), {
    panelCode: code,
    conversationId: turn.conversationId,
    reference: turn.reference,
  });
  if (!linked.ok) return domainErrorCard(linked.error);
  const { panel } = linked.value;
  ctx.logger.info(
    { panelId: panel.id, personId: person.id, correlationId: turn.correlationId },
    "panel linked to conversation",
  );
  return messageCard(
    "Panel linked",
    `New referrals to ${literal(panel.name)} will be posted here, showing case references only. Chairs and coordinators open each one to screen it.`,
    "success",
  );
}

/**
 * `start meeting` in the meeting's chat, by the panel's chair or coordinator: the running agenda card (with
 * attendance and quorum) is posted here through the outbox, once.
 */
async function startMeetingHere(ctx: BotContext, person: Person, turn: MessageTurn) {
  if (turn.conversationType === "personal") {
    return messageCard(
      "Start the meeting in its chat",
      "Type this in the meeting's chat, with an @mention of Convenor.",
      "warning",
    );
  }
  const started = await startMeeting(ctx.deps, actorFor(person, turn), {
    conversationId: turn.conversationId,
  });
  if (!started.ok) return domainErrorCard(started.error);
  ctx.logger.info(
    { meetingId: started.value.meetingId, personId: person.id, correlationId: turn.correlationId },
    "meeting started in its chat",
  );
  return messageCard(
    started.value.alreadyStarted ? "Meeting already started" : "Meeting started",
    "The running agenda is posted here. Members: click I'm here. The chair opens rating rounds and votes from it.",
    "success",
  );
}
