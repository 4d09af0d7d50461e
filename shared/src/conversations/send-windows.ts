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
 * Teams counts sends as they arrive, and a send arrives a little after its slot was reserved, by a journey
 * that varies. Holding each window this much longer than Teams' keeps two sends a window apart at Teams too.
 */
export const arrivalMarginMs = 250;

/** The windows Convenor reserves sends in: Teams' per-conversation limits, each held `arrivalMarginMs` longer. */
export const conversationSendWindows: readonly RateWindow[] = teamsConversationLimits.map((window) => ({
  max: window.max,
  windowMs: window.windowMs + arrivalMarginMs,
}));

/** How far back sends still count: the longest window. Older sends can be forgotten. */
export const longestWindowMs = (windows: readonly RateWindow[]): number =>
  Math.max(0, ...windows.map((window) => window.windowMs));

/**
 * How long to wait (ms) before one more send fits every window, given the times (ms) of earlier sends,
 * oldest first; 0 when it fits now.
 */
export function waitForWindows(
  sentAtMs: readonly number[],
  windows: readonly RateWindow[],
  nowMs: number,
): number {
  let wait = 0;
  for (const { max, windowMs } of windows) {
    const inWindow = sentAtMs.filter((at) => at > nowMs - windowMs);
    if (inWindow.length >= max) {
      const oldestBlocking = inWindow[inWindow.length - max] ?? nowMs;
      wait = Math.max(wait, oldestBlocking + windowMs - nowMs);
    }
  }
  return wait;
}

/**
 * One reservation over a conversation's recorded sends, as every store adapter applies it: the sends still
 * inside the longest window (older ones pruned), and whether this one was recorded.
 */
export function reserveInWindows(
  sentAtMs: readonly number[],
  windows: readonly RateWindow[],
  nowMs: number,
): { wait: number; kept: number[] } {
  const recent = sentAtMs.filter((at) => at > nowMs - longestWindowMs(windows)).sort((a, b) => a - b);
  const wait = waitForWindows(recent, windows, nowMs);
  return { wait, kept: wait === 0 ? [...recent, nowMs] : recent };
}
