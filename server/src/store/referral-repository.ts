import { sql, type Kysely, type RawBuilder, type Selectable } from "kysely";
import type {
  Referral,
  ReferralListOrder,
  ReferralQuery,
  ReferralRepository,
  ReferralState,
  ReferralSummaryPageQuery,
  ReferralSummaryRow,
  ReferralTransition,
  Urgency,
} from "@convenor/shared";
import type { Database, ReferralRow } from "./database.js";
import { fromFlag, fromJson, toFlag, toJson } from "./json-column.js";
import { columns, ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

const referralColumns = [
  "id",
  "panel_id",
  "reference",
  "state",
  "child_id",
  "referrer_id",
  "urgency",
  "form",
  "meeting_id",
  "retrospective",
  "created_at",
  "updated_at",
  "version",
  "history",
] as const satisfies readonly (keyof ReferralRow)[];

export const insertReferral = new ReusableQuery((db, row: ReferralRow) =>
  db.insertInto("referrals").values(columns(row, referralColumns)),
);

/** The counter row is locked by the upsert until the caller's transaction ends; a rollback returns the number. */
export const takeReferenceNumber = new ReusableQuery((db, input: { panelId: string; year: number }) =>
  db
    .insertInto("reference_counters")
    .values({ panel_id: input.panelId, year: input.year, n: 1 })
    .onConflict((oc) =>
      oc.columns(["panel_id", "year"]).doUpdateSet((eb) => ({ n: eb("reference_counters.n", "+", 1) })),
    )
    .returning("n"),
);

export class KyselyReferralRepository implements ReferralRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(id: string): Promise<Referral | null> {
    const row = await this.db.selectFrom("referrals").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toReferral(row) : null;
  }

  async findByReference(panelId: string, reference: string): Promise<Referral | null> {
    const row = await this.db
      .selectFrom("referrals")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("reference", "=", reference)
      .executeTakeFirst();
    return row ? toReferral(row) : null;
  }

  /** Oldest first. An empty `states` list matches nothing. */
  async list(query: ReferralQuery): Promise<Referral[]> {
    if (query.states && query.states.length === 0) return [];
    let select = this.db.selectFrom("referrals").selectAll();
    if (query.panelId !== undefined) select = select.where("panel_id", "=", query.panelId);
    if (query.referrerId !== undefined) select = select.where("referrer_id", "=", query.referrerId);
    if (query.childId !== undefined) select = select.where("child_id", "=", query.childId);
    if (query.states) select = select.where("state", "in", [...query.states]);
    const rows = await select.orderBy("created_at").orderBy("id").execute();
    return rows.map(toReferral);
  }

  /**
   * One statement in two steps: the page's ids from the list indexes alone (filter, sort, limit), then only
   * those rows joined with their panel and child; joining first would read every matching row before sorting.
   */
  async summaryPage(query: ReferralSummaryPageQuery): Promise<ReferralSummaryRow[]> {
    if (query.panelIds?.length === 0 || query.states?.length === 0) return [];
    let page = this.db.selectFrom("referrals as k").select("k.id");
    if (query.panelIds) page = page.where("k.panel_id", "in", [...query.panelIds]);
    if (query.referrerId !== undefined) page = page.where("k.referrer_id", "=", query.referrerId);
    if (query.states) page = page.where("k.state", "in", [...query.states]);
    const after = query.after;
    if (after && query.order === "screening") {
      page = page.where((eb) => {
        const later = eb(eb.refTuple("k.updated_at", "k.id"), ">", eb.tuple(after.updatedAt, after.id));
        // Urgent rows come first: after an urgent key, every routine row is still to come.
        return after.urgent
          ? eb.or([eb.and([eb("k.urgency", "=", "urgent"), later]), eb("k.urgency", "!=", "urgent")])
          : eb.and([eb("k.urgency", "!=", "urgent"), later]);
      });
    } else if (after) {
      page = page.where((eb) =>
        eb(eb.refTuple("k.updated_at", "k.id"), "<", eb.tuple(after.updatedAt, after.id)),
      );
    }
    const rows = await inListOrder(
      this.db
        .selectFrom("referrals as r")
        .leftJoin("panels as p", "p.id", "r.panel_id")
        .leftJoin("children as c", "c.id", "r.child_id")
        .select([
          "r.id",
          "r.reference",
          "r.panel_id",
          "r.state",
          "r.urgency",
          "r.form",
          "r.updated_at",
          "p.name as panel_name",
          "c.date_of_birth",
        ])
        .where("r.id", "in", inListOrder(page, "k", query.order).limit(query.limit)),
      "r",
      query.order,
    ).execute();
    return rows.map((row) => ({
      referral: {
        id: row.id,
        reference: row.reference,
        panelId: row.panel_id,
        state: row.state as ReferralState,
        urgency: row.urgency as Urgency,
        form: fromJson<Record<string, unknown>>(row.form),
        updatedAt: row.updated_at,
      },
      panelName: row.panel_name,
      childDateOfBirth: row.date_of_birth,
    }));
  }

  async insert(referral: Referral): Promise<void> {
    await insertReferral.execute(this.db, this.dialect, toRow(referral));
  }

  async update(referral: Referral, expectedVersion: number): Promise<boolean> {
    const { id, ...changes } = toRow(referral);
    // On PostgreSQL a concurrent writer waits for the row lock and then re-checks `version`, so exactly one wins.
    const result = await this.db
      .updateTable("referrals")
      .set(changes)
      .where("id", "=", id)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async nextReference(panelId: string, panelCode: string, year: number): Promise<string> {
    const [counter] = (await takeReferenceNumber.execute(this.db, this.dialect, { panelId, year })).rows;
    if (!counter) throw new Error("The reference counter returned no number");
    const { n } = counter;
    return `${panelCode}-${year}-${String(n).padStart(4, "0")}`;
  }
}

function toRow(referral: Referral): ReferralRow {
  return {
    id: referral.id,
    panel_id: referral.panelId,
    reference: referral.reference,
    state: referral.state,
    child_id: referral.childId,
    referrer_id: referral.referrerId,
    urgency: referral.urgency,
    form: toJson(referral.form),
    meeting_id: referral.meetingId,
    retrospective: toFlag(referral.retrospective),
    created_at: referral.createdAt,
    updated_at: referral.updatedAt,
    version: referral.version,
    history: toJson(referral.history),
  };
}

function toReferral(row: Selectable<ReferralRow>): Referral {
  return {
    id: row.id,
    panelId: row.panel_id,
    reference: row.reference,
    state: row.state as ReferralState,
    childId: row.child_id,
    referrerId: row.referrer_id,
    urgency: row.urgency as Urgency,
    form: fromJson<Record<string, unknown>>(row.form),
    meetingId: row.meeting_id,
    retrospective: fromFlag(row.retrospective),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    history: fromJson<ReferralTransition[]>(row.history),
  };
}

/** Orders a select over `referrals as <alias>` in a list's order (see `ReferralListOrder`). */
function inListOrder<
  Q extends { orderBy: (expression: RawBuilder<unknown>, direction?: "asc" | "desc") => Q },
>(select: Q, alias: "k" | "r", order: ReferralListOrder): Q {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  if (order === "recent")
    return select.orderBy(sql`${column("updated_at")}`, "desc").orderBy(sql`${column("id")}`, "desc");
  return select
    .orderBy(sql`case when ${column("urgency")} = 'urgent' then 0 else 1 end`)
    .orderBy(sql`${column("updated_at")}`)
    .orderBy(sql`${column("id")}`);
}
