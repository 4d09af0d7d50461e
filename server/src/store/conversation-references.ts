import type { Kysely } from "kysely";
import type { ConversationReferences } from "@convenor/shared";
import type { Database } from "./database.js";
import { fromJson, toJson } from "./json-column.js";
import { ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

export const conversationReference = new ReusableQuery((db, input: { key: string }) =>
  db.selectFrom("conversation_references").select("reference").where("key", "=", input.key),
);

export class KyselyConversationReferences implements ConversationReferences {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(key: string): Promise<Record<string, unknown> | null> {
    const { rows } = await conversationReference.execute(this.db, this.dialect, { key });
    return rows[0] ? fromJson<Record<string, unknown>>(rows[0].reference) : null;
  }

  async put(key: string, reference: Record<string, unknown>): Promise<void> {
    const text = toJson(reference);
    await this.db
      .insertInto("conversation_references")
      .values({ key, reference: text })
      .onConflict((oc) => oc.column("key").doUpdateSet({ reference: text }))
      .execute();
  }
}
