import type { AuthenticationProvider, Context, Middleware } from "@microsoft/microsoft-graph-client";

/**
 * Adds the bearer token to requests for the configured Graph origin only (never to SharePoint upload URLs
 * or any other host). The SDK's own handler recognises https Graph hosts only, so the sandbox needs this.
 */
export class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly auth: AuthenticationProvider,
    private readonly graphOrigin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error("BearerTokenMiddleware needs a next middleware");
    const request = context.request as unknown as string | { url: string };
    const url = typeof request === "string" ? request : request.url;
    const headers = new Headers(context.options?.headers);
    if (new URL(url).origin === this.graphOrigin) {
      headers.set("Authorization", `Bearer ${await this.auth.getAccessToken()}`);
    } else {
      headers.delete("Authorization");
    }
    context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    await next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
