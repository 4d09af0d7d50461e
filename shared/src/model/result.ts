import type { ErrorCode } from "./error-codes.js";

/** Expected failures are values: a use case returns `ok(value)` or `fail(error)`. */
export interface FieldError {
  /** The form field or JSON path the error belongs to, e.g. `child.dateOfBirth`. */
  field: string;
  code: ErrorCode;
  message: string;
}

export interface DomainError {
  /** Stable code from the catalogue that edges map to card titles and HTTP statuses. */
  code: ErrorCode;
  /** A sentence a practitioner understands. */
  message: string;
  fields?: FieldError[];
}

export type Result<T, E extends DomainError = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = (
  code: ErrorCode,
  message: string,
  fields?: FieldError[],
): { ok: false; error: DomainError } => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

/** Thrown inside a transaction to roll it back while still returning a domain error to the caller. */
export class DomainFailure extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = "DomainFailure";
  }
}
