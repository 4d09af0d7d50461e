import type { AdaptiveCard } from "../cards/card-elements.js";
import { formVerbs } from "../cards/referral-form.card.js";
import { choosePanelVerb } from "../cards/panel-choice.card.js";
import { linkMeetingVerb } from "../cards/meeting-chat-choice.card.js";
import { editReferralVerb } from "../cards/referral-outcome.card.js";
import { openScreeningVerb } from "../cards/screening-summary.card.js";
import { decideScreeningVerb } from "../cards/screening-detail.card.js";
import { decideUrgentVerb, openUrgentVerb } from "../cards/urgent-decision.card.js";
import { meetingRoomVerbs } from "../cards/meeting-room.card.js";
import { questionVerbs } from "../cards/question.card.js";
import { attend, openMeetingQuestion } from "./meeting-actions.js";
import { agreeRating, castMyVote, closeVote, revealRatings, viewMyQuestion } from "./vote-actions.js";
import { actorFor, type BotContext } from "./bot-context.js";
import { identifyPerson } from "./identify-person.js";
import { malformedActionCard, notKnownCard } from "./standard-replies.js";
import { choosePanel, editReferral, saveDraft, submitReferral } from "./referral-actions.js";
import { decideScreening, openScreening } from "./screening-actions.js";
import { linkChosenMeeting } from "./meeting-chat-actions.js";
import { decideUrgent, openUrgent } from "./urgent-actions.js";
import { saveTracker } from "./tracker-actions.js";
import { trackerVerbs } from "../cards/tracker.card.js";
import { actionVerbs } from "../cards/decision-notice.card.js";
import { markActionDone, recordSharing } from "./decision-actions.js";
import type { ActionTurn } from "./turn.js";
import type { Actor } from "@convenor/shared";

type ActionRoute = (ctx: BotContext, actor: Actor, turn: ActionTurn) => Promise<AdaptiveCard>;

const routes: Record<string, ActionRoute> = {
  [choosePanelVerb]: choosePanel,
  [formVerbs.submit]: submitReferral,
  [formVerbs.saveDraft]: saveDraft,
  [editReferralVerb]: editReferral,
  [openScreeningVerb]: openScreening,
  [decideScreeningVerb]: decideScreening,
  [openUrgentVerb]: openUrgent,
  [decideUrgentVerb]: decideUrgent,
  [linkMeetingVerb]: linkChosenMeeting,
  [meetingRoomVerbs.attend]: attend,
  [meetingRoomVerbs.open]: openMeetingQuestion,
  [questionVerbs.view]: viewMyQuestion,
  [questionVerbs.cast]: castMyVote,
  [questionVerbs.reveal]: revealRatings,
  [questionVerbs.agree]: agreeRating,
  [questionVerbs.close]: closeVote,
  [trackerVerbs.save]: saveTracker,
  [trackerVerbs.submit]: saveTracker,
  [actionVerbs.complete]: markActionDone,
  [actionVerbs.recordSharing]: recordSharing,
};

/** An `Action.Execute` from a card: the card returned replaces it for the person who clicked. */
export async function handleAction(ctx: BotContext, turn: ActionTurn): Promise<AdaptiveCard> {
  const route = Object.hasOwn(routes, turn.verb) ? routes[turn.verb] : undefined;
  if (!route) {
    ctx.logger.warn(
      { verb: turn.verb.slice(0, 60), correlationId: turn.correlationId },
      "unknown card action",
    );
    return malformedActionCard;
  }
  const person = await identifyPerson(ctx, turn);
  if (!person) return notKnownCard;
  ctx.logger.info({ verb: turn.verb, personId: person.id, correlationId: turn.correlationId }, "card action");
  return route(ctx, actorFor(person, turn), turn);
}
