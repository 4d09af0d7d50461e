/** Error codes shared by every use case. Feature-specific codes live next to their feature. */
export const ErrorCodes = {
  validation: "VALIDATION.FAILED",
  notFound: "NOT_FOUND",
  forbidden: "AUTH.FORBIDDEN",
  unauthenticated: "AUTH.UNAUTHENTICATED",
  conflict: "CONCURRENCY.CONFLICT",
  duplicate: "IDEMPOTENCY.IN_PROGRESS",
} as const;
