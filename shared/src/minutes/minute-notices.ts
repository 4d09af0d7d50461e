import type { Actor } from "../model/actor.js";
import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/** To each attendee's personal chat: the panel, the meeting date, the version and a link. Never case detail. */
export const minuteCirculatedKind = "minute.circulated";
/** Files an agreed version to the panel's library (the bot's outbox deliverer calls `fileMinuteVersion`). */
export const minuteFileKind = "minute.file";
/** Files a case observation to the panel's restricted library (`fileCaseObservation`). */
export const observationFileKind = "observation.file";

export const minuteNoticeKinds: readonly string[] = [
  minuteCirculatedKind,
  minuteFileKind,
  observationFileKind,
];
export const isMinuteNoticeKind = (kind: string): boolean => minuteNoticeKinds.includes(kind);

/** Where the tab shows a meeting's minutes, relative to the service's public address. */
export const minutesPath = (meetingId: string): string =>
  `/tab/#/meetings/${encodeURIComponent(meetingId)}/minutes`;

export function minuteNotice(
  deps: UseCaseDeps,
  actor: Actor,
  kind: string,
  recipient: string,
  payload: Record<string, unknown>,
  at: string,
): OutboxMessage {
  return newOutboxMessage(deps, {
    kind,
    recipient,
    payload: { ...payload, correlationId: actor.correlationId },
    at,
  });
}
