import { ukLocalDate } from "../calendar/iso-date.js";
import { PaperCodes } from "../meetings/meeting-codes.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { minuteDocument, minuteFileName } from "./minute-document.js";

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type FilingOutcome =
  { status: "filed"; webUrl: string } | { status: "already-filed"; webUrl: string } | { status: "gone" };

/**
 * Files an agreed version (the `minute.file` outbox message): renders it as .docx, uploads it to the panel's
 * library under `Minutes/<meeting date>` with a fixed name (a retry replaces, never duplicates), sets the
 * library columns, marks earlier filed versions superseded, then records the link. A failure is returned, the version left unfiled, so the outbox
 * retries; no Graph call runs inside a transaction.
 */
export async function fileMinuteVersion(
  deps: UseCaseDeps,
  input: { meetingId: string; version: number },
): Promise<Result<FilingOutcome>> {
  const { documents, wordDocuments } = deps;
  if (!documents || !wordDocuments)
    return fail(PaperCodes.noLibrary, "Filing to SharePoint is not configured.");
  const read = await deps.store.read(async (tx) => {
    const versions = await tx.minutes.versions(input.meetingId);
    const minute = versions.find((v) => v.version === input.version) ?? null;
    const meeting = await tx.meetings.get(input.meetingId);
    const panel = meeting ? await tx.panels.get(meeting.panelId) : null;
    const siteId = panel ? await tx.panelLibraries.siteOf(panel.id) : null;
    return { minute, earlier: versions.filter((v) => v.version < input.version), meeting, panel, siteId };
  });
  const { minute, earlier, meeting, panel, siteId } = read;
  if (!minute || !meeting || !panel || minute.status !== "agreed") return ok({ status: "gone" });
  if (minute.filedUrl) return ok({ status: "already-filed", webUrl: minute.filedUrl });
  if (!siteId) return fail(PaperCodes.noLibrary, `The panel ${panel.code} has no SharePoint library linked.`);

  const meetingDate = ukLocalDate(meeting.startsAt);
  const content = await wordDocuments.render(minuteDocument(minute, panel, meetingDate));
  const uploaded = await documents.upload({
    siteId,
    folders: ["Minutes", meetingDate],
    fileName: minuteFileName(panel.code, meetingDate, minute.version),
    content,
    contentType: docxType,
    conflict: "replace",
  });
  if (!uploaded.ok) return uploaded;
  const columns = await documents.setColumns(siteId, uploaded.value.itemId, {
    panel: panel.name,
    meetingDate,
    version: String(minute.version),
    status: "agreed",
  });
  if (!columns.ok) return columns;
  // Earlier filed versions are kept, marked superseded (setting it again on a retry changes nothing).
  for (const old of earlier) {
    if (!old.filedItemId) continue;
    const superseded = await documents.setColumns(siteId, old.filedItemId, {
      panel: panel.name,
      meetingDate,
      version: String(old.version),
      status: "superseded",
    });
    if (!superseded.ok) return superseded;
  }
  const at = deps.clock.now().toISOString();
  const filed = { webUrl: uploaded.value.webUrl, itemId: uploaded.value.itemId, at };
  await deps.store.transaction((tx) => tx.minutes.markFiled(minute.meetingId, minute.version, filed));
  return ok({ status: "filed", webUrl: uploaded.value.webUrl });
}
