import { errorCatalogue } from "../model/error-codes.js";
import type { Result } from "../model/result.js";

/** The documents port's own failures; it also returns `GraphErrorCodes` (throttled, unavailable, not found). */
export const DocumentsCodes = errorCatalogue.documents;

export type ConflictBehaviour = "fail" | "replace" | "rename";

/** Library columns Convenor sets on filed documents. */
export interface DocumentColumns {
  panel: string;
  /** ISO date, YYYY-MM-DD. */
  meetingDate: string;
  version: string;
  status: "draft" | "circulated" | "agreed" | "superseded";
}

export interface FileUpload {
  /** The SharePoint site id of the panel's site; its default document library receives the file. */
  siteId: string;
  /** Folder names from user text, outermost first; each is sanitised, never interpreted as a path. */
  folders: string[];
  /** File name from user text; sanitised. */
  fileName: string;
  content: Uint8Array;
  contentType?: string;
  conflict: ConflictBehaviour;
  columns?: DocumentColumns;
}

export interface FiledDocument {
  itemId: string;
  /** The path inside the library after sanitising, e.g. `Minutes/2026-03-04 ISG minutes.docx`. */
  path: string;
  name: string;
  size: number;
  webUrl: string;
}

/**
 * SharePoint document libraries through Microsoft Graph. Codes: `DocumentsCodes`, and `GRAPH.THROTTLED`,
 * `GRAPH.UNAVAILABLE`, `GRAPH.NOT_FOUND` (all in the error catalogue).
 */
export interface DocumentsPort {
  upload(file: FileUpload): Promise<Result<FiledDocument>>;
  setColumns(siteId: string, itemId: string, columns: DocumentColumns): Promise<Result<void>>;
}
