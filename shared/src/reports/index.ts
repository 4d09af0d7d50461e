export type {
  PlacementCountRow,
  ListedCountRow,
  RedCountRow,
  TimeOnListRow,
  ReferralCountRow,
  ReferralReasonRow,
  ReportRange,
  ReviewCountRow,
  UnmetNeedCountRow,
  CapacityRefusalCountRow,
} from "./report-rows.js";
export {
  reportKinds,
  type Report,
  type ReportKind,
  type ReportTable,
  type TextReportTable,
} from "./report-table.js";
export {
  annualReportPeriod,
  checkReportRange,
  maxReportMonths,
  monthsOf,
  type MonthRange,
} from "./report-range.js";
export { defaultSuppressionThreshold, suppressedTable } from "./suppress-counts.js";
export { ReportCodes } from "./report-codes.js";
export { csvCell, reportCsv } from "./report-csv.js";
export { getMinimumDataSet } from "./get-minimum-data-set.js";
export { getUnmetNeedReport } from "./get-unmet-need-report.js";
export { getPlacementsReport } from "./get-placements-report.js";
export { maxSuppressionThreshold, setSuppressionThreshold } from "./set-suppression-threshold.js";
export { getHighRiskTrends } from "./get-high-risk-trends.js";
export { getStrategicReview } from "./get-strategic-review.js";
export { reportKindsFor } from "./report-kinds-for.js";
