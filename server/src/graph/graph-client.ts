import { Client, HTTPMessageHandler, type AuthenticationProvider } from "@microsoft/microsoft-graph-client";
import { BearerTokenMiddleware } from "./bearer-token.middleware.js";
import { RetryMiddleware } from "./retry.middleware.js";
import type { RetryPolicy } from "./retry-policy.js";

export interface GraphClientOptions {
  /** Graph's origin: `https://graph.microsoft.com`, or the sandbox's URL in local mode. */
  baseUrl: string;
  auth: AuthenticationProvider;
  retry: RetryPolicy;
}

/** The Microsoft Graph SDK client with Convenor's middleware: bearer token for the Graph origin, bounded retries. */
export function createGraphClient(options: GraphClientOptions): Client {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const bearer = new BearerTokenMiddleware(options.auth, new URL(baseUrl).origin);
  const retry = new RetryMiddleware(options.retry);
  const http = new HTTPMessageHandler();
  bearer.setNext(retry);
  retry.setNext(http);
  return Client.initWithMiddleware({ middleware: bearer, baseUrl, defaultVersion: "v1.0" });
}
