import { randomUUID } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import type { DriveItem, FieldValueSet, UploadSession } from "@microsoft/microsoft-graph-types";
import { diskPath, driveItem, fileId, invalidPathReason, resolveConflict, storeFile } from "./drive-store.js";
import { faultCode, faultMessage, type SandboxFaults, type UploadChunkFailure } from "./sandbox-faults.js";
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
  const item = await storeFile(context, site, target, request.body);
  context.stats.filed.push({
    siteId: site.id,
    path: target,
    via: "simple-put",
    size: request.body.byteLength,
  });
  return json(201, item);
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
  const answer = await takeChunk(context, sessionId, session, request.body, { start, end, total }, faults);
  context.stats.uploadChunks.push({ start, length: request.body.byteLength, total, status: answer.status });
  return answer;
}

async function takeChunk(
  context: SandboxContext,
  sessionId: string,
  session: UploadSessionState,
  body: Buffer,
  { start, end, total }: { start: number; end: number; total: number },
  faults: SandboxFaults,
): Promise<SandboxResponse> {
  const length = end - start + 1;
  if (length !== body.byteLength)
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
  if (failure && !failure.afterHandling) {
    const kept = Math.min(failure.acceptBytes, body.byteLength);
    if (kept > 0) accept(session, body.subarray(0, kept), total);
    return chunkFault(failure);
  }
  accept(session, body, total);
  const answer =
    session.nextExpected < total
      ? json(202, sessionStatus(session))
      : await completeUpload(context, sessionId, session);
  return failure ? chunkFault(failure) : answer;
}

async function completeUpload(
  context: SandboxContext,
  sessionId: string,
  session: UploadSessionState,
): Promise<SandboxResponse> {
  context.state.uploads.delete(sessionId);
  const target = await resolveConflict(context, session.site, session.path, session.conflict);
  if (!target) return graphError(409, "nameAlreadyExists", "The specified item name already exists.");
  const content = Buffer.concat(session.received);
  const item = await storeFile(context, session.site, target, content);
  context.stats.filed.push({
    siteId: session.site.id,
    path: target,
    via: "upload-session",
    size: content.byteLength,
  });
  return json(201, item);
}

const chunkFault = (failure: UploadChunkFailure): SandboxResponse =>
  graphError(failure.status, faultCode(failure.status), faultMessage(failure.status), failure.headers);

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

/** `GET …/drive/items/{id}/listItem/fields`: the file's column values, as a library view shows them. */
export function getFields(context: SandboxContext, site: SandboxSite, itemId: string): SandboxResponse {
  const file = context.state.files.get(itemId);
  if (!file || file.site.id !== site.id)
    return graphError(404, "itemNotFound", "The resource could not be found.");
  const fields: FieldValueSet & Record<string, string> = {
    id: "1",
    FileLeafRef: file.path.slice(file.path.lastIndexOf("/") + 1),
    ...file.fields,
  };
  return json(200, fields);
}

/** `GET …/drive/root:/{folder}:/children`: what the folder holds, files and folders, by name. */
export async function listChildren(
  context: SandboxContext,
  site: SandboxSite,
  folder: string,
): Promise<SandboxResponse> {
  const invalid = invalidPathReason(folder);
  if (invalid) return graphError(400, "invalidRequest", invalid);
  const entries = await readdir(diskPath(context, site, folder), { withFileTypes: true }).catch(() => null);
  if (!entries) return graphError(404, "itemNotFound", "The resource could not be found.");
  const items: DriveItem[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      const { file: _file, ...folderItem } = driveItem(context, site, fileId(site, path), path, 0);
      items.push({
        ...folderItem,
        folder: { childCount: (await readdir(diskPath(context, site, path))).length },
      });
    } else {
      const { size } = await stat(diskPath(context, site, path));
      items.push(driveItem(context, site, fileId(site, path), path, size));
    }
  }
  return json(200, { value: items });
}
