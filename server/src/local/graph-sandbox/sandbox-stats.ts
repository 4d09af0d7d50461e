export interface LoggedRequest {
  method: string;
  /** Graph path without the version, still percent-encoded. */
  path: string;
  status: number;
  inBatch: boolean;
}

/** A file the sandbox stored in a library, and how it came: one simple `PUT …/content` or an upload session. */
export interface FiledUpload {
  siteId: string;
  path: string;
  via: "simple-put" | "upload-session";
  size: number;
}

/** One `PUT` to an upload URL, as its Content-Range said, and the status the sandbox answered. */
export interface UploadChunk {
  start: number;
  length: number;
  total: number;
  status: number;
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
  /** Files stored in a library, in order, with the upload path each took. */
  readonly filed: FiledUpload[] = [];
  /** Chunks sent to upload sessions, in order (failed ones included). */
  readonly uploadChunks: UploadChunk[] = [];

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
    this.filed.length = 0;
    this.uploadChunks.length = 0;
  }
}
