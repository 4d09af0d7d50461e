import type { DomainError } from "@convenor/shared";

/** Maps a domain error code to the HTTP status an API client should see. */
export function statusFor(error: DomainError): number {
  const code = error.code;
  if (code === "AUTH.UNAUTHENTICATED") return 401;
  if (code === "AUTH.FORBIDDEN") return 403;
  if (code === "NOT_FOUND" || code.endsWith(".NOT_FOUND")) return 404;
  if (
    code === "CONCURRENCY.CONFLICT" ||
    code === "IDEMPOTENCY.IN_PROGRESS" ||
    code.endsWith(".INVALID_TRANSITION")
  ) {
    return 409;
  }
  if (code.startsWith("GRAPH.")) return 503;
  return 422;
}

export function errorBody(error: DomainError): { error: DomainError } {
  return { error };
}
