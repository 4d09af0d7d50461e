import type { UploadPaperView } from "../../api/meeting-requests.js";
import { ukLocalDate } from "../../calendar/iso-date.js";
import { meetingDeadlines } from "../../calendar/meeting-deadlines.js";
import { errorCatalogue } from "../../model/error-codes.js";
import type { Actor } from "../../model/actor.js";
import type { AgendaItem, Meeting, Paper } from "../../model/meeting.js";
import type { Panel } from "../../model/panel.js";
import { fail, ok, type Result } from "../../model/result.js";
import type { StoreTx } from "../../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../../use-case-deps.js";
import { meetingAudit } from "../agenda-change.js";
import { isAfterDeadline } from "../deadline-states.js";
import { loadMeetingAccess, visibleItems } from "../meeting-access.js";
import { PaperCodes } from "../meeting-codes.js";
import { isCaseItem } from "./childs-plan.js";
import { checkPaperFile } from "./paper-rules.js";
import { uploadedPaperView } from "./paper-view.js";

export interface UploadPaperInput {
  meetingId: string;
  agendaItemId: string;
  fileName: string;
  contentType: string | null;
  content: Uint8Array;
}

interface Target {
  meeting: Meeting;
  panel: Panel;
  item: AgendaItem;
  siteId: string;
}

/**
 * Files a paper for a case item in the panel's SharePoint library, in a folder per meeting and case
 * (`Meetings/{date} {code}/{reference}/`), through the documents port (large files by upload session).
 * Anyone who sees the item may file one. The same name again for the same item replaces the file and its
 * record, so a retry files once. The record is written only after SharePoint has the file: a Graph failure
 * leaves no record. A paper filed after the papers deadline is marked late.
 */
export async function uploadPaper(
  deps: UseCaseDeps,
  actor: Actor,
  input: UploadPaperInput,
): Promise<Result<UploadPaperView>> {
  const refused = checkPaperFile(input.fileName, input.content.byteLength);
  if (refused) return refused;
  const target = await deps.store.read((tx) => findTarget(tx, actor, input));
  if (!target.ok) return target;
  if (!deps.documents) {
    return fail(
      errorCatalogue.graph.unavailable,
      "Papers cannot be filed right now: SharePoint is not connected.",
    );
  }
  const { meeting, panel, item, siteId } = target.value;
  const filed = await deps.documents.upload({
    siteId,
    folders: ["Meetings", `${ukLocalDate(meeting.startsAt)} ${panel.code}`, item.title],
    fileName: input.fileName,
    content: input.content,
    ...(input.contentType ? { contentType: input.contentType } : {}),
    conflict: "replace",
  });
  if (!filed.ok) return filed;
  const at = deps.clock.now().toISOString();
  const paper: Paper = {
    id: newIdFrom(deps),
    agendaItemId: item.id,
    fileName: filed.value.name,
    contentType: input.contentType,
    size: filed.value.size,
    siteId,
    driveItemId: filed.value.itemId,
    path: filed.value.path,
    webUrl: filed.value.webUrl,
    uploadedById: actor.personId,
    uploadedAt: at,
    late: isAfterDeadline(meetingDeadlines(panel.settings, meeting.startsAt).papers, at),
  };
  return deps.store.transaction(async (tx) => {
    const stored = await tx.papers.upsert(paper);
    await tx.audit.append(meetingAudit(deps, actor, "meeting.paper-filed", meeting.id, at, item.childId));
    return ok({ paper: uploadedPaperView(stored.paper), replaced: stored.replaced });
  });
}

async function findTarget(tx: StoreTx, actor: Actor, input: UploadPaperInput): Promise<Result<Target>> {
  const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
  if (!access.ok) return access;
  const item = visibleItems(access.value, actor.personId).find((i) => i.id === input.agendaItemId);
  if (!item) return fail(errorCatalogue.meeting.itemNotFound, "That item is not on this meeting's agenda.");
  if (!isCaseItem(item)) return fail(PaperCodes.notCaseItem, "Papers are filed for case items only.");
  const siteId = await tx.panelLibraries.siteOf(access.value.panel.id);
  if (!siteId) {
    return fail(
      PaperCodes.noLibrary,
      "This panel has no SharePoint library for papers yet: ask an administrator.",
    );
  }
  return ok({ meeting: access.value.meeting, panel: access.value.panel, item, siteId });
}
