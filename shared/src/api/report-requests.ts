import { z } from "zod";
import { reportKinds } from "../reports/report-table.js";
import { trackerMonth } from "./tracker-requests.js";

/** `:kind` of `GET /api/panels/:panelId/reports/:kind`. */
export const reportKindParam = z.enum(reportKinds);

/** `?from=YYYY-MM&to=YYYY-MM[&format=csv]`: the months covered (both included) and JSON or CSV. */
export const reportQuery = z
  .object({
    from: trackerMonth,
    to: trackerMonth,
    format: z.enum(["json", "csv"]).optional(),
  })
  .strict();

/** `PUT /api/report-settings`: the small-count threshold (administrators). */
export const reportSettingsBody = z.object({ suppressedBelow: z.number().int().min(1).max(100) }).strict();
