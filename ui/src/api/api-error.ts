import type { DomainError, ErrorCode, FieldError } from "@convenor/shared";
import { taskPaneMessages } from "./task-pane-messages.js";

/** A failed API call: the server's stable code, and what to tell the person. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** The server's own sentence, which often names what to fix. */
    readonly serverMessage: string,
    readonly status: number,
    readonly fields: FieldError[] = [],
  ) {
    super(`${code}: ${serverMessage}`);
    this.name = "ApiError";
  }

  /** What the front end shows: the task pane's wording for the code, then the server's detail. */
  get userMessage(): string {
    const general = taskPaneMessages[this.code];
    return this.serverMessage && this.serverMessage !== general
      ? `${general} ${this.serverMessage}`
      : general;
  }
}

const isKnownCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && Object.hasOwn(taskPaneMessages, value);

/** Reads the `{ error: DomainError }` body the API sends with every failure; anything else is INTERNAL. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: Partial<DomainError> } | null)?.error;
  if (error && isKnownCode(error.code)) {
    return new ApiError(
      error.code,
      typeof error.message === "string" ? error.message : "",
      status,
      Array.isArray(error.fields) ? error.fields : [],
    );
  }
  if (status === 401) return new ApiError("AUTH.UNAUTHENTICATED", "", status);
  return new ApiError("INTERNAL", "", status);
}
