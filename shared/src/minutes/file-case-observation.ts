import { ukLocalDate } from "../calendar/iso-date.js";
import { PaperCodes } from "../meetings/meeting-codes.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import type { FilingOutcome } from "./file-minute-version.js";
import { observationDocument } from "./minute-document.js";

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Files a case observation (the `observation.file` outbox message) to the panel's RESTRICTED site, under
 * `Case observations/<meeting date>`, never the panel's general library: with no restricted site linked it
 * fails, so the outbox keeps it until one is. A fixed file name makes a retry replace, not duplicate.
 */
export async function fileCaseObservation(
  deps: UseCaseDeps,
  input: { observationId: string },
): Promise<Result<FilingOutcome>> {
  const { documents, wordDocuments } = deps;
  if (!documents || !wordDocuments)
    return fail(PaperCodes.noLibrary, "Filing to SharePoint is not configured.");
  const read = await deps.store.read(async (tx) => {
    const observation = await tx.caseObservations.get(input.observationId);
    if (!observation) return null;
    const meeting = await tx.meetings.get(observation.meetingId);
    const panel = await tx.panels.get(observation.panelId);
    const item = await tx.agenda.get(observation.agendaItemId);
    const author = await tx.people.get(observation.recordedById);
    const siteId = await tx.panelLibraries.restrictedSiteOf(observation.panelId);
    return meeting && panel ? { observation, meeting, panel, item, author, siteId } : null;
  });
  if (!read) return ok({ status: "gone" });
  const { observation, meeting, panel, item, author, siteId } = read;
  if (observation.filedUrl) return ok({ status: "already-filed", webUrl: observation.filedUrl });
  if (!siteId) return fail(PaperCodes.noLibrary, `The panel ${panel.code} has no restricted library linked.`);
  const meetingDate = ukLocalDate(meeting.startsAt);
  const reference = item?.title ?? "Case item";
  const content = await wordDocuments.render(
    observationDocument(observation, panel, reference, meetingDate, author?.displayName ?? "Unknown"),
  );
  const uploaded = await documents.upload({
    siteId,
    folders: ["Case observations", meetingDate],
    fileName: `${reference} observation ${observation.id.slice(0, 8)}.docx`,
    content,
    contentType: docxType,
    conflict: "replace",
  });
  if (!uploaded.ok) return uploaded;
  const at = deps.clock.now().toISOString();
  await deps.store.transaction((tx) =>
    tx.caseObservations.markFiled(observation.id, uploaded.value.webUrl, at),
  );
  return ok({ status: "filed", webUrl: uploaded.value.webUrl });
}
