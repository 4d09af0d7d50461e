import type { PresetKey } from "../model/panel.js";

/** One block of a Word document, in reading order. */
export type WordSection =
  | { kind: "paragraphs"; heading: string; paragraphs: string[] }
  | { kind: "list"; heading: string; items: string[] }
  | { kind: "table"; heading: string; columns: string[]; rows: string[][] };

/**
 * A document Convenor files to SharePoint as .docx: a panel's minute (case references only, never a child's
 * name or date of birth) or a case observation (filed to the restricted library). Plain data: the use cases
 * build it from the store, the renderer only lays it out.
 */
export interface WordDocument {
  /** Decides the panel's house style (title wording, colours). */
  preset: PresetKey;
  title: string;
  /** Lines under the title: panel, meeting date, version and status. */
  subtitle: string[];
  /** Shown in every page's footer, e.g. "Draft, version 2" or "Restricted: case observation". */
  footer: string;
  sections: WordSection[];
}

/** Lays a `WordDocument` out as a .docx file (the `docx` package in `server/`; a text fake in tests). */
export interface WordDocumentsPort {
  render(document: WordDocument): Promise<Uint8Array>;
}
