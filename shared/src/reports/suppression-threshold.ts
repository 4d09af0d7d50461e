import type { StoreTx } from "../ports/store.port.js";
import { defaultSuppressionThreshold } from "./suppress-counts.js";

/**
 * The small-count threshold reports use. The default (5) until an administrator's setting is stored; kept
 * behind this one read so that setting lands in one place.
 */
export function loadSuppressionThreshold(_tx: StoreTx): Promise<number> {
  return Promise.resolve(defaultSuppressionThreshold);
}
