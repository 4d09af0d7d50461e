import type { CalendarPort } from "./ports/calendar.port.js";
import type { Clock } from "./ports/clock.port.js";
import type { DirectoryPort } from "./ports/directory.port.js";
import type { DocumentsPort } from "./ports/documents.port.js";
import type { Store } from "./ports/store.port.js";
import type { TeamsAppInstallerPort } from "./ports/teams-app-installer.port.js";
import type { WordDocumentsPort } from "./ports/word-documents.port.js";

/** The ports every use case takes as its first argument. */
export interface UseCaseDeps {
  store: Store;
  clock: Clock;
  /** Microsoft 365 (Graph, or the Graph sandbox in local mode); absent where a process has no Graph access. */
  calendar?: CalendarPort;
  documents?: DocumentsPort;
  directory?: DirectoryPort;
  /** Installs Convenor's Teams app (for people, into meeting chats); absent without an app catalog id. */
  teamsApps?: TeamsAppInstallerPort;
  /** Lays minutes and case observations out as .docx before they are filed through `documents`. */
  wordDocuments?: WordDocumentsPort;
  /** Id generator; defaults to random UUIDs. Tests pass a counter for readable ids. */
  newId?: () => string;
}

export function newIdFrom(deps: UseCaseDeps): string {
  return deps.newId ? deps.newId() : globalThis.crypto.randomUUID();
}
