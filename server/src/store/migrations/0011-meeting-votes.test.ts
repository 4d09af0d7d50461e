import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "../create-store.js";
import { migrationsFor } from "./index.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-migration-0011-"));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("migration 0011 on SQLite", () => {
  it("replaces the unused vote tables of 0001 with the ones votes are stored in", async () => {
    const sqlitePath = join(directory, "at-0010.sqlite");
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(sqlitePath) }),
    });
    const { error } = await new Migrator({ db, provider: migrationsFor("sqlite") }).migrateTo(
      "0010-fewer-btrees-per-referral",
    );
    expect(error).toBeUndefined();
    await db.destroy();

    const opened = await createStore({ sqlitePath });
    try {
      const question = {
        id: "question-1",
        meetingId: "meeting-1",
        agendaItemId: "item-1",
        kind: "decision" as const,
        areas: [],
        state: "open" as const,
        openedById: "chair-1",
        openedAt: "2026-03-05T10:00:00.000Z",
        closedAt: null,
      };
      const vote = {
        questionId: "question-1",
        voterId: "member-1",
        choice: "approve" as const,
        reason: null,
        castAt: "2026-03-05T10:01:00.000Z",
      };
      const stored = await opened.store.transaction(async (tx) => {
        await tx.votes.insertQuestion(question);
        await tx.votes.cast(vote);
        return [
          await tx.votes.votesOn("question-1"),
          await tx.cardRefreshes.want("question-card:question-1"),
        ];
      });
      expect(stored).toEqual([[vote], { version: 1, enqueue: true }]);
    } finally {
      await opened.close();
    }
  });
});
