import type { Kysely, Selectable } from "kysely";
import type { AgreedRating, Decision, Vote, VoteQuestion, VoteRepository } from "@convenor/shared";
import type { AgreedRatingRow, Database, DecisionRow, VoteQuestionRow, VoteRow } from "./database.js";
import { fromFlag, fromJson, toFlag, toJson } from "./json-column.js";
import type { StoreDialect } from "./store-dialect.js";

export class KyselyVoteRepository implements VoteRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async insertQuestion(question: VoteQuestion): Promise<void> {
    await this.db
      .insertInto("vote_questions")
      .values({
        id: question.id,
        meeting_id: question.meetingId,
        agenda_item_id: question.agendaItemId,
        kind: question.kind,
        areas: toJson(question.areas),
        state: question.state,
        opened_by_id: question.openedById,
        opened_at: question.openedAt,
        closed_at: question.closedAt,
      })
      .execute();
  }

  async getQuestion(id: string): Promise<VoteQuestion | null> {
    const row = await this.db
      .selectFrom("vote_questions")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toQuestion(row) : null;
  }

  /** SQLite's write transactions already run one at a time (`begin immediate`); PostgreSQL locks the row. */
  /** SQLite runs one write transaction at a time: nothing to lock. */
  async lockQuestion(id: string, mode: "shared" | "exclusive"): Promise<VoteQuestion | null> {
    let select = this.db.selectFrom("vote_questions").selectAll().where("id", "=", id);
    if (this.dialect === "postgres") select = mode === "shared" ? select.forShare() : select.forUpdate();
    const row = await select.executeTakeFirst();
    return row ? toQuestion(row) : null;
  }

  async questionsOfMeeting(meetingId: string): Promise<VoteQuestion[]> {
    const rows = await this.db
      .selectFrom("vote_questions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("opened_at")
      .orderBy("id")
      .execute();
    return rows.map(toQuestion);
  }

  async setState(
    id: string,
    from: VoteQuestion["state"],
    to: VoteQuestion["state"],
    at: string,
  ): Promise<boolean> {
    const updated = await this.db
      .updateTable("vote_questions")
      .set(to === "closed" ? { state: to, closed_at: at } : { state: to })
      .where("id", "=", id)
      .where("state", "=", from)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  async cast(vote: Vote): Promise<void> {
    const values = { choice: toJson(vote.choice), reason: vote.reason, cast_at: vote.castAt };
    await this.db
      .insertInto("votes")
      .values({ question_id: vote.questionId, voter_id: vote.voterId, ...values })
      .onConflict((oc) => oc.columns(["question_id", "voter_id"]).doUpdateSet(values))
      .execute();
  }

  async votesOn(questionId: string): Promise<Vote[]> {
    const rows = await this.db
      .selectFrom("votes")
      .selectAll()
      .where("question_id", "=", questionId)
      .orderBy("voter_id")
      .execute();
    return rows.map(toVote);
  }

  async insertDecision(decision: Decision): Promise<void> {
    await this.db.insertInto("decisions").values(decisionRow(decision)).execute();
  }

  async insertRecordedDecision(decision: Decision): Promise<boolean> {
    // The partial unique index `decisions_recorded_item` (0014): one decision without a vote per item.
    const inserted = await this.db
      .insertInto("decisions")
      .values(decisionRow(decision))
      .onConflict((oc) => oc.column("agenda_item_id").where("question_id", "is", null).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async decisionOf(questionId: string): Promise<Decision | null> {
    const row = await this.db
      .selectFrom("decisions")
      .selectAll()
      .where("question_id", "=", questionId)
      .executeTakeFirst();
    return row ? toDecision(row) : null;
  }

  async decisionsOfItems(agendaItemIds: readonly string[]): Promise<Decision[]> {
    if (agendaItemIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("decisions")
      .selectAll()
      .where("agenda_item_id", "in", [...agendaItemIds])
      .orderBy("decided_at")
      .orderBy("id")
      .execute();
    return rows.map(toDecision);
  }

  async decisionsOfChild(childId: string): Promise<Decision[]> {
    const rows = await this.db
      .selectFrom("decisions")
      .selectAll()
      .where("child_id", "=", childId)
      .orderBy("decided_at")
      .orderBy("id")
      .execute();
    return rows.map(toDecision);
  }

  async insertAgreedRating(rating: AgreedRating): Promise<void> {
    await this.db
      .insertInto("agreed_ratings")
      .values({
        question_id: rating.questionId,
        meeting_id: rating.meetingId,
        agenda_item_id: rating.agendaItemId,
        panel_id: rating.panelId,
        child_id: rating.childId,
        ratings: toJson(rating.ratings),
        reasons: toJson(rating.reasons),
        agreed_by_id: rating.agreedById,
        agreed_at: rating.agreedAt,
      })
      .execute();
  }

  async agreedRatingOf(questionId: string): Promise<AgreedRating | null> {
    const row = await this.db
      .selectFrom("agreed_ratings")
      .selectAll()
      .where("question_id", "=", questionId)
      .executeTakeFirst();
    return row ? toAgreedRating(row) : null;
  }

  async agreedRatingsOf(panelId: string, childId: string): Promise<AgreedRating[]> {
    const rows = await this.db
      .selectFrom("agreed_ratings")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("child_id", "=", childId)
      .orderBy("agreed_at")
      .orderBy("question_id")
      .execute();
    return rows.map(toAgreedRating);
  }

  async decisionsOfMeeting(meetingId: string): Promise<Decision[]> {
    const rows = await this.db
      .selectFrom("decisions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("decided_at")
      .orderBy("id")
      .execute();
    return rows.map(toDecision);
  }
}

const toQuestion = (row: Selectable<VoteQuestionRow>): VoteQuestion => ({
  id: row.id,
  meetingId: row.meeting_id,
  agendaItemId: row.agenda_item_id,
  kind: row.kind as VoteQuestion["kind"],
  areas: fromJson<VoteQuestion["areas"]>(row.areas),
  state: row.state as VoteQuestion["state"],
  openedById: row.opened_by_id,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
});

const toVote = (row: Selectable<VoteRow>): Vote => ({
  questionId: row.question_id,
  voterId: row.voter_id,
  choice: fromJson<Vote["choice"]>(row.choice),
  reason: row.reason,
  castAt: row.cast_at,
});

const toDecision = (row: Selectable<DecisionRow>): Decision => ({
  id: row.id,
  questionId: row.question_id,
  meetingId: row.meeting_id,
  agendaItemId: row.agenda_item_id,
  referralId: row.referral_id,
  childId: row.child_id,
  kind: row.kind as Decision["kind"],
  outcome: row.outcome as Decision["outcome"],
  resource: row.resource === null ? null : fromJson<NonNullable<Decision["resource"]>>(row.resource),
  reasons: row.reasons,
  decidedAt: row.decided_at,
  decidedByIds: fromJson<string[]>(row.decided_by_ids),
  reviewDate: row.review_date,
  votes: fromJson<Decision["votes"]>(row.votes),
  dissent: fromJson<Decision["dissent"]>(row.dissent),
  castingOutcome: fromFlag(row.casting_outcome),
});

const toAgreedRating = (row: Selectable<AgreedRatingRow>): AgreedRating => ({
  questionId: row.question_id,
  meetingId: row.meeting_id,
  agendaItemId: row.agenda_item_id,
  panelId: row.panel_id,
  childId: row.child_id,
  ratings: fromJson<AgreedRating["ratings"]>(row.ratings),
  reasons: fromJson<AgreedRating["reasons"]>(row.reasons),
  agreedById: row.agreed_by_id,
  agreedAt: row.agreed_at,
});

function decisionRow(decision: Decision) {
  return {
    id: decision.id,
    question_id: decision.questionId,
    meeting_id: decision.meetingId,
    agenda_item_id: decision.agendaItemId,
    referral_id: decision.referralId,
    outcome: decision.outcome,
    reasons: decision.reasons,
    decided_at: decision.decidedAt,
    decided_by_ids: toJson(decision.decidedByIds),
    review_date: decision.reviewDate,
    votes: toJson(decision.votes),
    dissent: toJson(decision.dissent),
    casting_outcome: toFlag(decision.castingOutcome),
    kind: decision.kind,
    child_id: decision.childId,
    resource: decision.resource ? toJson(decision.resource) : null,
  };
}
