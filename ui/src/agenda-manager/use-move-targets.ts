import { useEffect, useState } from "react";
import type { MeetingSummaryView } from "@convenor/shared";
import type { AgendaApi } from "../api/agenda-api.js";
import { moveTargets } from "./agenda-messages.js";

/** The meetings an item of this one may move to; `failed` when the panel's meetings could not be read. */
export type MoveTargets = { meetings: MeetingSummaryView[]; failed: boolean };

export function useMoveTargets(api: AgendaApi, panelId: string, meetingId: string): MoveTargets {
  const [targets, setTargets] = useState<MoveTargets>({ meetings: [], failed: false });
  useEffect(() => {
    let current = true;
    api.panelMeetings(panelId).then(
      (meetings) => {
        if (current) setTargets({ meetings: moveTargets(meetings, meetingId, new Date()), failed: false });
      },
      () => {
        if (current) setTargets({ meetings: [], failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [api, panelId, meetingId]);
  return targets;
}
