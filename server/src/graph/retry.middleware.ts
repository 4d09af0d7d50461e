import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { nextDelay, parseRetryAfter, retryableStatuses, sleep, type RetryPolicy } from "./retry-policy.js";

/**
 * Retries 429, 503, 504 and attempts that get no answer within the policy's attempt timeout, honouring
 * Retry-After within the policy's bounds. When the bounds run out the last response is passed on (the adapter
 * turns it into `GRAPH.THROTTLED` or `GRAPH.UNAVAILABLE`), or the last timeout is thrown (the SDK makes it a
 * `GraphError` without a status, which the adapter turns into `GRAPH.UNAVAILABLE`). A caller's own abort
 * signal is honoured and never retried.
 */
export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error("RetryMiddleware needs a next middleware");
    const callerSignal = context.options?.signal ?? null;
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(this.policy.attemptTimeoutMs);
      context.options = {
        ...context.options,
        signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout,
      };
      try {
        await next.execute(context);
      } catch (error) {
        const timedOut = timeout.aborted && !callerSignal?.aborted;
        const delay = timedOut ? nextDelay(this.policy, attempt, startedAt, null) : null;
        if (delay === null) throw error;
        await sleep(delay);
        continue;
      }
      const response = context.response;
      if (!response || !retryableStatuses.has(response.status)) return;
      const delay = nextDelay(
        this.policy,
        attempt,
        startedAt,
        parseRetryAfter(response.headers.get("retry-after")),
      );
      if (delay === null) return;
      await response.body?.cancel();
      await sleep(delay);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
