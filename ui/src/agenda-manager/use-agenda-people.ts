import { useEffect, useState } from "react";
import type { AgendaPersonView } from "@convenor/shared";
import type { AgendaApi } from "../api/agenda-api.js";

/** Whom an item may name as presenter or invitee, once `loaded`; `failed` when they could not be read. */
export type AgendaPeople = { people: AgendaPersonView[]; loaded: boolean; failed: boolean };

/** Reads the people for a meeting the caller manages, again whenever `refreshKey` changes. */
export function useAgendaPeople(
  api: AgendaApi,
  meetingId: string,
  enabled: boolean,
  refreshKey: string,
): AgendaPeople {
  const [people, setPeople] = useState<AgendaPeople>({ people: [], loaded: false, failed: false });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api.people(meetingId).then(
      (found) => {
        if (current) setPeople({ people: found, loaded: true, failed: false });
      },
      () => {
        if (current) setPeople({ people: [], loaded: false, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [api, meetingId, enabled, refreshKey]);
  return people;
}
