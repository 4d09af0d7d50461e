import {
  ClientAuthError,
  ClientAuthErrorCodes,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from "@azure/msal-node";

/**
 * msal's network client with a bound on each request: msal-node's own client never times out a POST, so a
 * token endpoint (Entra ID, the managed identity endpoint, the sandbox) that accepts the connection and never
 * answers would hold every Graph call behind it. A request without an answer in `timeoutMs` fails with msal's
 * network error instead.
 */
export class TimedNetworkClient implements INetworkModule {
  constructor(readonly timeoutMs: number) {}

  sendGetRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    return this.send<T>("GET", url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("POST", url, options);
  }

  /** Where a request goes; a subclass may refuse or rewrite it. */
  protected target(_method: string, url: string): URL {
    return new URL(url);
  }

  private async send<T>(
    method: "GET" | "POST",
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    const target = this.target(method, url);
    const timeoutMs = Math.min(timeout ?? this.timeoutMs, this.timeoutMs);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(target, {
        method,
        headers: options?.headers,
        body: method === "POST" ? (options?.body ?? "") : null,
        signal,
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      return { status: response.status, headers, body: (await response.json()) as T };
    } catch (error) {
      if (!signal.aborted) throw error;
      throw new ClientAuthError(
        ClientAuthErrorCodes.networkError,
        "",
        `The token request to ${target.host} got no answer within ${timeoutMs} ms`,
      );
    }
  }
}
