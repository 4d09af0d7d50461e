import { sql, type Kysely } from "kysely";
import type { CardRefreshes } from "@convenor/shared";
import type { Database } from "./database.js";
import type { StoreDialect } from "./store-dialect.js";

/** First key of the PostgreSQL advisory locks on a card's refresh, so no other lock shares them. */
const cardRefreshLockClass = 0x4352_4644; // "CRFD"

/**
 * One row a card. SQLite transactions begin immediate and so run one writer at a time. On PostgreSQL every
 * change holds a shared advisory lock on the card until it commits, and `take` an exclusive one: so `take`
 * waits for the changes in flight, and the read after it sees them. A change that finds an update queued
 * therefore writes nothing (a burst of votes does not queue on the row one commit at a time); one that finds
 * none updates the row, where two such changes queue, so the second sees the first's `queued`.
 */
export class KyselyCardRefreshes implements CardRefreshes {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async want(cardKey: string): Promise<{ version: number; enqueue: boolean }> {
    if (this.dialect === "postgres") {
      await sql`select pg_advisory_xact_lock_shared(${cardRefreshLockClass}, hashtext(${cardKey}))`.execute(
        this.db,
      );
    }
    const waiting = await this.db
      .selectFrom("card_refreshes")
      .select(["wanted", "queued"])
      .where("card_key", "=", cardKey)
      .executeTakeFirst();
    if (waiting?.queued === 1) return { version: waiting.wanted, enqueue: false };
    const row = await this.db
      .insertInto("card_refreshes")
      .values({ card_key: cardKey, wanted: 1, rendered: 0, queued: 0 })
      .onConflict((oc) =>
        oc.column("card_key").doUpdateSet((eb) => ({ wanted: eb(eb.ref("card_refreshes.wanted"), "+", 1) })),
      )
      .returning(["wanted", "queued"])
      .executeTakeFirstOrThrow();
    if (row.queued === 1) return { version: row.wanted, enqueue: false };
    await this.db.updateTable("card_refreshes").set({ queued: 1 }).where("card_key", "=", cardKey).execute();
    return { version: row.wanted, enqueue: true };
  }

  async take(cardKey: string): Promise<{ wanted: number; rendered: number } | null> {
    if (this.dialect === "postgres") {
      await sql`select pg_advisory_xact_lock(${cardRefreshLockClass}, hashtext(${cardKey}))`.execute(this.db);
    }
    const row = await this.db
      .updateTable("card_refreshes")
      .set({ queued: 0 })
      .where("card_key", "=", cardKey)
      .returning(["wanted", "rendered"])
      .executeTakeFirst();
    return row ? { wanted: row.wanted, rendered: row.rendered } : null;
  }

  async markRendered(cardKey: string, version: number): Promise<void> {
    await this.db
      .updateTable("card_refreshes")
      .set({ rendered: version })
      .where("card_key", "=", cardKey)
      .where("rendered", "<", version)
      .execute();
  }
}
