import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { withStatementCache } from "./sqlite-statement-cache.js";

describe("the SQLite statement cache", () => {
  const database = new BetterSqlite3(":memory:");
  afterEach(() => database.exec("drop table if exists t"));

  it("prepares a query once and runs the kept statement again with new parameters", () => {
    const cached = withStatementCache(database, 2);
    cached.prepare("create table t (n integer)").run([]);
    const insert = cached.prepare("insert into t values (?)");
    insert.run([1]);
    const again = cached.prepare("insert into t values (?)");
    again.run([2]);

    expect(again).toBe(insert);
    expect(cached.prepare("select n from t order by n").all([])).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("keeps working past its limit, preparing anew what it let go", () => {
    const cached = withStatementCache(database, 2);
    const first = cached.prepare("select 1 as n");
    cached.prepare("select 2 as n");
    cached.prepare("select 3 as n");

    const again = cached.prepare("select 1 as n");
    expect(again).not.toBe(first);
    expect(again.all([])).toEqual([{ n: 1 }]);
  });
});
