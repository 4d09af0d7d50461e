import type { Client } from "@microsoft/microsoft-graph-client";
import { nextDelay, parseRetryAfter, retryableStatuses, sleep, type RetryPolicy } from "./retry-policy.js";

export const maxRequestsPerBatch = 20;
/** Outlook runs at most 4 concurrent requests per app and mailbox: requests in a batch are chained in 4 lanes. */
export const concurrentLanes = 4;

export interface BatchStep {
  id: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchStepResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface BatchResponseBody {
  responses: BatchStepResponse[];
}

/**
 * Sends steps through `$batch`: at most 20 a batch, one batch in flight, each batch chained with `dependsOn`
 * into 4 lanes. Steps throttled inside a batch (429, 503, 504, or 424 behind a failed step) are sent again
 * after their Retry-After, within the policy's bounds; what is still failing is returned as it is.
 */
export async function sendInBatches(
  client: Client,
  steps: readonly BatchStep[],
  policy: RetryPolicy,
): Promise<Map<string, BatchStepResponse>> {
  const results = new Map<string, BatchStepResponse>();
  const startedAt = Date.now();
  let pending = [...steps];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const retry: BatchStep[] = [];
    let retryAfterMs: number | null = null;
    for (let index = 0; index < pending.length; index += maxRequestsPerBatch) {
      const chunk = pending.slice(index, index + maxRequestsPerBatch);
      const body = (await client
        .api("/$batch")
        .post({ requests: chunk.map(withLanes) })) as BatchResponseBody;
      for (const response of body.responses) {
        results.set(response.id, response);
        if (retryableStatuses.has(response.status) || response.status === 424) {
          const step = chunk.find((candidate) => candidate.id === response.id);
          if (step) retry.push(step);
          const wait = parseRetryAfter(headerValue(response.headers, "retry-after"));
          if (wait !== null) retryAfterMs = Math.max(retryAfterMs ?? 0, wait);
        }
      }
    }
    if (retry.length === 0) break;
    const delay = nextDelay(policy, attempt, startedAt, retryAfterMs);
    if (delay === null) break;
    await sleep(delay);
    pending = retry;
  }
  return results;
}

function withLanes(step: BatchStep, index: number, chunk: readonly BatchStep[]) {
  const before = index >= concurrentLanes ? chunk[index - concurrentLanes] : undefined;
  return { ...step, ...(before ? { dependsOn: [before.id] } : {}) };
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key ? (headers[key] ?? null) : null;
}
