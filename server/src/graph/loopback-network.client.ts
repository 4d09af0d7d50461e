import { TimedNetworkClient } from "./timed-network.client.js";

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * msal-node insists on an https authority. In local mode the Graph sandbox's token endpoint is plain http on
 * loopback, so this network client sends msal's own requests there over http. Any other host is refused,
 * which also proves that no discovery call leaves the machine.
 */
export class LoopbackNetworkClient extends TimedNetworkClient {
  /** Requests msal made, for diagnostics and tests. */
  readonly requested: string[] = [];

  protected override target(method: string, url: string): URL {
    const target = new URL(url);
    if (!loopbackHosts.has(target.hostname))
      throw new Error(`Refusing a non-loopback token request to ${target.host}`);
    target.protocol = "http:";
    this.requested.push(`${method} ${target.pathname}`);
    return target;
  }
}
