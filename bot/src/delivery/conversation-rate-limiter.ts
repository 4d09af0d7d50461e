/** A sliding-window limit: at most `max` operations in any `windowMs`. */
export interface RateWindow {
  max: number;
  windowMs: number;
}

/** Teams' per-conversation bot limits: 7 operations a second and 60 in 30 seconds. */
export const teamsConversationLimits: readonly RateWindow[] = [
  { max: 7, windowMs: 1_000 },
  { max: 60, windowMs: 30_000 },
];

/**
 * Per-conversation rate limiting for outgoing operations. `reserve` either takes a slot now (returns 0) or
 * says how long to wait before one is free, taking nothing.
 */
export class ConversationRateLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly longest: number;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windows: readonly RateWindow[] = teamsConversationLimits,
  ) {
    this.longest = Math.max(...windows.map((w) => w.windowMs));
  }

  reserve(conversationId: string): number {
    const now = this.now();
    const recent = (this.sent.get(conversationId) ?? []).filter((at) => at > now - this.longest);
    let wait = 0;
    for (const { max, windowMs } of this.windows) {
      const inWindow = recent.filter((at) => at > now - windowMs);
      if (inWindow.length >= max) {
        const oldestBlocking = inWindow[inWindow.length - max] ?? now;
        wait = Math.max(wait, oldestBlocking + windowMs - now);
      }
    }
    if (wait === 0) recent.push(now);
    if (recent.length) this.sent.set(conversationId, recent);
    else this.sent.delete(conversationId);
    return wait;
  }
}
