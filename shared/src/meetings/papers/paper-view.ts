import type { PaperView } from "../../api/meeting-requests.js";
import type { AgendaItem, Paper } from "../../model/meeting.js";
import type { Referral } from "../../model/referral.js";
import type { StoreTx } from "../../ports/store.port.js";
import { childsPlanLink, childsPlanPaperId } from "./childs-plan.js";

export const paperOpenPath = (paperId: string): string => `/api/papers/${encodeURIComponent(paperId)}`;

export function uploadedPaperView(paper: Paper): PaperView {
  return {
    id: paper.id,
    agendaItemId: paper.agendaItemId,
    kind: "upload",
    name: paper.fileName,
    size: paper.size,
    uploadedAt: paper.uploadedAt,
    late: paper.late,
    readByMe: false,
    openPath: paperOpenPath(paper.id),
  };
}

export function childsPlanView(item: AgendaItem): PaperView {
  const id = childsPlanPaperId(item.id);
  return {
    id,
    agendaItemId: item.id,
    kind: "childs-plan",
    name: "Child's Plan",
    size: null,
    uploadedAt: null,
    late: false,
    readByMe: false,
    openPath: paperOpenPath(id),
  };
}

/**
 * Every paper of these items, by item: the Child's Plan (when the referral links one), then uploads; with
 * `readerId`, whether that person has opened each.
 */
export async function papersByItem(
  tx: StoreTx,
  items: readonly AgendaItem[],
  readerId: string | null = null,
): Promise<Map<string, PaperView[]>> {
  const byItem = new Map<string, PaperView[]>(items.map((item) => [item.id, []]));
  const referrals = new Map<string, Referral | null>();
  for (const item of items) {
    if (!item.referralId) continue;
    if (!referrals.has(item.referralId)) {
      referrals.set(item.referralId, await tx.referrals.get(item.referralId));
    }
    if (childsPlanLink(referrals.get(item.referralId) ?? null))
      byItem.get(item.id)?.push(childsPlanView(item));
  }
  for (const paper of await tx.papers.listForItems(items.map((item) => item.id))) {
    byItem.get(paper.agendaItemId)?.push(uploadedPaperView(paper));
  }
  if (readerId) {
    const ids = [...byItem.values()].flat().map((paper) => paper.id);
    const read = new Set(
      (await tx.papers.readsOf(ids)).filter((r) => r.personId === readerId).map((r) => r.paperId),
    );
    for (const paper of [...byItem.values()].flat()) paper.readByMe = read.has(paper.id);
  }
  return byItem;
}
