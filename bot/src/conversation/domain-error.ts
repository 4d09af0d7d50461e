import type { DomainError } from "@convenor/shared";
import { ErrorCodes } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { messageCard } from "../cards/message.card.js";

const titles: Record<string, string> = {
  [ErrorCodes.forbidden]: "Not allowed",
  [ErrorCodes.notFound]: "Not found",
  [ErrorCodes.validation]: "Some answers need attention",
  [ErrorCodes.conflict]: "Changed by someone else",
  [ErrorCodes.duplicate]: "Already in progress",
  "REFERRAL.INVALID_TRANSITION": "Already screened",
};

/** A domain error as a card: the use case's own sentence under a title for its code. */
export function domainErrorCard(error: DomainError): AdaptiveCard {
  return messageCard(titles[error.code] ?? "That could not be done", error.message, "error");
}
