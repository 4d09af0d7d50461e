import { useRef, useState } from "react";
import type { AgendaView, MeetingDetailView } from "@convenor/shared";
import type { AgendaApi } from "../api/agenda-api.js";
import { isStaleAgenda, staleAgendaMessage } from "./agenda-messages.js";

/** The last thing that happened: said in the live region (`done`) or as an alert (`failed`, `reloaded`). */
export type Outcome =
  | { kind: "done"; message: string }
  | { kind: "reloaded"; message: string }
  | { kind: "failed"; error: unknown }
  | null;

/** A change's new agenda, or the whole meeting when more than the agenda changed (deadlines met by publishing). */
export type ChangeAnswer = { message: string } & ({ agenda: AgendaView } | { detail: MeetingDetailView });

export interface AgendaChanges {
  busy: boolean;
  outcome: Outcome;
  /**
   * Runs one change made on the agenda version `detail` holds; its answer replaces the agenda. A stale
   * version (someone else changed it) reloads the meeting and says so. Resolves true when the change was made.
   */
  run: (change: (version: number) => Promise<ChangeAnswer>) => Promise<boolean>;
  /** Reloads the meeting (after a paper was filed), then says `message`. */
  reload: (message: string) => Promise<void>;
}

export function useAgendaChanges(
  api: AgendaApi,
  detail: MeetingDetailView,
  onDetailChange: (detail: MeetingDetailView) => void,
): AgendaChanges {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The newest detail, for answers that arrive after a re-render.
  const current = useRef(detail);
  current.current = detail;
  const meetingId = detail.meeting.id;

  const reloadDetail = async () => onDetailChange(await api.meeting(meetingId));

  const run: AgendaChanges["run"] = async (change) => {
    setBusy(true);
    setOutcome(null);
    try {
      const answer = await change(current.current.agenda.version);
      onDetailChange("detail" in answer ? answer.detail : { ...current.current, agenda: answer.agenda });
      setOutcome({ kind: "done", message: answer.message });
      return true;
    } catch (error) {
      if (!isStaleAgenda(error)) {
        setOutcome({ kind: "failed", error });
        return false;
      }
      try {
        await reloadDetail();
        setOutcome({ kind: "reloaded", message: staleAgendaMessage });
      } catch (reloadError) {
        setOutcome({ kind: "failed", error: reloadError });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  const reload: AgendaChanges["reload"] = async (message) => {
    setBusy(true);
    try {
      await reloadDetail();
      setOutcome({ kind: "done", message });
    } catch (error) {
      setOutcome({ kind: "failed", error });
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, run, reload };
}
