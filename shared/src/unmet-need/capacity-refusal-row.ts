import type { CapacityRefusalRow } from "../api/capacity-refusal-requests.js";
import { capacityRefusalReasonLabels, type CapacityRefusal } from "../model/capacity-refusal.js";

/** A refusal as it is shown: who recorded it stays in the audit trail. */
export const capacityRefusalRow = (refusal: CapacityRefusal): CapacityRefusalRow => ({
  id: refusal.id,
  organisation: refusal.organisation,
  service: refusal.service,
  reason: refusal.reason,
  reasonLabel: capacityRefusalReasonLabels[refusal.reason],
  waitingWeeks: refusal.waitingWeeks,
  refusedOn: refusal.refusedOn,
  locality: refusal.locality,
  recordedAt: refusal.recordedAt,
});
