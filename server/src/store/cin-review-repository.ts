import type { Kysely, Selectable } from "kysely";
import type {
  CinPlan,
  CinPlanView,
  CinReview,
  CinReviewRepository,
  ConsultationTask,
  EarlyReviewRequest,
  ReviewConsultees,
} from "@convenor/shared";
import type { CinEarlyReviewRow, CinPlanRow, CinReviewRow, Database } from "./database.js";
import { fromFlag, fromJson, toFlag, toJson } from "./json-column.js";

const inserted = (result: { numInsertedOrUpdatedRows?: bigint }) =>
  (result.numInsertedOrUpdatedRows ?? 0n) > 0n;

export class KyselyCinReviewRepository implements CinReviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertPlan(plan: CinPlan): Promise<void> {
    await this.db.insertInto("cin_plans").values(planRow(plan)).execute();
  }

  async getPlan(id: string): Promise<CinPlan | null> {
    const row = await this.db.selectFrom("cin_plans").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toPlan(row) : null;
  }

  async listPlans(panelId: string): Promise<CinPlanView[]> {
    const rows = await this.db
      .selectFrom("cin_plans as p")
      .innerJoin("children as c", "c.id", "p.child_id")
      .selectAll("p")
      .select(["c.given_name", "c.family_name", "c.date_of_birth"])
      .where("p.panel_id", "=", panelId)
      .execute();
    return rows
      .map((row) => ({
        ...toPlan(row),
        givenName: row.given_name,
        familyName: row.family_name,
        dateOfBirth: row.date_of_birth,
      }))
      .sort(
        (a, b) =>
          Number(a.state !== "open") - Number(b.state !== "open") ||
          compare(a.nextReviewDue ?? "9999", b.nextReviewDue ?? "9999") ||
          compare(a.id, b.id),
      );
  }

  async openPlans(): Promise<CinPlan[]> {
    const rows = await this.db
      .selectFrom("cin_plans")
      .selectAll()
      .where("state", "=", "open")
      .orderBy("id")
      .execute();
    return rows.map(toPlan);
  }

  async updatePlan(plan: CinPlan, expectedVersion: number): Promise<boolean> {
    const { id: _id, ...values } = planRow(plan);
    const result = await this.db
      .updateTable("cin_plans")
      .set(values)
      .where("id", "=", plan.id)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    return (result.numUpdatedRows ?? 0n) > 0n;
  }

  async insertReview(review: CinReview): Promise<boolean> {
    const result = await this.db
      .insertInto("cin_reviews")
      .values({
        id: review.id,
        plan_id: review.planId,
        due_on: review.dueOn,
        reviewed_on: review.reviewedOn,
        outcome: review.outcome,
        reasons: review.reasons,
        next_review_on: review.nextReviewOn,
        exceptional_reason: review.exceptionalReason,
        recorded_by_id: review.recordedById,
        recorded_at: review.recordedAt,
      })
      .onConflict((oc) => oc.columns(["plan_id", "due_on"]).doNothing())
      .executeTakeFirst();
    return inserted(result);
  }

  async reviewsOf(planId: string): Promise<CinReview[]> {
    const rows = await this.db
      .selectFrom("cin_reviews")
      .selectAll()
      .where("plan_id", "=", planId)
      .orderBy("reviewed_on", "desc")
      .orderBy("recorded_at", "desc")
      .execute();
    return rows.map(toReview);
  }

  async insertEarlyRequest(request: EarlyReviewRequest): Promise<boolean> {
    const result = await this.db
      .insertInto("cin_early_reviews")
      .values(earlyRow(request))
      .onConflict((oc) => oc.column("open_key").doNothing())
      .executeTakeFirst();
    return inserted(result);
  }

  async earlyRequests(
    panelId: string,
    states: readonly EarlyReviewRequest["state"][],
  ): Promise<EarlyReviewRequest[]> {
    if (states.length === 0) return [];
    const rows = await this.db
      .selectFrom("cin_early_reviews")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("state", "in", [...states])
      .orderBy("requested_at")
      .orderBy("id")
      .execute();
    return rows.map(toEarly);
  }

  async updateEarlyRequest(request: EarlyReviewRequest): Promise<void> {
    const { id: _id, ...values } = earlyRow(request);
    await this.db.updateTable("cin_early_reviews").set(values).where("id", "=", request.id).execute();
  }

  async insertConsultation(task: ConsultationTask): Promise<boolean> {
    const result = await this.db
      .insertInto("cin_consultations")
      .values({
        id: task.id,
        plan_id: task.planId,
        panel_id: task.panelId,
        child_id: task.childId,
        role: task.role,
        person_id: task.personId,
        created_at: task.createdAt,
      })
      .onConflict((oc) => oc.columns(["plan_id", "role"]).doNothing())
      .executeTakeFirst();
    return inserted(result);
  }

  async consultations(panelId: string): Promise<ConsultationTask[]> {
    const rows = await this.db
      .selectFrom("cin_consultations")
      .selectAll()
      .where("panel_id", "=", panelId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      planId: row.plan_id,
      panelId: row.panel_id,
      childId: row.child_id,
      role: row.role as ConsultationTask["role"],
      personId: row.person_id,
      createdAt: row.created_at,
    }));
  }

  async consultees(panelId: string): Promise<ReviewConsultees | null> {
    const row = await this.db
      .selectFrom("cin_review_consultees")
      .selectAll()
      .where("panel_id", "=", panelId)
      .executeTakeFirst();
    return row
      ? {
          panelId: row.panel_id,
          practiceManagerId: row.practice_manager_id,
          safeguardingServiceManagerId: row.safeguarding_service_manager_id,
        }
      : null;
  }

  async setConsultees(consultees: ReviewConsultees): Promise<void> {
    const values = {
      practice_manager_id: consultees.practiceManagerId,
      safeguarding_service_manager_id: consultees.safeguardingServiceManagerId,
    };
    await this.db
      .insertInto("cin_review_consultees")
      .values({ panel_id: consultees.panelId, ...values })
      .onConflict((oc) => oc.column("panel_id").doUpdateSet(values))
      .execute();
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function planRow(plan: CinPlan): CinPlanRow {
  return {
    id: plan.id,
    panel_id: plan.panelId,
    child_id: plan.childId,
    started_on: plan.startedOn,
    longer_support: toFlag(plan.longerSupport),
    named_person_ids: toJson(plan.namedPersonIds),
    last_reviewed_on: plan.lastReviewedOn,
    next_review_due: plan.nextReviewDue,
    state: plan.state,
    version: plan.version,
    open_key: plan.state === "open" ? `${plan.panelId}:${plan.childId}` : null,
  };
}

function toPlan(row: Selectable<CinPlanRow>): CinPlan {
  return {
    id: row.id,
    panelId: row.panel_id,
    childId: row.child_id,
    startedOn: row.started_on,
    longerSupport: fromFlag(row.longer_support),
    namedPersonIds: fromJson<string[]>(row.named_person_ids),
    lastReviewedOn: row.last_reviewed_on,
    nextReviewDue: row.next_review_due,
    state: row.state as CinPlan["state"],
    version: row.version,
  };
}

function toReview(row: Selectable<CinReviewRow>): CinReview {
  return {
    id: row.id,
    planId: row.plan_id,
    dueOn: row.due_on,
    reviewedOn: row.reviewed_on,
    outcome: row.outcome as CinReview["outcome"],
    reasons: row.reasons,
    nextReviewOn: row.next_review_on,
    exceptionalReason: row.exceptional_reason,
    recordedById: row.recorded_by_id,
    recordedAt: row.recorded_at,
  };
}

function earlyRow(request: EarlyReviewRequest): CinEarlyReviewRow {
  return {
    id: request.id,
    plan_id: request.planId,
    panel_id: request.panelId,
    child_id: request.childId,
    reason: request.reason,
    requested_by_id: request.requestedById,
    requested_at: request.requestedAt,
    state: request.state,
    meeting_id: request.meetingId,
    open_key: request.state === "done" ? null : request.planId,
  };
}

function toEarly(row: Selectable<CinEarlyReviewRow>): EarlyReviewRequest {
  return {
    id: row.id,
    planId: row.plan_id,
    panelId: row.panel_id,
    childId: row.child_id,
    reason: row.reason,
    requestedById: row.requested_by_id,
    requestedAt: row.requested_at,
    state: row.state as EarlyReviewRequest["state"],
    meetingId: row.meeting_id,
  };
}
