import type { AgendaView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { ErrorCodes } from "../model/errors.js";
import type { AgendaItem } from "../model/meeting.js";
import { DomainFailure, fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { readAgendaView } from "./agenda-view.js";
import { loadMeetingAccess, type MeetingAccess } from "./meeting-access.js";
import { MeetingCodes } from "./meeting-codes.js";

export const versionConflict = () =>
  fail(
    ErrorCodes.conflict,
    "Someone changed this agenda at the same time. Reload it to see their change, then try again.",
  );

/** Loads a meeting whose agenda the person may change: a planned meeting of a panel they chair or coordinate. */
export async function loadManagedMeeting(
  tx: StoreTx,
  actor: Actor,
  meetingId: string,
): Promise<Result<MeetingAccess>> {
  const access = await loadMeetingAccess(tx, actor.personId, meetingId);
  if (!access.ok) return access;
  if (access.value.viewer !== "manager") {
    return fail(ErrorCodes.forbidden, "Only the panel's chair or coordinator can change its agenda.");
  }
  if (access.value.meeting.state !== "planned") {
    return fail(
      MeetingCodes.notPlanned,
      `This meeting is ${access.value.meeting.state}: its agenda is closed.`,
    );
  }
  return ok(access.value);
}

/**
 * Runs one change to a meeting's agenda in a transaction: checks the person manages the meeting, advances
 * the agenda's version from the one they read (a concurrent change is refused, not interleaved), runs
 * `work`, audits, and returns the agenda as it now stands. A failure from `work` rolls everything back.
 */
export async function changeAgenda(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string; version: number | "current"; action: string },
  work: (tx: StoreTx, access: MeetingAccess, at: string) => Promise<Result<unknown>>,
): Promise<Result<AgendaView>> {
  const at = deps.clock.now().toISOString();
  try {
    return await deps.store.transaction(async (tx) => {
      const access = await loadManagedMeeting(tx, actor, input.meetingId);
      if (!access.ok) return access;
      const version =
        input.version === "current"
          ? ((await tx.agendaRecords.get(input.meetingId))?.version ?? 0)
          : input.version;
      if (!(await tx.agendaRecords.advance(input.meetingId, version))) return versionConflict();
      const done = await work(tx, access.value, at);
      if (!done.ok) throw new DomainFailure(done.error);
      await tx.audit.append(meetingAudit(deps, actor, input.action, input.meetingId, at));
      const after = await loadMeetingAccess(tx, actor.personId, input.meetingId);
      if (!after.ok) throw new DomainFailure(after.error);
      return ok(await readAgendaView(tx, after.value, actor.personId));
    });
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    throw error;
  }
}

/** Rewrites positions 1..n in the given order, touching only items whose position changes. */
export async function writeOrder(tx: StoreTx, ordered: readonly AgendaItem[]): Promise<void> {
  for (const [index, item] of ordered.entries()) {
    if (item.position !== index + 1) await tx.agenda.update({ ...item, position: index + 1 });
  }
}

export function meetingAudit(
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  meetingId: string,
  at: string,
  childId: string | null = null,
): AuditEntry {
  return {
    id: newIdFrom(deps),
    at,
    actorId: actor.personId,
    action,
    subjectType: "meeting",
    subjectId: meetingId,
    childId,
    channel: actor.channel,
    origin: actor.origin,
    correlationId: actor.correlationId,
  };
}
