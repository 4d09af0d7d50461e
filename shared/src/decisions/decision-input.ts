import { isIsoDay } from "./iso-day.js";
import type { Actor } from "../model/actor.js";
import {
  decisionKinds,
  decisionOutcomes,
  resourceKinds,
  resourceOutcomes,
  type DecisionOutcome,
  type ResourceDecision,
} from "../model/decision.js";
import type { Meeting } from "../model/meeting.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { DecisionCodes } from "./decision-codes.js";
import type { RecordDecisionInput } from "./record-decision.js";

export interface CheckedDecision {
  outcome: DecisionOutcome;
  resource: ResourceDecision | null;
  decidedAt: string;
  decidedByIds: string[];
  reviewDate: string | null;
}

/** A decision's kind, outcome, resource, dates and deciders, checked; the first problem is returned. */
export async function checkDecisionInput(
  tx: StoreTx,
  input: RecordDecisionInput,
  context: { meeting: Meeting; actor: Actor; now: Date },
): Promise<Result<CheckedDecision>> {
  const field = (name: string, code: (typeof DecisionCodes)[keyof typeof DecisionCodes], message: string) =>
    fail(code, message, [{ field: name, code, message }]);
  if (!decisionKinds.includes(input.kind)) {
    return field("kind", DecisionCodes.resourceRequired, "Choose what kind of decision this is.");
  }
  let outcome: DecisionOutcome;
  let resource: ResourceDecision | null = null;
  if (input.kind === "resource-request") {
    const given = input.resource;
    if (!given || !resourceKinds.includes(given.resource) || !resourceOutcomes.includes(given.outcome)) {
      return field(
        "resource",
        DecisionCodes.resourceRequired,
        "Choose the resource requested and its outcome.",
      );
    }
    const purchased = given.resource === "isg-purchased-placement";
    const placement = given.placement ?? null;
    if (purchased && placement !== "planned" && placement !== "unplanned") {
      return field(
        "resource.placement",
        DecisionCodes.resourceRequired,
        "Say whether the purchased placement was planned or unplanned.",
      );
    }
    resource = { resource: given.resource, outcome: given.outcome, placement: purchased ? placement : null };
    outcome = given.outcome === "declined" ? "declined" : "approved";
  } else {
    if (!input.outcome || !decisionOutcomes.includes(input.outcome)) {
      return field("outcome", DecisionCodes.resourceRequired, "Choose the outcome.");
    }
    outcome = input.outcome;
  }

  const today = context.now.toISOString().slice(0, 10);
  const meetingDay = context.meeting.startsAt.slice(0, 10);
  if (today < meetingDay) {
    return field(
      "decidedOn",
      DecisionCodes.invalidDate,
      "The meeting has not happened yet: record its decisions on the day or after.",
    );
  }
  let decidedAt = context.now.toISOString();
  if (input.decidedOn) {
    if (!isIsoDay(input.decidedOn) || input.decidedOn > today || input.decidedOn < meetingDay) {
      return field(
        "decidedOn",
        DecisionCodes.invalidDate,
        "The date of the decision must be a real date from the meeting's day to today.",
      );
    }
    if (input.decidedOn !== today) decidedAt = `${input.decidedOn}T12:00:00.000Z`;
  }
  const reviewDate = input.reviewDate ?? null;
  if (reviewDate !== null && (!isIsoDay(reviewDate) || reviewDate <= meetingDay)) {
    return field(
      "reviewDate",
      DecisionCodes.invalidDate,
      "The review date must be a real date after the meeting.",
    );
  }

  const decidedByIds = [
    ...new Set(input.decidedByIds?.length ? input.decidedByIds : [context.actor.personId]),
  ];
  const known = await tx.people.getMany(decidedByIds);
  if (known.length !== decidedByIds.length) {
    return field(
      "decidedByIds",
      DecisionCodes.unknownDecider,
      "Everyone named as deciding must be known to Convenor.",
    );
  }
  return ok({ outcome, resource, decidedAt, decidedByIds, reviewDate });
}
