/**
 * The shape of `Result` in @convenor/shared, kept local because this packaging tool builds on its own
 * (the manifest workspace has no project reference to shared).
 */
export interface PackageError {
  /** Stable code, e.g. `MANIFEST.VARIABLES_MISSING`. */
  code: string;
  message: string;
  /** Names of the environment variables the error is about, or schema messages. */
  details: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PackageError };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = (
  code: string,
  message: string,
  details: string[] = [],
): { ok: false; error: PackageError } => ({
  ok: false,
  error: { code, message, details },
});
