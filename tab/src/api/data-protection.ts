import type { RecordBreachBody, SuspectedBreach, WhoSawReport } from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";

const segment = encodeURIComponent;
const child = (childId: string) => `/data-protection/children/${segment(childId)}`;

/** The data protection routes (docs/api.md): a child found by reference in a POST body, ids only in addresses. */
export const dataProtectionApi = {
  findChild: (api: ApiClient, query: string) =>
    api.post<{ childId: string }>("/data-protection/children/search", { query }),
  whoSaw: (api: ApiClient, childId: string, from: string, to: string) =>
    api.get<WhoSawReport>(`${child(childId)}/who-saw`, { from, to }),
  subjectAccess: (api: ApiClient, childId: string) => api.getFile(`${child(childId)}/subject-access`),
  recordBreach: (api: ApiClient, childId: string, body: RecordBreachBody) =>
    api.post<SuspectedBreach>(`${child(childId)}/breaches`, body),
};
