import { sql, type Kysely, type RawBuilder } from "kysely";

/**
 * Merges each set of child records with the same match key and date of birth into its lowest id (the record
 * lookups already returned): everything pointing at the others is repointed to it, they are deleted, and
 * `children_match` is (re)made unique. Run inside a transaction: a merge must not stop halfway.
 */
const survivorOf = (childId: RawBuilder<unknown>) => sql`(
  select min(s.id) from children s
  join children d on d.match_key = s.match_key and d.date_of_birth = s.date_of_birth
  where d.id = ${childId})`;

const duplicateIds = sql`(
  select d.id from children d
  where exists (
    select 1 from children s
    where s.match_key = d.match_key and s.date_of_birth = d.date_of_birth and s.id < d.id))`;

// Plain SQL that SQLite and PostgreSQL both run; it must not depend on the current typed schema.
export async function mergeDuplicateChildren(db: Kysely<unknown>): Promise<void> {
  // Looked after on any of the records means looked after: the flag puts a child on the HRP tracker.
  await sql`
    update children set looked_after = 1
    where looked_after = 0 and exists (
      select 1 from children o
      where o.match_key = children.match_key and o.date_of_birth = children.date_of_birth
        and o.looked_after <> 0)`.execute(db);

  // One rating a panel, child and month: where merged records were rated for the same month, the rating
  // of the lowest id stays.
  const ratedChild = sql.ref("monthly_ratings.child_id");
  await sql`
    delete from monthly_ratings
    where child_id in ${duplicateIds} and exists (
      select 1 from monthly_ratings o
      where o.panel_id = monthly_ratings.panel_id and o.month = monthly_ratings.month
        and o.child_id < monthly_ratings.child_id
        and ${survivorOf(sql.ref("o.child_id"))} = ${survivorOf(ratedChild)})`.execute(db);

  for (const table of ["referrals", "agenda_items", "monthly_ratings", "audit_log"]) {
    const childId = sql.ref(`${table}.child_id`);
    await sql`
      update ${sql.table(table)} set child_id = ${survivorOf(childId)}
      where child_id in ${duplicateIds}`.execute(db);
  }
  await sql`
    update audit_log set subject_id = ${survivorOf(sql.ref("audit_log.subject_id"))}
    where subject_type = 'child' and subject_id in ${duplicateIds}`.execute(db);

  await sql`delete from children where id in ${duplicateIds}`.execute(db);

  await db.schema.dropIndex("children_match").ifExists().execute();
  await db.schema
    .createIndex("children_match")
    .on("children")
    .columns(["match_key", "date_of_birth"])
    .unique()
    .execute();
}
