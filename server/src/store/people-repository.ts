import type { Kysely, Selectable } from "kysely";
import type { Agency, PeopleRepository, Person } from "@convenor/shared";
import type { Database, PersonRow } from "./database.js";
import { ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

export const personByEntraObjectId = new ReusableQuery((db, input: { objectId: string }) =>
  db.selectFrom("people").selectAll().where("entra_object_id", "=", input.objectId).orderBy("id").limit(1),
);

const idsPerQuery = 500;

export class KyselyPeopleRepository implements PeopleRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(id: string): Promise<Person | null> {
    const row = await this.db.selectFrom("people").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toPerson(row) : null;
  }

  async getMany(ids: readonly string[]): Promise<Person[]> {
    const unique = [...new Set(ids)];
    const found: Person[] = [];
    // In slices, so that a long list stays within every driver's limit on bound parameters.
    for (let start = 0; start < unique.length; start += idsPerQuery) {
      const rows = await this.db
        .selectFrom("people")
        .selectAll()
        .where("id", "in", unique.slice(start, start + idsPerQuery))
        .execute();
      found.push(...rows.map(toPerson));
    }
    return found;
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
    const { rows } = await personByEntraObjectId.execute(this.db, this.dialect, { objectId });
    return rows[0] ? toPerson(rows[0]) : null;
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
    data_protection_officer: person.dataProtectionOfficer ? 1 : 0,
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
    dataProtectionOfficer: row.data_protection_officer === 1,
  };
}
