import type { PresetKey } from "../model/panel.js";
import { reportKinds, type ReportKind } from "./report-table.js";

/**
 * The reports that make sense for a panel of this preset: a strategic group (001) takes no referrals, holds no
 * case items and keeps no tracker, so it has its progress table only; case panels have every report but that.
 */
export const reportKindsFor = (preset: PresetKey): readonly ReportKind[] =>
  preset === "strategic-review"
    ? ["strategic-review"]
    : reportKinds.filter((kind) => kind !== "strategic-review");
