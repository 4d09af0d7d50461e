import { capacityRefusalReasonLabels, type CapacityRefusalReason } from "../model/capacity-refusal.js";
import { resourceLabels, type ResourceKind } from "../model/decision.js";
import { agencyLabels, type Agency } from "../model/people.js";
import { shanarriIndicators, referralStates } from "../model/referral.js";
import { reviewOutcomes } from "../model/cin-review.js";

const capitalised = (key: string) =>
  key ? key[0]!.toUpperCase() + key.slice(1).replaceAll("-", " ") : "Not given";

export const agencyLabel = (key: string) => agencyLabels[key as Agency] ?? capitalised(key);
export const resourceLabel = (key: string) => resourceLabels[key as ResourceKind] ?? capitalised(key);
export const plainLabel = capitalised;
export const capacityRefusalReasonLabel = (key: string) =>
  capacityRefusalReasonLabels[key as CapacityRefusalReason] ?? capitalised(key);

export const stateOrder: readonly string[] = referralStates.filter((state) => state !== "draft");
export const indicatorOrder: readonly string[] = shanarriIndicators;
export const reviewOutcomeOrder: readonly string[] = reviewOutcomes;
export const establishmentLabel = (value: string) => value.trim() || "Not given";
