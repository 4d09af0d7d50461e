import {
  decisionKindLabels,
  resourceLabels,
  resourceOutcomeLabels,
  sharingMethodLabels,
  type Decision,
  type DecisionKind,
  type DecisionOutcome,
  type FamilySharing,
  type PlacementTiming,
  type ResourceKind,
  type ResourceOutcome,
  type SharingMethod,
} from "../model/decision.js";
import type { DecisionChoice } from "../model/rating.js";
import type { StoreTx } from "../ports/store.port.js";

/** A decision as the tab shows it: outcome, reasons, date, who decided, and the votes' summary (003 3.7). */
export interface DecisionView {
  id: string;
  agendaItemId: string;
  kind: DecisionKind;
  kindLabel: string;
  outcome: DecisionOutcome;
  resource: {
    resource: ResourceKind;
    label: string;
    outcome: ResourceOutcome;
    outcomeLabel: string;
    placement: PlacementTiming | null;
  } | null;
  reasons: string;
  decidedAt: string;
  decidedBy: string[];
  reviewDate: string | null;
  /** Decided by a vote in the meeting chat; else recorded by the chair. */
  byVote: boolean;
  /** Votes by choice; null for a decision recorded without a vote. */
  counts: Record<DecisionChoice, number> | null;
  dissent: { name: string; choice: DecisionChoice; reason: string }[];
  castingOutcome: boolean;
}

export interface FamilySharingView {
  sharedOn: string;
  method: SharingMethod;
  methodLabel: string;
  note: string | null;
  recordedBy: string;
}

/** The views of these decisions, naming every person in one read. */
export async function viewDecisions(tx: StoreTx, decisions: readonly Decision[]): Promise<DecisionView[]> {
  const ids = decisions.flatMap((d) => [...d.decidedByIds, ...d.dissent.map((x) => x.personId)]);
  const people = await tx.people.getMany([...new Set(ids)]);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.displayName ?? "Someone";
  return decisions.map((d) => ({
    id: d.id,
    agendaItemId: d.agendaItemId,
    kind: d.kind,
    kindLabel: decisionKindLabels[d.kind],
    outcome: d.outcome,
    resource: d.resource
      ? {
          resource: d.resource.resource,
          label: resourceLabels[d.resource.resource],
          outcome: d.resource.outcome,
          outcomeLabel: resourceOutcomeLabels[d.resource.outcome],
          placement: d.resource.placement,
        }
      : null,
    reasons: d.reasons,
    decidedAt: d.decidedAt,
    decidedBy: d.decidedByIds.map(nameOf),
    reviewDate: d.reviewDate,
    byVote: d.questionId !== null,
    counts: d.questionId === null ? null : countVotes(d.votes),
    dissent: d.dissent.map((x) => ({ name: nameOf(x.personId), choice: x.choice, reason: x.reason })),
    castingOutcome: d.castingOutcome,
  }));
}

function countVotes(votes: Decision["votes"]): Record<DecisionChoice, number> {
  const counts: Record<DecisionChoice, number> = { approve: 0, decline: 0, defer: 0, abstain: 0 };
  for (const vote of votes) counts[vote.choice] += 1;
  return counts;
}

export async function viewSharing(tx: StoreTx, sharing: FamilySharing): Promise<FamilySharingView> {
  const recorder = await tx.people.get(sharing.recordedById);
  return {
    sharedOn: sharing.sharedOn,
    method: sharing.method,
    methodLabel: sharingMethodLabels[sharing.method],
    note: sharing.note,
    recordedBy: recorder?.displayName ?? "Someone",
  };
}
