import type { StoreTx } from "../ports/store.port.js";
import { defaultSuppressionThreshold } from "./suppress-counts.js";

/** The small-count threshold reports use: the administrator's setting, else the default (5). */
export async function loadSuppressionThreshold(tx: StoreTx): Promise<number> {
  return (await tx.reports.suppressionThreshold()) ?? defaultSuppressionThreshold;
}
