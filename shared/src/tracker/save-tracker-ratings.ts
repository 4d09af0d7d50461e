import type { SaveTrackerRatingsInput, TrackerCardView } from "../api/tracker-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { ragAreas, type Rag, type RagArea } from "../model/rating.js";
import { DomainFailure, fail, ok, type Result } from "../model/result.js";
import type { TrackerEntry } from "../model/tracker.js";
import { IdempotencyKeyTaken, type StoreTx } from "../ports/store.port.js";
import { youngPeopleDueForPanel } from "../ratings/two-reds.js";
import { requestFingerprint } from "../referrals/request-fingerprint.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { AgendaChangedMeanwhile, listDueOnNextMeeting } from "./list-due-on-agenda.js";
import { childAuditEntries } from "./tracker-audit.js";
import { readWorkerMonth, trackerCardView, type WorkerMonth } from "./tracker-card.js";
import { TrackerCodes } from "./tracker-codes.js";
import { ragAreaLabels } from "./tracker-descriptors.js";
import { monthLabel, openMonthAt } from "./tracker-months.js";
import { displayNameOf } from "./tracker-rows.js";

export interface SaveTrackerRatingsResult {
  card: TrackerCardView;
  /** Young people this save listed on the next meeting's agenda (two reds in one area). */
  listed: number;
  /** A repeat of a save already made (a double click): nothing was written again. */
  replayed: boolean;
  /**
   * Submit with areas still to rate: what was chosen is saved part-way, nothing is submitted, and this names
   * what is missing (`TRACKER.INCOMPLETE`), so the worker's choices are never lost to a refusal.
   */
  incomplete: { code: typeof TrackerCodes.incomplete; message: string } | null;
}

const rags: readonly string[] = ["red", "amber", "green"];

/**
 * Save (part-way) or Submit on a social worker's monthly card. Only the worker's own young people, eligible in
 * the open month, and only that month; values outside Red/Amber/Green are refused. Save keeps what is chosen
 * (and what was chosen before); Submit needs all five areas for every young person on the card and marks the
 * month complete (short of that, it saves like Save and says what is missing). A young person whose complete month makes two reds running in one area is listed on the
 * panel's next planned meeting. The same click twice (same card, same choices) counts once.
 */
export async function saveTrackerRatings(
  deps: UseCaseDeps,
  actor: Actor,
  input: SaveTrackerRatingsInput,
): Promise<Result<SaveTrackerRatingsResult>> {
  const at = deps.clock.now().toISOString();
  const key = `tracker.save:${actor.personId}:${input.cardId}:${requestFingerprint(input)}`;
  const replay = async (tx: StoreTx): Promise<Result<SaveTrackerRatingsResult> | null> => {
    if (!(await tx.idempotency.get(key))) return null;
    const panel = await tx.panels.get(input.panelId);
    if (!panel) throw new Error(`Idempotency key for a missing panel ${input.panelId}`);
    const read = await readWorkerMonth(tx, panel.id, actor.personId, input.month);
    return ok({
      card: trackerCardView(panel, input.month, read),
      listed: 0,
      replayed: true,
      incomplete: null,
    });
  };
  try {
    return await deps.store.transaction(async (tx) => {
      const replayed = await replay(tx);
      if (replayed) return replayed;
      await tx.idempotency.put({ key, scope: "tracker.save", result: {}, createdAt: at });
      const saved = await save(deps, tx, actor, input, at);
      if (!saved.ok) throw new DomainFailure(saved.error);
      return saved;
    });
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    if (error instanceof AgendaChangedMeanwhile) {
      return fail(
        ErrorCodes.conflict,
        "The panel's agenda changed at the same moment, so nothing was saved. Press the button again.",
      );
    }
    if (!(error instanceof IdempotencyKeyTaken)) throw error;
    const replayed = await deps.store.transaction(replay);
    if (!replayed) throw error;
    return replayed;
  }
}

async function save(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  input: SaveTrackerRatingsInput,
  at: string,
): Promise<Result<SaveTrackerRatingsResult>> {
  const openMonth = openMonthAt(at);
  if (input.month !== openMonth) {
    return fail(
      TrackerCodes.monthNotOpen,
      `${monthLabel(input.month)} is closed: only ${monthLabel(openMonth)} can be rated now.`,
    );
  }
  const panel = await tx.panels.get(input.panelId);
  if (!panel || !(await tx.caseload.panelsOfWorker(actor.personId)).includes(panel.id)) {
    return fail(ErrorCodes.notFound, "You rate no young people on that panel's tracker.");
  }
  const read = await readWorkerMonth(tx, panel.id, actor.personId, input.month);
  const own = new Set(read.youngPeople.map((child) => child.childId));
  const foreign = input.ratings.filter((rating) => !own.has(rating.childId));
  if (foreign.length > 0) {
    return fail(
      TrackerCodes.notYourYoungPerson,
      "Some of these young people are not on your caseload for this month: nothing was saved.",
    );
  }
  const outOfRange = input.ratings.flatMap((rating) =>
    Object.entries(rating.areas).filter(
      ([area, value]) => !(ragAreas as readonly string[]).includes(area) || !rags.includes(String(value)),
    ),
  );
  if (outOfRange.length > 0) {
    return fail(ErrorCodes.validation, "Each area takes Red, Amber or Green only.");
  }

  let submit = input.submit;
  let incomplete: SaveTrackerRatingsResult["incomplete"] = null;
  let merged = mergeChoices(read, input, actor.personId, submit);
  const missing = submit ? missingAreas(read, merged) : [];
  if (missing.length > 0) {
    submit = false;
    merged = mergeChoices(read, input, actor.personId, submit);
    incomplete = {
      code: TrackerCodes.incomplete,
      message: `Not submitted: rate every area first. Your choices are saved. Missing: ${missing.join("; ")}.`,
    };
  }
  const written: TrackerEntry[] = [];
  for (const entry of merged.values()) {
    const complete = entry.complete || submit;
    const final = { ...entry, complete, submittedAt: complete ? (entry.submittedAt ?? at) : null };
    await tx.ratings.upsertEntry(final);
    written.push(final);
  }
  const due = written
    .filter((entry) => entry.complete)
    .flatMap((entry) => {
      const last = read.lastMonth.get(entry.childId);
      return youngPeopleDueForPanel(last?.complete ? [last, entry] : [entry], entry.month);
    });
  const listed = await listDueOnNextMeeting(deps, tx, actor, panel.id, due, at);
  await tx.audit.appendMany(
    childAuditEntries(
      deps,
      actor,
      submit ? "tracker.submitted" : "tracker.saved",
      written.map((entry) => entry.childId),
      at,
      { panelId: panel.id, month: input.month },
    ),
  );
  const after = await readWorkerMonth(tx, panel.id, actor.personId, input.month);
  return ok({
    card: trackerCardView(panel, input.month, after),
    listed: listed?.childIds.length ?? 0,
    replayed: false,
    incomplete,
  });
}

/**
 * This month's entries after the choices: chosen areas replace, others keep what was saved before. On Submit
 * every young person on the card gets an entry; on Save only those with something chosen.
 */
function mergeChoices(
  read: WorkerMonth,
  input: SaveTrackerRatingsInput,
  workerId: string,
  submit: boolean,
): Map<string, TrackerEntry> {
  const chosen = new Map(input.ratings.map((rating) => [rating.childId, rating.areas]));
  const merged = new Map<string, TrackerEntry>();
  for (const child of read.youngPeople) {
    const before = read.thisMonth.get(child.childId);
    const areas: Partial<Record<RagArea, Rag>> = { ...before?.areas, ...chosen.get(child.childId) };
    if (!submit && !chosen.has(child.childId)) continue;
    if (!before && Object.keys(areas).length === 0) continue;
    merged.set(child.childId, {
      panelId: child.panelId,
      childId: child.childId,
      month: input.month,
      ratedById: workerId,
      areas,
      complete: before?.complete ?? false,
      submittedAt: before?.submittedAt ?? null,
    });
  }
  return merged;
}

/** "Amy Zephyr (Health, Youth justice)" for each young person missing an area: personal chat only. */
function missingAreas(read: WorkerMonth, merged: Map<string, TrackerEntry>): string[] {
  return read.youngPeople.flatMap((child) => {
    const areas = merged.get(child.childId)?.areas ?? {};
    const missing = ragAreas.filter((area) => areas[area] === undefined);
    if (missing.length === 0) return [];
    const which =
      missing.length === ragAreas.length ? "all five areas" : missing.map((a) => ragAreaLabels[a]).join(", ");
    return [`${displayNameOf(child)} (${which})`];
  });
}
