import type {
  CaseObservation,
  CaseObservationView,
  MinuteAgreement,
  MinutesView,
  MinuteVersion,
  OutcomeProgressRow,
} from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";

const path = (meetingId: string, rest = "") => `/meetings/${encodeURIComponent(meetingId)}${rest}`;

/** A meeting's minute and case observations (docs/api.md "Minutes"); changes send the revision read. */
export const minutesApi = (api: ApiClient) => ({
  view: (meetingId: string) => api.get<MinutesView>(path(meetingId, "/minutes")),
  draft: (meetingId: string) => api.post<MinuteVersion>(path(meetingId, "/minutes"), {}),
  edit: (
    meetingId: string,
    version: number,
    change: {
      revision: number;
      generalBusiness?: string;
      itemNotes?: { agendaItemId: string; notes: string }[];
      progress?: OutcomeProgressRow[];
    },
  ) => api.patch<MinuteVersion>(path(meetingId, `/minutes/${version}`), change),
  circulate: (meetingId: string, version: number, revision: number) =>
    api.post<MinuteVersion>(path(meetingId, `/minutes/${version}/circulate`), { revision }),
  agree: (meetingId: string, version: number, revision: number) =>
    api.post<MinuteVersion>(path(meetingId, `/minutes/${version}/agree`), { revision }),
  agreements: (
    meetingId: string,
    version: number,
    body: { revision: number; agreements: MinuteAgreement[]; contentiousIssues: string },
  ) => api.put<MinuteVersion>(path(meetingId, `/minutes/${version}/agreements`), body),
  observations: (meetingId: string) => api.get<CaseObservationView[]>(path(meetingId, "/observations")),
  recordObservation: (meetingId: string, agendaItemId: string, text: string) =>
    api.post<CaseObservation>(path(meetingId, "/observations"), { agendaItemId, text }),
});
