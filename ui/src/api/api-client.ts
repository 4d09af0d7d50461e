import { ApiError, apiErrorFrom } from "./api-error.js";

export interface ApiClientOptions {
  /** The service's origin, e.g. `https://convenor.example.org`; empty for the page's own origin. */
  baseUrl?: string;
  /** A bearer token for the API; asked for on every call so a refreshed token is used. */
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
}

/** A body sent as it is rather than as JSON. */
class RawBody {
  constructor(readonly raw: Blob) {}
}

/** JSON over the Convenor API with a bearer token; a failure is an `ApiError` with the server's stable code. */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl?.replace(/\/$/, "") ?? "";
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString() ? `?${params.toString()}` : "";
    return this.send<T>("GET", `${path}${search}`);
  }

  post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.send<T>("POST", path, body, headers);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>("PUT", path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>("PATCH", path, body);
  }

  /** Sends a file as the raw body (its own content type), not as JSON: paper uploads. */
  postFile<T>(path: string, file: Blob, headers: Record<string, string> = {}): Promise<T> {
    const contentType = file.type || "application/octet-stream";
    return this.send<T>("POST", path, new RawBody(file), { "Content-Type": contentType, ...headers });
  }

  /** Downloads a file (e.g. a .zip) as a Blob; a failure is an `ApiError` like any other call. */
  async getFile(path: string): Promise<Blob> {
    const token = await this.options.getToken();
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    } catch {
      throw new ApiError("INTERNAL", "Convenor could not be reached: check your connection.", 0);
    }
    if (!response.ok) throw apiErrorFrom(response.status, await response.json().catch(() => null));
    return response.blob();
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const token = await this.options.getToken();
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api${path}`, {
        method,
        headers: {
          Accept: "application/json",
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: body instanceof RawBody ? body.raw : JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError("INTERNAL", "Convenor could not be reached: check your connection.", 0);
    }
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) throw apiErrorFrom(response.status, payload);
    return payload as T;
  }
}
