import { waitForWindows, type RateWindow } from "@convenor/shared";

/** Teams' limit for one bot across all conversations in a tenant (Convenor is single-tenant). */
export const teamsAppLimits: readonly RateWindow[] = [{ max: 50, windowMs: 1_000 }];

/**
 * Takes a slot in one conversation's limits, shared by every service instance (the store keeps the windows):
 * 0 when taken, else the wait in ms, taking nothing.
 */
export type ReserveConversationSend = (conversationId: string, atMs: number) => Promise<number>;

/**
 * Rate limiting for outgoing operations: per conversation through the store (so two instances together keep
 * Teams' per-conversation limits), and for the whole app in this process. `reserve` either takes a slot now
 * (returns 0) or says how long to wait before one is free, taking nothing.
 */
export class ConversationRateLimiter {
  private appSent: number[] = [];

  constructor(
    private readonly reserveConversation: ReserveConversationSend,
    private readonly now: () => number = Date.now,
    private readonly appWindows: readonly RateWindow[] = teamsAppLimits,
  ) {}

  async reserve(conversationId: string): Promise<number> {
    const now = this.now();
    const longest = Math.max(...this.appWindows.map((window) => window.windowMs));
    this.appSent = this.appSent.filter((at) => at > now - longest);
    const appWait = waitForWindows(this.appSent, this.appWindows, now);
    if (appWait > 0) return appWait;
    // The app's slot is taken before awaiting the store, so concurrent sends in this process cannot share it.
    this.appSent.push(now);
    const wait = await this.reserveConversation(conversationId, now);
    if (wait > 0) this.appSent.splice(this.appSent.lastIndexOf(now), 1);
    return wait;
  }
}
