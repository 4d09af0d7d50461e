import { randomUUID } from "node:crypto";
import type { FieldValueSet, UploadSession } from "@microsoft/microsoft-graph-types";
import { invalidPathReason, resolveConflict, storeFile } from "./drive-store.js";
import type { SandboxFaults } from "./sandbox-faults.js";
import {
  graphError,
  json,
  readJson,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxSite, UploadSessionState } from "./sandbox-state.js";

/** Library columns the seeded panel libraries have (internal names). */
export const libraryColumns = ["ConvenorPanel", "ConvenorMeetingDate", "ConvenorVersion", "ConvenorStatus"];
const chunkUnit = 320 * 1024;

export async function putContent(
  context: SandboxContext,
  request: SandboxRequest,
  site: SandboxSite,
  path: string,
): Promise<SandboxResponse> {
  const invalid = invalidPathReason(path);
  if (invalid) return graphError(400, "invalidRequest", invalid);
  if (request.body.byteLength > 250 * 1024 * 1024)
    return graphError(413, "requestTooLarge", "Use an upload session.");
  const conflict = request.query.get("@microsoft.graph.conflictBehavior") ?? "replace";
  const target = await resolveConflict(context, site, path, conflict);
  if (!target) return graphError(409, "nameAlreadyExists", "The specified item name already exists.");
  return json(201, await storeFile(context, site, target, request.body));
}

export async function createUploadSession(
  context: SandboxContext,
  request: SandboxRequest,
  site: SandboxSite,
  path: string,
): Promise<SandboxResponse> {
  const invalid = invalidPathReason(path);
  if (invalid) return graphError(400, "invalidRequest", invalid);
  const body = readJson<{ item?: Record<string, string> }>(request);
  const conflict = body?.item?.["@microsoft.graph.conflictBehavior"] ?? "replace";
  if (conflict === "fail" && !(await resolveConflict(context, site, path, "fail"))) {
    return graphError(409, "nameAlreadyExists", "The specified item name already exists.");
  }
  const id = randomUUID();
  const session: UploadSessionState = {
    id,
    site,
    path,
    conflict,
    received: [],
    nextExpected: 0,
    total: null,
    expiresAt: new Date(Date.now() + 3_600_000),
  };
  context.state.uploads.set(id, session);
  return json(200, { ...sessionStatus(session), uploadUrl: `${context.url}/upload-sessions/${id}` });
}

const sessionStatus = (session: UploadSessionState): UploadSession => ({
  expirationDateTime: session.expiresAt.toISOString(),
  nextExpectedRanges: [`${session.nextExpected}-`],
});

/** `PUT`, `GET` and `DELETE` on a pre-authorised upload URL (no bearer token, like SharePoint's). */
export async function uploadSessionRequest(
  context: SandboxContext,
  request: SandboxRequest,
  sessionId: string,
  faults: SandboxFaults,
): Promise<SandboxResponse> {
  const session = context.state.uploads.get(sessionId);
  if (!session) return graphError(404, "itemNotFound", "The upload session was not found.");
  if (request.method === "GET") return json(200, sessionStatus(session));
  if (request.method === "DELETE") {
    context.state.uploads.delete(sessionId);
    return { status: 204 };
  }
  if (request.method !== "PUT") return graphError(405, "invalidRequest", "Method not allowed.");
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers["content-range"] ?? "");
  if (!range) return graphError(400, "invalidRequest", "A Content-Range header is required.");
  const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
  const length = end - start + 1;
  if (length !== request.body.byteLength)
    return graphError(400, "invalidRequest", "Content-Range does not match the body length.");
  if (start !== session.nextExpected || (session.total !== null && total !== session.total)) {
    return graphError(
      416,
      "invalidRange",
      "The uploaded fragment overlaps with data that has already been received.",
    );
  }
  if (end + 1 < total && length % chunkUnit !== 0)
    return graphError(400, "invalidRequest", "Fragments must be a multiple of 320 KiB.");
  const failure = faults.uploadChunkFailure();
  if (failure) {
    const kept = Math.min(failure.acceptBytes, request.body.byteLength);
    if (kept > 0) accept(session, request.body.subarray(0, kept), total);
    return graphError(failure.status, "serviceNotAvailable", "The service is temporarily unavailable.");
  }
  accept(session, request.body, total);
  if (session.nextExpected < total) return json(202, sessionStatus(session));
  context.state.uploads.delete(sessionId);
  const target = await resolveConflict(context, session.site, session.path, session.conflict);
  if (!target) return graphError(409, "nameAlreadyExists", "The specified item name already exists.");
  return json(201, await storeFile(context, session.site, target, Buffer.concat(session.received)));
}

function accept(session: UploadSessionState, bytes: Buffer, total: number): void {
  session.received.push(Buffer.from(bytes));
  session.nextExpected += bytes.byteLength;
  session.total = total;
}

export function patchFields(
  context: SandboxContext,
  request: SandboxRequest,
  site: SandboxSite,
  itemId: string,
): SandboxResponse {
  const file = context.state.files.get(itemId);
  if (!file || file.site.id !== site.id)
    return graphError(404, "itemNotFound", "The resource could not be found.");
  const changes = readJson<Record<string, unknown>>(request);
  if (!changes) return graphError(400, "invalidRequest", "The request body is not valid JSON.");
  for (const [name, value] of Object.entries(changes)) {
    if (!libraryColumns.includes(name))
      return graphError(400, "invalidRequest", `Field '${name}' is not recognized`);
    file.fields[name] = String(value);
  }
  const fields: FieldValueSet & Record<string, string> = { id: "1", ...file.fields };
  return json(200, fields);
}
