import type { DomainError } from "@convenor/shared";

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** A failed API call: the server's domain error (code, message, fields) and the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: DomainError,
  ) {
    super(error.message);
    this.name = "ApiError";
  }
}

export type Query = Record<string, string | number | undefined>;

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/**
 * Calls the JSON API with a bearer token. A 401 gets one retry with a fresh token (an expired local token, or
 * Teams having rotated its token); any other failure is thrown as an ApiError carrying the server's message.
 */
export function createApiClient(deps: {
  fetch: Fetch;
  getToken: (options?: { fresh?: boolean }) => Promise<string>;
  baseUrl?: string;
}): ApiClient {
  const base = deps.baseUrl ?? "/api";

  async function send<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const attempt = async (fresh: boolean) =>
      deps.fetch(`${base}${path}`, {
        method,
        headers: {
          accept: "application/json",
          authorization: `Bearer ${await deps.getToken({ fresh })}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    let response = await attempt(false);
    if (response.status === 401) response = await attempt(true);
    const payload = await readJson(response);
    if (!response.ok) throw new ApiError(response.status, errorOf(payload, response.status));
    return payload as T;
  }

  return {
    get: (path, query) => send("GET", `${path}${queryString(query)}`),
    post: (path, body) => send("POST", path, body),
  };
}

export function queryString(query: Query | undefined): string {
  const entries = Object.entries(query ?? {}).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  return entries.length
    ? `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}`
    : "";
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function errorOf(payload: unknown, status: number): DomainError {
  const error = (payload as { error?: DomainError } | null)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") return error;
  return {
    code: status >= 500 ? "INTERNAL" : "REQUEST.INVALID",
    message:
      status >= 500
        ? "Convenor is not answering properly just now. Try again in a minute."
        : `The request was refused (HTTP ${status}).`,
  };
}
