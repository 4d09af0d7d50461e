/** A failure the sandbox answers with instead of (or, with `afterHandling`, after) doing the work. */
export interface FaultRule {
  /** Tested against `METHOD /path` without the version, e.g. `POST /users/a@b/calendar/getSchedule`. */
  match: RegExp;
  status: 429 | 500 | 503 | 504;
  /** How many matching requests fail; `Infinity` for a storm that never ends. */
  times: number;
  retryAfterSeconds?: number;
  /** Do the work, then fail: a response lost on its way back (a retried create must not make two events). */
  afterHandling?: boolean;
  /** Apply to steps inside `$batch` (answered in the batch response) instead of top-level requests. */
  inBatch?: boolean;
}

export interface GraphSandboxFaults {
  rules?: FaultRule[];
  /** Added to every Graph response. */
  latencyMs?: number;
  /**
   * Requests the sandbox accepts and never answers (the connection stays open until the caller gives up).
   * `match` is tested against `METHOD /path` as received with Graph's `/v1.0` removed, so it also reaches the
   * token endpoint and upload URLs, e.g. `GET /users`, `POST /convenor-local/oauth2/v2.0/token`.
   */
  hang?: { match: RegExp; times: number };
  /**
   * The upload chunk with this index (from 0, counting every chunk PUT) keeps `acceptBytes` of its bytes, then
   * fails; so do the `times - 1` chunk PUTs after it (an outage; `Infinity` for one that never ends). With
   * `afterHandling` the chunk is taken in full (the last one completes the file) and the answer is lost.
   */
  uploadChunk?: {
    index: number;
    status?: 429 | 500 | 503;
    acceptBytes?: number;
    times?: number;
    retryAfterSeconds?: number;
    afterHandling?: boolean;
  };
}

export interface UploadChunkFailure {
  status: number;
  acceptBytes: number;
  afterHandling: boolean;
  headers: Record<string, string>;
}

export interface AppliedFault {
  status: number;
  headers: Record<string, string>;
  afterHandling: boolean;
}

/** The sandbox's configured faults and how many of each have fired. */
export class SandboxFaults {
  private rules: (FaultRule & { fired: number })[] = [];
  private chunkCount = 0;
  latencyMs = 0;
  private chunk: GraphSandboxFaults["uploadChunk"];
  private hang: (NonNullable<GraphSandboxFaults["hang"]> & { fired: number }) | null = null;

  constructor(faults: GraphSandboxFaults = {}) {
    this.set(faults);
  }

  set(faults: GraphSandboxFaults): void {
    this.rules = (faults.rules ?? []).map((rule) => ({ ...rule, fired: 0 }));
    this.latencyMs = faults.latencyMs ?? 0;
    this.chunk = faults.uploadChunk;
    this.chunkCount = 0;
    this.hang = faults.hang ? { ...faults.hang, fired: 0 } : null;
  }

  /** Whether to leave this request unanswered; `key` is `METHOD /path` without `/v1.0`. */
  takeHang(key: string): boolean {
    if (!this.hang || this.hang.fired >= this.hang.times || !this.hang.match.test(key)) return false;
    this.hang.fired++;
    return true;
  }

  take(method: string, path: string, inBatch: boolean): AppliedFault | null {
    const key = `${method} ${path}`;
    const rule = this.rules.find(
      (candidate) =>
        (candidate.inBatch ?? false) === inBatch &&
        candidate.fired < candidate.times &&
        candidate.match.test(key),
    );
    if (!rule) return null;
    rule.fired++;
    const headers: Record<string, string> =
      rule.retryAfterSeconds !== undefined ? { "Retry-After": String(rule.retryAfterSeconds) } : {};
    return { status: rule.status, headers, afterHandling: rule.afterHandling ?? false };
  }

  uploadChunkFailure(): UploadChunkFailure | null {
    const index = this.chunkCount++;
    const chunk = this.chunk;
    if (!chunk || index < chunk.index || index >= chunk.index + (chunk.times ?? 1)) return null;
    const status = chunk.status ?? 503;
    return {
      status,
      acceptBytes: chunk.acceptBytes ?? 0,
      afterHandling: chunk.afterHandling ?? false,
      headers:
        chunk.retryAfterSeconds !== undefined ? { "Retry-After": String(chunk.retryAfterSeconds) } : {},
    };
  }
}

export const faultCode = (status: number): string =>
  status === 429
    ? "TooManyRequests"
    : status === 504
      ? "GatewayTimeout"
      : status === 500
        ? "InternalServerError"
        : "ServiceUnavailable";

export const faultMessage = (status: number): string =>
  status === 429
    ? "Too many requests. Please retry after the time in the Retry-After header."
    : "The service is temporarily unavailable.";
