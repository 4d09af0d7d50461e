import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "../create-store.js";
import { migrationsFor } from "./index.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-migration-0014-"));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("migration 0014 on SQLite", () => {
  it("keeps a decision closed by a vote before it as a case decision about its agenda item's child", async () => {
    const sqlitePath = join(directory, "at-0013.sqlite");
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(sqlitePath) }),
    });
    const { error } = await new Migrator({ db, provider: migrationsFor("sqlite") }).migrateTo(
      "0013-monthly-tracker",
    );
    expect(error).toBeUndefined();
    await sql`insert into agenda_items (id, meeting_id, position, source, title, referral_id, child_id,
      slot_minutes, presenter_id, invited_person_ids)
      values ('item-1', 'meeting-1', 1, 'referral', 'ICSMG-2026-0001', 'referral-1', 'child-1', 20, null, '[]')`.execute(
      db,
    );
    await sql`insert into decisions (id, question_id, meeting_id, agenda_item_id, referral_id, outcome, reasons,
      decided_at, decided_by_ids, review_date, votes, dissent, casting_outcome)
      values ('decision-1', 'question-1', 'meeting-1', 'item-1', 'referral-1', 'approved', 'Agreed',
      '2026-03-05T10:20:00.000Z', '["chair-1"]', null, '[]', '[]', 0)`.execute(db);
    await db.destroy();

    const opened = await createStore({ sqlitePath });
    try {
      const decisions = await opened.store.read((tx) => tx.votes.decisionsOfChild("child-1"));
      expect(decisions).toEqual([
        expect.objectContaining({ id: "decision-1", kind: "case", childId: "child-1", resource: null }),
      ]);
    } finally {
      await opened.close();
    }
  });
});
