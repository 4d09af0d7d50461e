import type { Kysely, Selectable } from "kysely";
import type { Agency, PeopleRepository, Person } from "@convenor/shared";
import type { Database, PersonRow } from "./database.js";

export class KyselyPeopleRepository implements PeopleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: string): Promise<Person | null> {
    const row = await this.db.selectFrom("people").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toPerson(row) : null;
  }

  /** Case-insensitive: a user principal name is matched whatever its capitalisation. */
  async findByEmail(email: string): Promise<Person | null> {
    const row = await this.db
      .selectFrom("people")
      .selectAll()
      .where("email_lower", "=", email.trim().toLowerCase())
      .orderBy("id")
      .executeTakeFirst();
    return row ? toPerson(row) : null;
  }

  async findByEntraObjectId(objectId: string): Promise<Person | null> {
    const row = await this.db
      .selectFrom("people")
      .selectAll()
      .where("entra_object_id", "=", objectId)
      .orderBy("id")
      .executeTakeFirst();
    return row ? toPerson(row) : null;
  }

  async list(): Promise<Person[]> {
    const rows = await this.db
      .selectFrom("people")
      .selectAll()
      .orderBy("display_name")
      .orderBy("id")
      .execute();
    return rows.map(toPerson);
  }

  async upsert(person: Person): Promise<void> {
    const row = toRow(person);
    const { id: _id, ...changes } = row;
    await this.db
      .insertInto("people")
      .values(row)
      .onConflict((oc) => oc.column("id").doUpdateSet(changes))
      .execute();
  }
}

function toRow(person: Person): PersonRow {
  return {
    id: person.id,
    display_name: person.displayName,
    email: person.email,
    email_lower: person.email.trim().toLowerCase(),
    job_title: person.jobTitle,
    agency: person.agency,
    entra_object_id: person.entraObjectId,
    organisation: person.organisation,
    administrator: person.administrator ? 1 : 0,
  };
}

function toPerson(row: Selectable<PersonRow>): Person {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    jobTitle: row.job_title,
    agency: row.agency as Agency,
    entraObjectId: row.entra_object_id,
    organisation: row.organisation as Person["organisation"],
    administrator: row.administrator === 1,
  };
}
