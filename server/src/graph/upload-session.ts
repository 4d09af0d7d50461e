import type { DriveItem, UploadSession } from "@microsoft/microsoft-graph-types";
import { nextDelay, parseRetryAfter, sleep, type RetryPolicy } from "./retry-policy.js";

/** Upload session chunks must be a multiple of 320 KiB; 16 of them make 5 MiB. */
export const chunkUnit = 320 * 1024;
export const chunkSize = 16 * chunkUnit;
/**
 * A chunk carries up to 5 MiB, so it may take longer than an ordinary request: each chunk PUT gets this many
 * attempt timeouts (2 minutes by default, about 350 kbit/s) before it counts as a failed chunk.
 */
export const chunkTimeoutFactor = 4;

export type ChunkedUploadOutcome =
  { ok: true; item: DriveItem } | { ok: false; status: number; detail: string };

/** A chunk's answer, read in full within the chunk's timeout. */
interface ChunkAnswer {
  status: number;
  retryAfter: string | null;
  body: string;
}

/**
 * Sends the content to an upload session in ranged PUTs. After a failed chunk it asks the session for its
 * next expected range and resumes there, within the retry policy's bounds, counted from the first failure
 * since the upload last moved on (a long upload may take longer than the budget without any failure). A chunk
 * without its whole answer within `chunkTimeoutFactor` attempt timeouts is a failed chunk. The upload URL is
 * pre-authorised: no bearer token is sent to it. When it gives up it cancels the session, so the bytes sent
 * are dropped now rather than when the session expires; the caller's retry starts a new session.
 */
export async function uploadInChunks(
  uploadUrl: string,
  content: Uint8Array,
  policy: RetryPolicy,
): Promise<ChunkedUploadOutcome> {
  const outcome = await sendChunks(uploadUrl, content, policy);
  if (!outcome.ok) await cancelSession(uploadUrl, policy.attemptTimeoutMs);
  return outcome;
}

async function sendChunks(
  uploadUrl: string,
  content: Uint8Array,
  policy: RetryPolicy,
): Promise<ChunkedUploadOutcome> {
  const total = content.byteLength;
  let offset = 0;
  let failures = 0;
  let failingSince: number | null = null;
  for (;;) {
    const end = Math.min(offset + chunkSize, total);
    const answer = await putChunk(
      uploadUrl,
      content,
      offset,
      end,
      policy.attemptTimeoutMs * chunkTimeoutFactor,
    );
    if (answer && (answer.status === 200 || answer.status === 201)) {
      return { ok: true, item: JSON.parse(answer.body) as DriveItem };
    }
    if (answer && answer.status === 202) {
      offset = nextOffset(JSON.parse(answer.body) as UploadSession) ?? end;
      failures = 0;
      failingSince = null;
      continue;
    }
    failures++;
    failingSince ??= Date.now();
    const status = answer?.status ?? 0;
    const detail = answer?.body ?? "no answer, or the connection failed";
    if (
      status === 404 ||
      status === 409 ||
      status === 416 ||
      (status >= 400 && status < 500 && status !== 429)
    ) {
      return { ok: false, status, detail };
    }
    const delay = nextDelay(policy, failures, failingSince, parseRetryAfter(answer?.retryAfter));
    if (delay === null) return { ok: false, status, detail };
    await sleep(delay);
    const resumeAt = await expectedOffset(uploadUrl, policy.attemptTimeoutMs);
    if (resumeAt === null) return { ok: false, status, detail: "The upload session was lost" };
    offset = resumeAt;
  }
}

async function putChunk(
  uploadUrl: string,
  content: Uint8Array,
  start: number,
  end: number,
  timeoutMs: number,
): Promise<ChunkAnswer | null> {
  try {
    const response = await fetch(uploadUrl, {
      method: "PUT",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "Content-Length": String(end - start),
        "Content-Range": `bytes ${start}-${end - 1}/${content.byteLength}`,
      },
      body: content.subarray(start, end),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      body: await response.text(),
    };
  } catch {
    return null;
  }
}

/** Best effort: a session that cannot be cancelled expires on its own. */
async function cancelSession(uploadUrl: string, timeoutMs: number): Promise<void> {
  try {
    await fetch(uploadUrl, { method: "DELETE", signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    // The session expires by itself (Graph's expirationDateTime).
  }
}

async function expectedOffset(uploadUrl: string, timeoutMs: number): Promise<number | null> {
  try {
    const response = await fetch(uploadUrl, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    return nextOffset((await response.json()) as UploadSession);
  } catch {
    return null;
  }
}

function nextOffset(session: UploadSession): number | null {
  const first = session.nextExpectedRanges?.[0];
  const start = first ? Number(first.split("-")[0]) : NaN;
  return Number.isFinite(start) ? start : null;
}
