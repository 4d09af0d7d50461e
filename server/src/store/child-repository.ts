import type { Kysely, Selectable } from "kysely";
import type { Child, ChildRepository } from "@convenor/shared";
import type { ChildRow, Database } from "./database.js";
import { fromFlag, toFlag } from "./json-column.js";

/** Names compare without regard to case or surrounding spaces, as practitioners type them differently. */
const matchKey = (givenName: string, familyName: string): string =>
  `${givenName.trim().toLowerCase()}\u001f${familyName.trim().toLowerCase()}`;

export class KyselyChildRepository implements ChildRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: string): Promise<Child | null> {
    const row = await this.db.selectFrom("children").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toChild(row) : null;
  }

  async findMatch(givenName: string, familyName: string, dateOfBirth: string): Promise<Child | null> {
    const row = await this.db
      .selectFrom("children")
      .selectAll()
      .where("match_key", "=", matchKey(givenName, familyName))
      .where("date_of_birth", "=", dateOfBirth)
      .orderBy("id")
      .executeTakeFirst();
    return row ? toChild(row) : null;
  }

  async insert(child: Child): Promise<void> {
    await this.db
      .insertInto("children")
      .values({
        id: child.id,
        given_name: child.givenName,
        family_name: child.familyName,
        match_key: matchKey(child.givenName, child.familyName),
        date_of_birth: child.dateOfBirth,
        school: child.school,
        locality: child.locality,
        looked_after: toFlag(child.lookedAfter),
      })
      .execute();
  }
}

function toChild(row: Selectable<ChildRow>): Child {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    school: row.school,
    locality: row.locality,
    lookedAfter: fromFlag(row.looked_after),
  };
}
