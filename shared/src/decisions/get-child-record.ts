import { newAuditEntry } from "../audit/new-audit-entry.js";
import { rolesOn } from "../auth/policies.js";
import type { CaseObservationView } from "../minutes/list-case-observations.js";
import { readChildObservations } from "../minutes/list-child-observations.js";
import type { Actor } from "../model/actor.js";
import type { Decision } from "../model/decision.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { viewActions, type ActionView } from "./action-reads.js";
import { viewDecisions, viewSharing, type DecisionView, type FamilySharingView } from "./decision-view.js";

export interface ChildRecordEntry {
  decision: DecisionView;
  panelId: string;
  panelName: string;
  meetingId: string;
  meetingStartsAt: string;
  reference: string;
  /** Null for an item without a referral (nobody is asked to share it). */
  familySharing: { shared: FamilySharingView | null } | null;
}

/** The child's record (003 3.7): every decision the viewer may see, with family sharing and actions. */
export interface ChildRecordView {
  childId: string;
  displayName: string;
  dateOfBirth: string;
  entries: ChildRecordEntry[];
  actions: ActionView[];
  /** Case observations (000 5), restricted: only those of panels the viewer chairs or coordinates. */
  observations: CaseObservationView[];
}

const hidden = () => fail(ErrorCodes.notFound, "That record was not found, or you cannot see it.");

/**
 * The child's record for someone with a reason to see it: the referrer of one of the child's referrals, or the
 * chair, coordinator or a member of a panel that had the child on an agenda. Each sees the decisions of those
 * referrals and panels only. An unknown child and one the person may not see get the same answer; every view
 * is audited.
 */
export async function getChildRecord(
  deps: UseCaseDeps,
  actor: Actor,
  input: { childId: string },
): Promise<Result<ChildRecordView>> {
  const at = deps.clock.now().toISOString();
  const today = at.slice(0, 10);
  return deps.store.transaction(async (tx) => {
    const child = await tx.children.get(input.childId);
    if (!child) return hidden();
    const referrals = await tx.referrals.list({ childId: child.id });
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const items = await tx.agenda.listForChild(child.id);
    const meetingIds = [...new Set(items.map((i) => i.meetingId))];
    const meetings = (await Promise.all(meetingIds.map((id) => tx.meetings.get(id)))).filter(
      (m) => m !== null,
    );
    const panelOfMeeting = new Map(meetings.map((m) => [m.id, m.panelId]));
    const seesPanel = (panelId: string) =>
      rolesOn(memberships, actor.personId, panelId).some(
        (r) => r === "chair" || r === "coordinator" || r === "member",
      );
    const ownReferrals = new Set(referrals.filter((r) => r.referrerId === actor.personId).map((r) => r.id));
    const sees = (d: Pick<Decision, "meetingId" | "referralId">) =>
      (d.referralId !== null && ownReferrals.has(d.referralId)) ||
      seesPanel(panelOfMeeting.get(d.meetingId) ?? "");
    const allowed = ownReferrals.size > 0 || meetings.some((m) => seesPanel(m.panelId));
    if (!allowed) return hidden();

    const decisions = (await tx.votes.decisionsOfChild(child.id)).filter(sees);
    const views = await viewDecisions(tx, decisions);
    const sharings = await tx.familySharing.ofDecisions(decisions.map((d) => d.id));
    const panels = new Map((await tx.panels.list()).map((p) => [p.id, p.name]));
    const entries: ChildRecordEntry[] = [];
    for (const decision of decisions) {
      const meeting = meetings.find((m) => m.id === decision.meetingId);
      const item = items.find((i) => i.id === decision.agendaItemId);
      const sharing = sharings.find((s) => s.decisionId === decision.id);
      entries.push({
        decision: views.find((v) => v.id === decision.id)!,
        panelId: meeting?.panelId ?? "",
        panelName: panels.get(meeting?.panelId ?? "") ?? "Panel",
        meetingId: decision.meetingId,
        meetingStartsAt: meeting?.startsAt ?? decision.decidedAt,
        reference: item?.title ?? "",
        familySharing: decision.referralId
          ? { shared: sharing ? await viewSharing(tx, sharing) : null }
          : null,
      });
    }
    const visibleItemIds = items.filter((i) => sees({ meetingId: i.meetingId, referralId: i.referralId }));
    const actions = await viewActions(
      tx,
      await tx.actions.listForItems(visibleItemIds.map((i) => i.id)),
      today,
    );
    const observations = await readChildObservations(deps, tx, actor, child.id, at);
    await tx.audit.append(
      newAuditEntry(
        deps,
        actor,
        "child.record-viewed",
        { type: "child", id: child.id, childId: child.id },
        at,
        { decisions: decisions.length },
      ),
    );
    return ok({
      childId: child.id,
      displayName: `${child.givenName} ${child.familyName}`,
      dateOfBirth: child.dateOfBirth,
      entries,
      actions,
      observations,
    });
  });
}
