/** Bounds for retrying throttled or unavailable Graph calls. */
export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Time budget from the first attempt; a wait that would overrun it is not started. */
  maxTotalMs: number;
  /** Wait when the response carries no Retry-After; doubles each attempt. */
  baseDelayMs: number;
  /**
   * How long one attempt may wait for its answer (token requests too); an attempt that gets none is aborted
   * and counts as a transient failure. A retry is not started past `maxTotalMs`, so a call gives up after at
   * most `maxTotalMs` plus one attempt's timeout.
   */
  attemptTimeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  maxTotalMs: 60_000,
  baseDelayMs: 500,
  attemptTimeoutMs: 30_000,
};

export const retryableStatuses: ReadonlySet<number> = new Set([429, 503, 504]);

/** Retry-After as seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The wait before the next attempt, or null when the policy says stop. `attempt` counts from 1. */
export function nextDelay(
  policy: RetryPolicy,
  attempt: number,
  startedAt: number,
  retryAfterMs: number | null,
  now: number = Date.now(),
): number | null {
  if (attempt >= policy.maxAttempts) return null;
  const delay = retryAfterMs ?? policy.baseDelayMs * 2 ** (attempt - 1);
  return now + delay - startedAt > policy.maxTotalMs ? null : delay;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
