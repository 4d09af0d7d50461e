import { sql, type Kysely } from "kysely";
import { reserveInWindows, type RateWindow, type SendWindows } from "@convenor/shared";
import type { Database } from "./database.js";
import { fromJson, toJson } from "./json-column.js";
import { ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

/** First key of the PostgreSQL advisory locks on a conversation's send window, so no other lock shares them. */
const sendWindowLockClass = 0x5345_4e44; // "SEND"

const sendsOf = new ReusableQuery((db, input: { conversationId: string }) =>
  db.selectFrom("send_windows").select("sent_at_ms").where("conversation_id", "=", input.conversationId),
);

const saveSends = new ReusableQuery((db, input: { conversationId: string; sentAtMs: string }) =>
  db
    .insertInto("send_windows")
    .values({ conversation_id: input.conversationId, sent_at_ms: input.sentAtMs })
    .onConflict((oc) => oc.column("conversation_id").doUpdateSet({ sent_at_ms: input.sentAtMs })),
);

/** One row a conversation: its sends inside the longest window. Two or three statements a reservation. */
export class KyselySendWindows implements SendWindows {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async reserve(conversationId: string, nowMs: number, windows: readonly RateWindow[]): Promise<number> {
    // SQLite transactions begin immediate and so already run one writer at a time. On PostgreSQL an advisory
    // lock (the row may not exist yet) makes another instance's reservation for this conversation wait.
    if (this.dialect === "postgres") {
      await sql`select pg_advisory_xact_lock(${sendWindowLockClass}, hashtext(${conversationId}))`.execute(
        this.db,
      );
    }
    const { rows } = await sendsOf.execute(this.db, this.dialect, { conversationId });
    const sent = rows[0] ? fromJson<number[]>(rows[0].sent_at_ms) : [];
    const { wait, kept } = reserveInWindows(sent, windows, nowMs);
    if (wait === 0) {
      await saveSends.execute(this.db, this.dialect, { conversationId, sentAtMs: toJson(kept) });
    }
    return wait;
  }
}
