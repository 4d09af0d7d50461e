import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * msal-node insists on an https authority. In local mode the Graph sandbox's token endpoint is plain http on
 * loopback, so this network client sends msal's own requests there over http. Any other host is refused,
 * which also proves that no discovery call leaves the machine.
 */
export class LoopbackNetworkClient implements INetworkModule {
  /** Requests msal made, for diagnostics and tests. */
  readonly requested: string[] = [];

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("GET", url, options);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("POST", url, options);
  }

  private async send<T>(
    method: string,
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> {
    const target = new URL(url);
    if (!loopbackHosts.has(target.hostname))
      throw new Error(`Refusing a non-loopback token request to ${target.host}`);
    target.protocol = "http:";
    this.requested.push(`${method} ${target.pathname}`);
    const response = await fetch(target, { method, headers: options?.headers, body: options?.body ?? null });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    return { status: response.status, headers, body: (await response.json()) as T };
  }
}
