/** Thrown by the deliverer when a conversation is over its rate limit or Teams answered 429. */
export class ThrottledError extends Error {
  constructor(
    readonly retryAfterMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = "ThrottledError";
  }
}
