export interface LoggedRequest {
  method: string;
  /** Graph path without the version, still percent-encoded. */
  path: string;
  status: number;
  inBatch: boolean;
}

/** What reached the sandbox, so tests and the benchmark can count requests and the sandbox's own time. */
export class SandboxStats {
  /** Every HTTP request the sandbox received (Graph, token endpoint, upload URLs, files). */
  httpRequests = 0;
  tokenRequests = 0;
  /** Requests left unanswered by the `hang` fault, as `METHOD /path` without `/v1.0`. */
  readonly unanswered: string[] = [];
  /** Graph calls, top-level and inside `$batch`. */
  readonly graph: LoggedRequest[] = [];
  /** Milliseconds spent handling requests, injected latency excluded. */
  handlerMs = 0;

  count(method: string, pathPattern: RegExp, options: { inBatch?: boolean } = {}): number {
    return this.graph.filter(
      (entry) =>
        entry.method === method &&
        pathPattern.test(entry.path) &&
        (options.inBatch === undefined || entry.inBatch === options.inBatch),
    ).length;
  }

  reset(): void {
    this.httpRequests = 0;
    this.tokenRequests = 0;
    this.graph.length = 0;
    this.unanswered.length = 0;
    this.handlerMs = 0;
  }
}
