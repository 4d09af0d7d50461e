import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { CinPlan, ConsultationRole } from "../model/cin-review.js";
import type { Panel } from "../model/panel.js";
import { ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { AgendaChangedMeanwhile } from "../tracker/list-due-on-agenda.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { listPendingEarlyReviews } from "./list-early-reviews.js";
import { reviewAudit } from "./review-audit.js";
import { consultationTaskKind, reviewNotice } from "./review-notices.js";
import { cinReference } from "./review-reference.js";
import { needsConsultation } from "./review-schedule.js";

export interface ReviewChecks {
  /** Consultation tasks created (one per plan and role, ever). */
  tasks: number;
  /** Pending early reviews listed on a meeting planned since they were asked for. */
  listed: number;
}

/**
 * The CIN review panels' background checks, safe on any number of service instances: each open plan that has
 * run twelve months without recording the need for longer support gets a consultation task for the Practice
 * Manager and one for the Safeguarding Service Manager (003 3.6), each with a card to their personal chat;
 * the store keeps one task per plan and role, so a task is never made twice. Pending early reviews are listed
 * on the next planned meeting once there is one.
 */
export async function runReviewChecks(deps: UseCaseDeps, actor: Actor): Promise<Result<ReviewChecks>> {
  const at = deps.clock.now().toISOString();
  const today = ukLocalDate(at);
  const { panels, plans } = await deps.store.read(async (tx) => ({
    panels: (await tx.panels.list()).filter((panel) => panel.preset === "cin-review"),
    plans: await tx.cinReviews.openPlans(),
  }));
  let tasks = 0;
  let listed = 0;
  for (const panel of panels) {
    const due = plans.filter((plan) => plan.panelId === panel.id && needsConsultation(plan, today));
    if (due.length > 0) {
      tasks += await deps.store.transaction((tx) => createTasks(deps, tx, actor, panel, due, at));
    }
    try {
      listed += await deps.store.transaction((tx) => listPendingEarlyReviews(deps, tx, actor, panel.id, at));
    } catch (error) {
      // The agenda changed meanwhile: the next pass lists them.
      if (!(error instanceof AgendaChangedMeanwhile)) throw error;
    }
  }
  return ok({ tasks, listed });
}

/**
 * Who is consulted: the people the panel names (`ReviewConsultees`), else the panel's chair, who then
 * arranges the consultation. A panel with neither gets no task until it has.
 */
async function consulteesOf(tx: StoreTx, panel: Panel): Promise<Record<ConsultationRole, string | null>> {
  const named = await tx.cinReviews.consultees(panel.id);
  const chair = (await tx.panels.members(panel.id)).find((m) => m.roles.includes("chair"))?.personId ?? null;
  return {
    "practice-manager": named?.practiceManagerId ?? chair,
    "safeguarding-service-manager": named?.safeguardingServiceManagerId ?? chair,
  };
}

async function createTasks(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  panel: Panel,
  due: readonly CinPlan[],
  at: string,
): Promise<number> {
  const consultees = await consulteesOf(tx, panel);
  let created = 0;
  for (const plan of due) {
    for (const [role, personId] of Object.entries(consultees) as [ConsultationRole, string | null][]) {
      if (!personId) continue;
      const task = {
        id: newIdFrom(deps),
        planId: plan.id,
        panelId: panel.id,
        childId: plan.childId,
        role,
        personId,
        createdAt: at,
      };
      if (!(await tx.cinReviews.insertConsultation(task))) continue;
      await tx.outbox.enqueue(
        reviewNotice(deps, consultationTaskKind, personId, panel, cinReference(plan.id), at, { role }),
      );
      await tx.audit.append(
        reviewAudit(deps, actor, "review.consultation-task-created", plan.childId, at, {
          planId: plan.id,
          role,
          personId,
        }),
      );
      created += 1;
    }
  }
  return created;
}
