/* eslint-disable @typescript-eslint/require-await -- an in-memory adapter of an async port: nothing to await */
import type { DocumentColumns, DocumentsPort, FiledDocument, FileUpload } from "../ports/documents.port.js";
import { fail, ok, type DomainError, type Result } from "../model/result.js";

/**
 * The documents port in memory: files by path, honouring the conflict behaviour as SharePoint does
 * (without sanitising names). `failNext` makes the next upload fail with a Graph code.
 */
export class FakeDocuments implements DocumentsPort {
  readonly files = new Map<string, FiledDocument & { siteId: string; content: Uint8Array }>();
  private failure: DomainError | null = null;

  failNext(error: DomainError): void {
    this.failure = error;
  }

  async upload(file: FileUpload): Promise<Result<FiledDocument>> {
    if (this.failure) {
      const { code, message } = this.failure;
      this.failure = null;
      return fail(code, message);
    }
    const path = [...file.folders, file.fileName].join("/");
    const key = `${file.siteId}/${path}`;
    const existing = this.files.get(key);
    if (existing && file.conflict === "fail") return fail("DOCUMENTS.NAME_CONFLICT", "A file has that name.");
    const filed: FiledDocument = {
      itemId: existing?.itemId ?? `item-${this.files.size + 1}`,
      path,
      name: file.fileName,
      size: file.content.byteLength,
      webUrl: `https://sharepoint.example/${encodeURI(path)}`,
    };
    this.files.set(key, { ...filed, siteId: file.siteId, content: file.content });
    return ok(filed);
  }

  async setColumns(_siteId: string, _itemId: string, _columns: DocumentColumns): Promise<Result<void>> {
    return ok(undefined);
  }
}
