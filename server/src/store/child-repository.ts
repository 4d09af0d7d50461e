import { sql, type Kysely, type Selectable } from "kysely";
import { childMatchKey, type Child, type ChildRepository } from "@convenor/shared";
import type { ChildRow, Database } from "./database.js";
import { fromFlag, toFlag } from "./json-column.js";
import { columns, ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

/** First key of the PostgreSQL advisory locks on a child's identity, so no other lock shares them. */
const childIdentityLockClass = 0x4348_4c44; // "CHLD"

export const childByMatch = new ReusableQuery((db, input: { matchKey: string; dateOfBirth: string }) =>
  db
    .selectFrom("children")
    .selectAll()
    .where("match_key", "=", input.matchKey)
    .where("date_of_birth", "=", input.dateOfBirth),
);

const childColumns = [
  "id",
  "given_name",
  "family_name",
  "match_key",
  "date_of_birth",
  "school",
  "locality",
  "looked_after",
] as const satisfies readonly (keyof ChildRow)[];

export const insertChildUnlessKnown = new ReusableQuery((db, row: ChildRow) =>
  db
    .insertInto("children")
    .values(columns(row, childColumns))
    .onConflict((oc) => oc.columns(["match_key", "date_of_birth"]).doNothing()),
);

export class KyselyChildRepository implements ChildRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(id: string): Promise<Child | null> {
    const row = await this.db.selectFrom("children").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toChild(row) : null;
  }

  async findMatch(givenName: string, familyName: string, dateOfBirth: string): Promise<Child | null> {
    const matchKey = childMatchKey(givenName, familyName);
    const row = (await childByMatch.execute(this.db, this.dialect, { matchKey, dateOfBirth })).rows[0];
    return row ? toChild(row) : null;
  }

  async findOrInsert(child: Child): Promise<Child> {
    // The unique (match_key, date_of_birth) index decides: a concurrent insert of the same child makes this
    // one wait for it and then do nothing, so the select below finds the one record either way.
    const inserted = await insertChildUnlessKnown.execute(this.db, this.dialect, toRow(child));
    if (inserted.numAffectedRows === 1n) return toChild(toRow(child));
    const stored = await this.findMatch(child.givenName, child.familyName, child.dateOfBirth);
    if (!stored) throw new Error("A child record just found or inserted is missing");
    return stored;
  }

  async lockMatch(givenName: string, familyName: string, dateOfBirth: string): Promise<void> {
    // SQLite transactions begin immediate and so already run one writer at a time.
    if (this.dialect !== "postgres") return;
    // An advisory lock, not a row lock: the record may not exist yet. Held until the transaction ends.
    const identity = `${childMatchKey(givenName, familyName)}\u001f${dateOfBirth}`;
    await sql`select pg_advisory_xact_lock(${childIdentityLockClass}, hashtext(${identity}))`.execute(
      this.db,
    );
  }

  async insert(child: Child): Promise<void> {
    await this.db.insertInto("children").values(toRow(child)).execute();
  }
}

function toRow(child: Child): ChildRow {
  return {
    id: child.id,
    given_name: child.givenName,
    family_name: child.familyName,
    match_key: childMatchKey(child.givenName, child.familyName),
    date_of_birth: child.dateOfBirth,
    school: child.school,
    locality: child.locality,
    looked_after: toFlag(child.lookedAfter),
  };
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
