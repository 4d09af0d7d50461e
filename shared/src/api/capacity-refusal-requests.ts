import { z } from "zod";
import type { CapacityRefusalReason } from "../model/capacity-refusal.js";
import { identifier } from "./identifier.js";

/**
 * `POST /api/panels/{panelId}/capacity-refusals`. Types and outer bounds only: the use case checks each field
 * against its limits and says which one is wrong. Strict: a child's name, id or case detail has no place here
 * and any such field is refused.
 */
export const recordCapacityRefusalBody = z.strictObject({
  idempotencyKey: identifier(128, 8),
  organisation: z.string().max(2000),
  service: z.string().max(2000),
  reason: z.string().max(40),
  waitingWeeks: z.number().nullable().optional(),
  refusedOn: z.string().max(40),
  locality: z.string().max(2000).nullable().optional(),
});
export type RecordCapacityRefusalBody = z.infer<typeof recordCapacityRefusalBody>;
export type RecordCapacityRefusalInput = RecordCapacityRefusalBody & { panelId: string };

/** One refusal as the tab lists it: what was asked for and why it was refused, never who for. */
export interface CapacityRefusalRow {
  id: string;
  organisation: string;
  service: string;
  reason: CapacityRefusalReason;
  reasonLabel: string;
  waitingWeeks: number | null;
  refusedOn: string;
  locality: string | null;
  recordedAt: string;
}

export interface CapacityRefusalsView {
  panelId: string;
  panelName: string;
  /** The panel's latest refusals, most recently refused first. */
  refusals: CapacityRefusalRow[];
}

export interface RecordCapacityRefusalResult {
  refusal: CapacityRefusalRow;
  /** True when this answer repeats an earlier request with the same idempotency key. */
  replayed: boolean;
}
