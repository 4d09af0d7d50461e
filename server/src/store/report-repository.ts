import { sql, type Kysely, type RawBuilder } from "kysely";
import { previousMonth, ragAreas } from "@convenor/shared";
import type {
  ListedCountRow,
  PlacementCountRow,
  RedCountRow,
  TimeOnListRow,
  ReferralCountRow,
  ReferralReasonRow,
  ReportRange,
  ReportRepository,
  ReviewCountRow,
  UnmetNeedCountRow,
  CapacityRefusalCountRow,
} from "@convenor/shared";
import type { Database } from "./database.js";
import type { StoreDialect } from "./store-dialect.js";

/**
 * The report reads: every one a GROUP BY in the database, so a year of a county's referrals comes back as a
 * few hundred counts, not thousands of rows. JSON is stored as text; the two engines read a field differently.
 */
export class KyselyReportRepository implements ReportRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * A text field of a JSON text column, '' when absent. Keys may contain dots (`child.school`). The key is a
   * literal, not a parameter: PostgreSQL matches a GROUP BY to the select list by text, and two parameters differ.
   */
  private jsonText(column: string, key: string): RawBuilder<string> {
    if (this.dialect === "postgres")
      return sql<string>`coalesce((${sql.ref(column)})::jsonb ->> ${sql.lit(key)}, '')`;
    return sql<string>`coalesce(json_extract(${sql.ref(column)}, ${sql.lit(`$."${key}"`)}), '')`;
  }

  async referralCounts(range: ReportRange): Promise<ReferralCountRow[]> {
    const month = sql<string>`substr(created_at, 1, 7)`;
    const establishment = this.jsonText("form", "child.school");
    const agency = this.jsonText("form", "referrer.agency");
    const rows = await this.db
      .selectFrom("referrals")
      .select([
        month.as("month"),
        establishment.as("establishment"),
        agency.as("agency"),
        "state",
        (eb) => eb.fn.countAll<number | string>().as("count"),
      ])
      .where("panel_id", "=", range.panelId)
      .where("state", "<>", "draft")
      .where(month, ">=", range.fromMonth)
      .where(month, "<=", range.toMonth)
      .groupBy([month, establishment, agency, "state"])
      .orderBy(month)
      .orderBy(establishment)
      .orderBy(agency)
      .orderBy("state")
      .execute();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  async referralReasons(range: ReportRange): Promise<ReferralReasonRow[]> {
    const { panelId, fromMonth, toMonth } = range;
    const query =
      this.dialect === "postgres"
        ? sql<{ month: string; indicator: string; count: number | string }>`
            select substr(r.created_at, 1, 7) as month, s.value as indicator, count(*) as count
            from referrals r
            cross join lateral jsonb_array_elements_text(
              case when jsonb_typeof(r.form::jsonb -> 'shanarri') = 'array' then r.form::jsonb -> 'shanarri'
                   else '[]'::jsonb end) as s(value)
            where r.panel_id = ${panelId} and r.state <> 'draft'
              and substr(r.created_at, 1, 7) between ${fromMonth} and ${toMonth}
            group by 1, 2 order by 1, 2`
        : sql<{ month: string; indicator: string; count: number | string }>`
            select substr(r.created_at, 1, 7) as month, s.value as indicator, count(*) as count
            from referrals r, json_each(case when json_type(r.form, '$.shanarri') = 'array'
                                             then json_extract(r.form, '$.shanarri') else '[]' end) s
            where r.panel_id = ${panelId} and r.state <> 'draft'
              and substr(r.created_at, 1, 7) between ${fromMonth} and ${toMonth}
            group by 1, 2 order by 1, 2`;
    const { rows } = await query.execute(this.db);
    return rows.map((row) => ({
      month: row.month,
      indicator: String(row.indicator),
      count: Number(row.count),
    }));
  }

  async reviewCounts(range: ReportRange): Promise<ReviewCountRow[]> {
    const month = sql<string>`substr(cin_reviews.reviewed_on, 1, 7)`;
    const rows = await this.db
      .selectFrom("cin_reviews")
      .innerJoin("cin_plans", "cin_plans.id", "cin_reviews.plan_id")
      .select([
        month.as("month"),
        "cin_reviews.outcome",
        (eb) => eb.fn.countAll<number | string>().as("count"),
      ])
      .where("cin_plans.panel_id", "=", range.panelId)
      .where(month, ">=", range.fromMonth)
      .where(month, "<=", range.toMonth)
      .groupBy([month, "cin_reviews.outcome"])
      .orderBy(month)
      .orderBy("cin_reviews.outcome")
      .execute();
    return rows.map((row) => ({ month: row.month, outcome: row.outcome, count: Number(row.count) }));
  }

  async unmetNeedCounts(range: ReportRange): Promise<UnmetNeedCountRow[]> {
    const month = sql<string>`substr(recorded_on, 1, 7)`;
    const rows = await this.db
      .selectFrom("unmet_needs")
      .select([month.as("month"), "resource", (eb) => eb.fn.countAll<number | string>().as("count")])
      .where("panel_id", "=", range.panelId)
      .where(month, ">=", range.fromMonth)
      .where(month, "<=", range.toMonth)
      .groupBy([month, "resource"])
      .orderBy(month)
      .orderBy("resource")
      .execute();
    return rows.map((row) => ({ month: row.month, resource: row.resource, count: Number(row.count) }));
  }

  async capacityRefusalCounts(range: ReportRange): Promise<CapacityRefusalCountRow[]> {
    const month = sql<string>`substr(refused_on, 1, 7)`;
    const rows = await this.db
      .selectFrom("capacity_refusals")
      .select([month.as("month"), "reason", (eb) => eb.fn.countAll<number | string>().as("count")])
      .where("panel_id", "=", range.panelId)
      .where(month, ">=", range.fromMonth)
      .where(month, "<=", range.toMonth)
      .groupBy([month, "reason"])
      .orderBy(month)
      .orderBy("reason")
      .execute();
    return rows.map((row) => ({ month: row.month, reason: row.reason, count: Number(row.count) }));
  }

  async placementCounts(range: ReportRange): Promise<PlacementCountRow[]> {
    const month = sql<string>`substr(decisions.decided_at, 1, 7)`;
    const resource = this.jsonText("decisions.resource", "resource");
    const outcome = this.jsonText("decisions.resource", "outcome");
    const placement = this.jsonText("decisions.resource", "placement");
    const retrospective = sql<number>`coalesce(referrals.retrospective, 0)`;
    const rows = await this.db
      .selectFrom("decisions")
      .innerJoin("meetings", "meetings.id", "decisions.meeting_id")
      .leftJoin("referrals", "referrals.id", "decisions.referral_id")
      .select([
        month.as("month"),
        placement.as("placement"),
        retrospective.as("retrospective"),
        (eb) => eb.fn.countAll<number | string>().as("count"),
      ])
      .where("meetings.panel_id", "=", range.panelId)
      .where("decisions.kind", "=", "resource-request")
      .where(resource, "=", "isg-purchased-placement")
      .where(outcome, "=", "agreed")
      .where(month, ">=", range.fromMonth)
      .where(month, "<=", range.toMonth)
      .groupBy([month, placement, retrospective])
      .orderBy(month)
      .orderBy(placement)
      .orderBy(retrospective)
      .execute();
    return rows.map((row) => ({
      month: row.month,
      placement: row.placement,
      retrospective: Number(row.retrospective) === 1,
      count: Number(row.count),
    }));
  }

  /** The panel's complete ratings from the month before the range to its end, one column per area. */
  private rated(range: ReportRange): RawBuilder<unknown> {
    const areas = ragAreas.map((area, i) => sql`${this.jsonText("areas", area)} as ${sql.ref(`a${i}`)}`);
    return sql`select child_id, month, ${sql.join(areas)} from monthly_ratings
      where panel_id = ${range.panelId} and complete = 1
        and month between ${previousMonth(range.fromMonth)} and ${range.toMonth}`;
  }

  /** Each (young person, month) of the range listed by the two-reds rule, as SQL for a `with`. */
  private listed(range: ReportRange): RawBuilder<unknown> {
    const before =
      this.dialect === "postgres"
        ? sql`to_char(to_date(r.month || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')`
        : sql`strftime('%Y-%m', r.month || '-01', '-1 month')`;
    const redTwice = sql.join(
      ragAreas.map((_, i) => sql`(${sql.ref(`r.a${i}`)} = 'red' and ${sql.ref(`p.a${i}`)} = 'red')`),
      sql` or `,
    );
    return sql`select distinct r.child_id, r.month from rated r
      join rated p on p.child_id = r.child_id and p.month = ${before}
      where r.month between ${range.fromMonth} and ${range.toMonth} and (${redTwice})`;
  }

  async redCounts(range: ReportRange): Promise<RedCountRow[]> {
    const sums = ragAreas.map(
      (_, i) => sql`sum(case when ${sql.ref(`a${i}`)} = 'red' then 1 else 0 end) as ${sql.ref(`a${i}`)}`,
    );
    const { rows } = await sql<Record<string, string | number>>`
      with rated as (${this.rated(range)})
      select month, ${sql.join(sums)} from rated
      where month between ${range.fromMonth} and ${range.toMonth}
      group by month order by month`.execute(this.db);
    return rows.flatMap((row) =>
      ragAreas
        .map((area, i) => ({ month: String(row.month), area, count: Number(row[`a${i}`]) }))
        .filter((entry) => entry.count > 0),
    );
  }

  async listedCounts(range: ReportRange): Promise<ListedCountRow[]> {
    const { rows } = await sql<{ month: string; count: number | string }>`
      with rated as (${this.rated(range)}), listed as (${this.listed(range)})
      select month, count(*) as count from listed group by month order by month`.execute(this.db);
    return rows.map((row) => ({ month: row.month, count: Number(row.count) }));
  }

  async timeOnList(range: ReportRange): Promise<TimeOnListRow[]> {
    const { rows } = await sql<{ months: number | string; count: number | string }>`
      with rated as (${this.rated(range)}), listed as (${this.listed(range)}),
        per_child as (select child_id, count(*) as months from listed group by child_id)
      select months, count(*) as count from per_child group by months order by months`.execute(this.db);
    return rows.map((row) => ({ months: Number(row.months), count: Number(row.count) }));
  }

  async suppressionThreshold(): Promise<number | null> {
    const row = await this.db
      .selectFrom("report_settings")
      .select("suppression_threshold")
      .where("id", "=", "reports")
      .executeTakeFirst();
    return row ? Number(row.suppression_threshold) : null;
  }

  async setSuppressionThreshold(threshold: number): Promise<void> {
    await this.db
      .insertInto("report_settings")
      .values({ id: "reports", suppression_threshold: threshold })
      .onConflict((oc) => oc.column("id").doUpdateSet({ suppression_threshold: threshold }))
      .execute();
  }
}
