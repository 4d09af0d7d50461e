import type { RetentionPeriods, RetentionPeriodsResponse } from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";

/** `GET` and `PUT /api/retention-periods` (docs/api.md): administrators only. */
export const retentionApi = {
  periods: (api: ApiClient) => api.get<RetentionPeriodsResponse>("/retention-periods"),
  setPeriods: (api: ApiClient, periods: RetentionPeriods) =>
    api.put<RetentionPeriodsResponse>("/retention-periods", periods),
};
