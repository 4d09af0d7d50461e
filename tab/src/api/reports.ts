import type { Report, ReportKind } from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";

/** `GET /api/panels/:panelId/reports/:kind?from&to` (docs/api.md). */
export const reportsApi = {
  report: (api: ApiClient, panelId: string, kind: ReportKind, from: string, to: string) =>
    api.get<Report>(`/panels/${encodeURIComponent(panelId)}/reports/${kind}`, { from, to }),
};
