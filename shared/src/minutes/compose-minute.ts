import type { CaseItemsInMinute } from "../model/panel.js";
import type { MinuteContent, MinuteDecision, MinuteItem } from "../model/minute.js";
import type { Decision } from "../model/decision.js";
import type { MeetingRecord } from "./meeting-record.js";

/** Shown for a case item whose reference the panel's minute withholds. */
export const withheldCaseTitle = "Case item (recorded on the child's record)";

/**
 * The first version's content. Case items never carry discussion (000 5); they show the case reference and
 * decision only when `caseItems` allows it. A case reference is never a name: agenda titles are references.
 */
export function composeMinute(record: MeetingRecord, caseItems: CaseItemsInMinute): MinuteContent {
  const items = record.items.map((item): MinuteItem => {
    const caseItem = item.childId !== null || item.referralId !== null;
    const shown = !caseItem || caseItems === "reference-and-decision";
    const decisions = shown
      ? record.decisions.filter((d) => d.agendaItemId === item.id).map((d) => minuteDecision(d, record.names))
      : [];
    return {
      agendaItemId: item.id,
      position: item.position,
      title: shown ? item.title : withheldCaseTitle,
      caseItem,
      notes: "",
      decisions,
    };
  });
  return {
    present: record.present.map(({ name, agency }) => ({ name, agency })),
    apologies: record.apologies.map(({ name, agency }) => ({ name, agency })),
    quorum: record.quorum,
    items,
    generalBusiness: "",
    actions: record.actions,
    unmetNeed:
      caseItems === "reference-and-decision" ? record.unmetNeed : record.unmetNeed.map(withoutReference),
    progress: [],
  };
}

const withoutReference = (need: MeetingRecord["unmetNeed"][number]) => ({ ...need, caseReference: null });

function minuteDecision(decision: Decision, names: Record<string, string>): MinuteDecision {
  const counts = new Map<string, number>();
  for (const vote of decision.votes) counts.set(vote.choice, (counts.get(vote.choice) ?? 0) + 1);
  return {
    outcome: decision.outcome,
    reasons: decision.reasons,
    votes: [...counts].map(([choice, count]) => `${choice} ${count}`).join(", "),
    dissent: decision.dissent.map((d) => ({ name: names[d.personId] ?? "Unknown", reason: d.reason })),
    castingOutcome: decision.castingOutcome,
  };
}
