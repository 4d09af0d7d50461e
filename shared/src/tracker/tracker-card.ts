import type { TrackerCardView } from "../api/tracker-requests.js";
import type { Panel } from "../model/panel.js";
import type { Rag, RagArea } from "../model/rating.js";
import type { TrackedYoungPersonView, TrackerEntry } from "../model/tracker.js";
import type { StoreTx } from "../ports/store.port.js";
import { previousMonth } from "../ratings/two-reds.js";
import { isTrackerEligible } from "./tracker-eligibility.js";
import { allAreas, byName, displayNameOf } from "./tracker-rows.js";

export interface WorkerMonth {
  /** The worker's young people eligible in the month, by name. */
  youngPeople: TrackedYoungPersonView[];
  /** Their entries of the month and of the month before, by child id. */
  thisMonth: Map<string, TrackerEntry>;
  lastMonth: Map<string, TrackerEntry>;
}

/** A worker's young people for a month with their entries: two queries. */
export async function readWorkerMonth(
  tx: StoreTx,
  panelId: string,
  workerId: string,
  month: string,
): Promise<WorkerMonth> {
  const youngPeople = (await tx.caseload.listForPanel(panelId, { workerId }))
    .filter((child) => isTrackerEligible(child, month))
    .sort(byName);
  const before = previousMonth(month);
  const entries = await tx.ratings.entriesBetween(panelId, before, month, { workerId });
  const of = (wanted: string) =>
    new Map(entries.filter((entry) => entry.month === wanted).map((entry) => [entry.childId, entry]));
  return { youngPeople, thisMonth: of(month), lastMonth: of(before) };
}

export function trackerCardView(panel: Panel, month: string, read: WorkerMonth): TrackerCardView {
  const youngPeople = read.youngPeople.map((child) => {
    const entry = read.thisMonth.get(child.childId);
    const last = read.lastMonth.get(child.childId);
    return {
      childId: child.childId,
      displayName: displayNameOf(child),
      areas: allAreas(entry?.areas ?? {}),
      lastMonth: last?.complete ? (last.areas as Record<RagArea, Rag>) : null,
      complete: entry?.complete ?? false,
    };
  });
  return {
    panelId: panel.id,
    panelName: panel.name,
    month,
    youngPeople,
    submitted: youngPeople.length > 0 && youngPeople.every((child) => child.complete),
  };
}
