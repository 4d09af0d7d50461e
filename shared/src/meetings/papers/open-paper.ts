import type { OpenPaperView } from "../../api/meeting-requests.js";
import type { Actor } from "../../model/actor.js";
import type { AgendaItem } from "../../model/meeting.js";
import { fail, ok, type Result } from "../../model/result.js";
import type { StoreTx } from "../../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../../use-case-deps.js";
import { attendsItem, loadMeetingAccess } from "../meeting-access.js";
import { PaperCodes } from "../meeting-codes.js";
import { agendaItemOfPlanPaper, childsPlanLink } from "./childs-plan.js";

const notFound = () => fail(PaperCodes.notFound, "That paper was not found, or it is not for you.");

/**
 * Opens a paper through Convenor: for someone who sees its item, records that they read it (first time)
 * and audits the read as a read of the case, then gives the SharePoint address. Refusals are audited too.
 */
export async function openPaper(
  deps: UseCaseDeps,
  actor: Actor,
  input: { paperId: string },
): Promise<Result<OpenPaperView>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const found = await findPaper(tx, input.paperId);
    if (!found) return notFound();
    const { item, webUrl } = found;
    const access = await loadMeetingAccess(tx, actor.personId, item.meetingId);
    const allowed = access.ok && (access.value.viewer !== "attendee" || attendsItem(actor.personId, item));
    await tx.audit.append({
      id: newIdFrom(deps),
      at,
      actorId: actor.personId,
      action: allowed ? "referral.paper-opened" : "referral.paper-refused",
      subjectType: "referral",
      subjectId: item.referralId ?? item.id,
      childId: item.childId,
      channel: actor.channel,
      origin: actor.origin,
      correlationId: actor.correlationId,
    });
    if (!allowed) return notFound();
    await tx.papers.recordRead({ paperId: input.paperId, personId: actor.personId, firstReadAt: at });
    return ok({ webUrl });
  });
}

async function findPaper(tx: StoreTx, paperId: string): Promise<{ item: AgendaItem; webUrl: string } | null> {
  const planItemId = agendaItemOfPlanPaper(paperId);
  if (planItemId) {
    const item = await tx.agenda.get(planItemId);
    const referral = item?.referralId ? await tx.referrals.get(item.referralId) : null;
    const link = childsPlanLink(referral);
    return item && link ? { item, webUrl: link } : null;
  }
  const paper = await tx.papers.get(paperId);
  const item = paper ? await tx.agenda.get(paper.agendaItemId) : null;
  return paper && item ? { item, webUrl: paper.webUrl } : null;
}
