import type { Kysely } from "kysely";
import type { CardRefreshes } from "@convenor/shared";
import type { Database } from "./database.js";

/**
 * One row a card. `want` updates the row first, so on PostgreSQL two transactions wanting the same card
 * queue on its row lock: the second sees the first's `queued` and does not enqueue again.
 */
export class KyselyCardRefreshes implements CardRefreshes {
  constructor(private readonly db: Kysely<Database>) {}

  async want(cardKey: string): Promise<{ version: number; enqueue: boolean }> {
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
