import { sql, type Kysely, type Migration } from "kysely";
import { childMatchKey } from "@convenor/shared";
import { mergeDuplicateChildren } from "./merge-duplicate-children.js";

/**
 * Child records are matched on names folded further than before: the Unicode form of accented letters and
 * invisible formatting characters no longer make two records of one child (`childMatchKey`). Every record's
 * key is computed again, and records that now share a key and a date of birth are merged as in 0002.
 */
export function rekeyChildrenMigration(): Migration {
  return {
    up: (db: Kysely<unknown>) => (db.isTransaction ? rekey(db) : db.transaction().execute(rekey)),
  };
}

async function rekey(db: Kysely<unknown>): Promise<void> {
  // Keys being rewritten may meet before the merge: the index is made unique again once they are merged.
  await db.schema.dropIndex("children_match").execute();
  const { rows } = await sql<{ id: string; given_name: string; family_name: string; match_key: string }>`
    select id, given_name, family_name, match_key from children`.execute(db);
  for (const row of rows) {
    const key = childMatchKey(row.given_name, row.family_name);
    if (key !== row.match_key)
      await sql`update children set match_key = ${key} where id = ${row.id}`.execute(db);
  }
  await mergeDuplicateChildren(db);
}
