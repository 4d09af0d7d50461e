/* eslint-disable @typescript-eslint/require-await -- an in-memory adapter of an async port: nothing to await */
import type { WordDocument, WordDocumentsPort } from "../ports/word-documents.port.js";

/** Renders a document as its JSON text, so tests can read back exactly what would be filed. */
export class FakeWordDocuments implements WordDocumentsPort {
  readonly rendered: WordDocument[] = [];

  async render(document: WordDocument): Promise<Uint8Array> {
    this.rendered.push(document);
    return new TextEncoder().encode(JSON.stringify(document));
  }
}
