import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { nextDelay, parseRetryAfter, retryableStatuses, sleep, type RetryPolicy } from "./retry-policy.js";

/**
 * Retries 429, 503 and 504 honouring Retry-After within the policy's bounds. When the bounds run out the last
 * response is passed on, and the adapter turns it into `GRAPH.THROTTLED` or `GRAPH.UNAVAILABLE`.
 */
export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error("RetryMiddleware needs a next middleware");
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      await next.execute(context);
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
