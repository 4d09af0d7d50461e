import { sql, type Kysely } from "kysely";
import type { ClosureDay, ClosureDayRepository } from "@convenor/shared";
import type { Database } from "./database.js";
import type { StoreDialect } from "./store-dialect.js";

/** First key of the PostgreSQL advisory locks on a year's closure days, so no other lock shares them. */
const closureYearLockClass = 0x434c_5344; // "CLSD"

export class KyselyClosureDayRepository implements ClosureDayRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async between(from: string, to: string): Promise<ClosureDay[]> {
    return this.db
      .selectFrom("closure_days")
      .select(["date", "reason"])
      .where("date", ">=", from)
      .where("date", "<=", to)
      .orderBy("date")
      .execute();
  }

  /** Runs inside the caller's transaction, so the year is never seen half replaced. */
  async replaceYear(year: number, days: readonly ClosureDay[]): Promise<void> {
    const stray = days.find((day) => !day.date.startsWith(`${year}-`));
    if (stray) throw new Error(`Closure day ${stray.date} is not in ${year}`);
    // Under READ COMMITTED a second replacement's delete would not see the first's new rows and its insert
    // would then collide with them: replacements of one year take turns. SQLite already has one writer.
    if (this.dialect === "postgres") {
      await sql`select pg_advisory_xact_lock(${closureYearLockClass}, ${year})`.execute(this.db);
    }
    await this.db
      .deleteFrom("closure_days")
      .where("date", ">=", `${year}-01-01`)
      .where("date", "<=", `${year}-12-31`)
      .execute();
    if (days.length === 0) return;
    await this.db
      .insertInto("closure_days")
      .values(days.map((day) => ({ date: day.date, reason: day.reason })))
      .execute();
  }
}
