/**
 * Thrown when a notification's recipient cannot be reached yet: the person has never chatted with
 * Convenor, or the panel has no linked conversation. The outbox keeps the message and tries again later,
 * so it arrives once they say hello or the chat is linked.
 */
export class RecipientUnreachableError extends Error {
  static readonly retryAfterMs = 5 * 60_000;
  readonly retryAfterMs = RecipientUnreachableError.retryAfterMs;

  constructor(readonly recipient: string) {
    super(`${recipient} cannot be reached in Teams yet`);
    this.name = "RecipientUnreachableError";
  }
}
