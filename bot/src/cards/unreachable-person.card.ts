import { adaptiveCard, facts, heading, literal, notice, type AdaptiveCard } from "./card-elements.js";

export interface UnreachablePersonInput {
  /** Display name of the member of staff Convenor cannot reach. */
  name: string;
  /** The referral's case reference (never the child's name). */
  reference: string | null;
  panelName: string;
  /** What is waiting for them. */
  heldKind: string;
}

const waiting: Record<string, string> = {
  "referral.urgent": "An urgent request for a decision",
  "referral.outcome": "The outcome of the referral",
};

/**
 * Told to the referrer and the panel's coordinators: someone who should receive a notification cannot be
 * reached in Teams, so it is waiting until they open Convenor. Names the person, never the child.
 */
export function unreachablePersonCard(input: UnreachablePersonInput): AdaptiveCard {
  const name = literal(input.name);
  return adaptiveCard([
    heading(`${name} cannot be reached in Teams`),
    facts([
      ["Referral", input.reference ?? ""],
      ["Panel", literal(input.panelName)],
      ["Waiting for them", waiting[input.heldKind] ?? "A notification"],
    ]),
    notice(
      `${name} has not installed Convenor in Teams, so it is held for them. Ask them to open Convenor in Teams (Apps, then Convenor): it is delivered as soon as they do.`,
      "warning",
    ),
  ]);
}
