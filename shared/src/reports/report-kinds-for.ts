import type { PresetKey } from "../model/panel.js";
import type { ReportKind } from "./report-table.js";

/**
 * The reports that make sense for a panel of this preset, as its procedure reports upwards: the panels taking
 * referrals their minimum data set (002 A 7.2, 002 B 4.2; CIN reviews count in it), the panels agreeing
 * resources their unmet need (000 4c, 002 Appendix 2), the ISG its purchased placements (002 B 4.3), the High
 * Risk Panel its trends (004 Analysis) and a strategic group, which takes no referrals, its progress table (001).
 */
const kindsByPreset: Record<PresetKey, readonly ReportKind[]> = {
  "lc-jst": ["minimum-data-set", "unmet-need"],
  icsmg: ["minimum-data-set", "unmet-need"],
  isg: ["minimum-data-set", "unmet-need", "placements"],
  "cin-review": ["minimum-data-set"],
  "cic-hrp": ["high-risk-trends"],
  "strategic-review": ["strategic-review"],
};

export const reportKindsFor = (preset: PresetKey): readonly ReportKind[] => kindsByPreset[preset];
