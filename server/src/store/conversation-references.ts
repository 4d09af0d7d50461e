import type { Kysely } from "kysely";
import type { ConversationReferences } from "@convenor/shared";
import type { Database } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyConversationReferences implements ConversationReferences {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<Record<string, unknown> | null> {
    const row = await this.db
      .selectFrom("conversation_references")
      .select("reference")
      .where("key", "=", key)
      .executeTakeFirst();
    return row ? fromJson<Record<string, unknown>>(row.reference) : null;
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
