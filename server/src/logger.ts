import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs. Never pass a child's name, date of birth or case detail: log ids, references and codes.
 * The redaction list is a safety net for fields that could carry them by mistake.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  const redact = {
    paths: [
      "*.givenName",
      "*.familyName",
      "*.dateOfBirth",
      "*.child",
      "*.form",
      "*.authorization",
      "*.password",
      "*.secret",
      "req.headers.authorization",
    ],
    censor: "[redacted]",
  };
  return options.destination
    ? pino({ level, redact }, options.destination as pino.DestinationStream)
    : pino({ level, redact });
}
