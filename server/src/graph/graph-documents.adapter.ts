import type { Client } from "@microsoft/microsoft-graph-client";
import type { DriveItem, FieldValueSet, UploadSession } from "@microsoft/microsoft-graph-types";
import {
  DocumentsCodes,
  fail,
  ok,
  type DocumentColumns,
  type DocumentsPort,
  type FiledDocument,
  type FileUpload,
  type Result,
} from "@convenor/shared";
import { domainErrorForStatus, graphCall, GraphErrorCodes } from "./graph-errors.js";
import type { RetryPolicy } from "./retry-policy.js";
import { encodeDrivePath, sanitisePath } from "./sharepoint-names.js";
import { uploadInChunks } from "./upload-session.js";

/** Files up to this size go in one PUT; larger ones through an upload session. */
export const simpleUploadLimit = 4 * 1024 * 1024;

/** Library columns (internal names) an administrator adds to each panel library; see the README. */
export const columnNames = {
  panel: "ConvenorPanel",
  meetingDate: "ConvenorMeetingDate",
  version: "ConvenorVersion",
  status: "ConvenorStatus",
} as const;

/** SharePoint document libraries through Microsoft Graph. */
export class GraphDocuments implements DocumentsPort {
  constructor(
    private readonly client: Client,
    private readonly retry: RetryPolicy,
  ) {}

  async upload(file: FileUpload): Promise<Result<FiledDocument>> {
    const path = sanitisePath(file.folders, file.fileName);
    if (!path) {
      return fail(DocumentsCodes.invalidName, "The file or folder name cannot be used in SharePoint.");
    }
    const itemPath = `/sites/${encodeURIComponent(file.siteId)}/drive/root:/${encodeDrivePath(path)}:`;
    const uploaded =
      file.content.byteLength <= simpleUploadLimit
        ? await this.putSmall(itemPath, file)
        : await this.putLarge(itemPath, file);
    if (!uploaded.ok) return uploaded;
    const item = uploaded.value;
    if (!item.id || !item.webUrl) throw new Error("Graph returned a drive item without an id or web URL");
    if (file.columns) {
      const set = await this.setColumns(file.siteId, item.id, file.columns);
      if (!set.ok) return set;
    }
    const name = item.name ?? path.slice(path.lastIndexOf("/") + 1);
    return ok({
      itemId: item.id,
      path: [...path.split("/").slice(0, -1), name].join("/"),
      name,
      size: item.size ?? file.content.byteLength,
      webUrl: item.webUrl,
    });
  }

  setColumns(siteId: string, itemId: string, columns: DocumentColumns): Promise<Result<void>> {
    const fields: FieldValueSet & Record<string, string> = {
      [columnNames.panel]: columns.panel,
      [columnNames.meetingDate]: columns.meetingDate,
      [columnNames.version]: columns.version,
      [columnNames.status]: columns.status,
    };
    return graphCall(async () => {
      await this.client
        .api(`/sites/${encodeURIComponent(siteId)}/drive/items/${encodeURIComponent(itemId)}/listItem/fields`)
        .patch(fields);
    });
  }

  private async putSmall(itemPath: string, file: FileUpload): Promise<Result<DriveItem>> {
    const result = await graphCall(
      async () =>
        (await this.client
          .api(`${itemPath}/content`)
          .query({ "@microsoft.graph.conflictBehavior": file.conflict })
          .header("Content-Type", file.contentType ?? "application/octet-stream")
          .put(
            Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
          )) as DriveItem,
    );
    return result.ok ? result : conflictAsNameError(result);
  }

  private async putLarge(itemPath: string, file: FileUpload): Promise<Result<DriveItem>> {
    const session = await graphCall(
      async () =>
        (await this.client
          .api(`${itemPath}/createUploadSession`)
          .post({ item: { "@microsoft.graph.conflictBehavior": file.conflict } })) as UploadSession,
    );
    if (!session.ok) return conflictAsNameError(session);
    if (!session.value.uploadUrl) throw new Error("Graph returned an upload session without a URL");
    const outcome = await uploadInChunks(session.value.uploadUrl, file.content, this.retry);
    if (outcome.ok) return ok(outcome.item);
    if (outcome.status === 409) return conflictAsNameError(fail(GraphErrorCodes.conflict, outcome.detail));
    const known = domainErrorForStatus(outcome.status);
    return known && known.code !== GraphErrorCodes.notFound
      ? { ok: false, error: known }
      : fail(DocumentsCodes.uploadFailed, "The file could not be uploaded to SharePoint. Please try again.");
  }
}

function conflictAsNameError<T>(result: Result<T>): Result<T> {
  if (!result.ok && result.error.code === GraphErrorCodes.conflict) {
    return fail(DocumentsCodes.nameConflict, "A file with this name is already in the library.");
  }
  return result;
}
