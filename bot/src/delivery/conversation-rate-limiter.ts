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

/** Teams' limit for one bot across all conversations in a tenant (Convenor is single-tenant). */
export const teamsAppLimits: readonly RateWindow[] = [{ max: 50, windowMs: 1_000 }];

const appKey = Symbol("app");

/**
 * Rate limiting for outgoing operations, per conversation and for the whole app. `reserve` either takes a
 * slot now (returns 0) or says how long to wait before one is free, taking nothing.
 */
export class ConversationRateLimiter {
  private readonly sent = new Map<string | typeof appKey, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly conversationWindows: readonly RateWindow[] = teamsConversationLimits,
    private readonly appWindows: readonly RateWindow[] = teamsAppLimits,
  ) {}

  reserve(conversationId: string): number {
    const now = this.now();
    const conversation = this.recent(conversationId, this.conversationWindows, now);
    const app = this.recent(appKey, this.appWindows, now);
    const wait = Math.max(
      waitFor(conversation, this.conversationWindows, now),
      waitFor(app, this.appWindows, now),
    );
    if (wait === 0) {
      conversation.push(now);
      app.push(now);
    }
    this.keep(conversationId, conversation);
    this.keep(appKey, app);
    return wait;
  }

  private recent(key: string | typeof appKey, windows: readonly RateWindow[], now: number): number[] {
    const longest = Math.max(...windows.map((w) => w.windowMs));
    return (this.sent.get(key) ?? []).filter((at) => at > now - longest);
  }

  private keep(key: string | typeof appKey, times: number[]): void {
    if (times.length) this.sent.set(key, times);
    else this.sent.delete(key);
  }
}

function waitFor(times: readonly number[], windows: readonly RateWindow[], now: number): number {
  let wait = 0;
  for (const { max, windowMs } of windows) {
    const inWindow = times.filter((at) => at > now - windowMs);
    if (inWindow.length >= max) {
      const oldestBlocking = inWindow[inWindow.length - max] ?? now;
      wait = Math.max(wait, oldestBlocking + windowMs - now);
    }
  }
  return wait;
}
