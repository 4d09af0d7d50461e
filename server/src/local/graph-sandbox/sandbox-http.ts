import { randomUUID } from "node:crypto";
import type { IssuedToken, SandboxState } from "./sandbox-state.js";
import type { SandboxStats } from "./sandbox-stats.js";

export interface SandboxRequest {
  method: string;
  /** Path without the `/v1.0` prefix for Graph calls, e.g. `/users/x/events`; raw (still percent-encoded). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  token: IssuedToken | null;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON, or raw bytes for file downloads. */
  body?: unknown;
}

export interface SandboxContext {
  state: SandboxState;
  /** The sandbox's own origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  dataDir: string;
  stats: SandboxStats;
}

export const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): SandboxResponse => ({
  status,
  body,
  headers,
});

/** Graph's error body: `{ error: { code, message, innerError } }`. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): SandboxResponse {
  const requestId = randomUUID();
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString(),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    },
    headers,
  );
}

export function readJson<T>(request: SandboxRequest): T | null {
  try {
    return JSON.parse(request.body.toString("utf8")) as T;
  } catch {
    return null;
  }
}

export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
