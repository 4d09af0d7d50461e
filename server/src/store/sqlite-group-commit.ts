import type { StoreTx } from "@convenor/shared";

/** What a group needs from the store: its one write connection, as statements and a transaction view. */
export interface GroupConnection {
  run(statement: string): Promise<void>;
  /** Opens the transaction (SQLite `begin immediate`, waiting for the write lock). */
  begin(): Promise<void>;
  tx: StoreTx;
}

interface Waiting {
  work: (tx: StoreTx) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** How many transactions one commit carries at most, so that none waits long behind the others. */
export const maxGroupSize = 16;

/**
 * Group commit for SQLite's single write connection. A transaction asked for while another runs does not
 * wait for its own `begin` and `commit`: it joins the open one under a savepoint, and the group commits once.
 * Each caller still gets its own outcome: a failing transaction is rolled back to its savepoint alone, and
 * every caller's promise settles only after the commit that makes its writes durable (or fails with it).
 * A commit writes a page of the log for each B-tree page it touches, much of it shared (table ends, the
 * reference counter, the outbox queue), so under load one commit of several transactions costs little more
 * than one of a single transaction.
 */
export class SqliteGroupCommit {
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(
    private readonly withConnection: (group: (connection: GroupConnection) => Promise<void>) => Promise<void>,
  ) {}

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.withConnection((connection) => this.commitGroup(connection));
    } catch (error) {
      // The connection could not be had at all: nobody waiting can be served by it.
      for (const waiting of this.waiting.splice(0)) waiting.reject(error);
    } finally {
      this.draining = false;
    }
  }

  private async commitGroup(connection: GroupConnection): Promise<void> {
    try {
      await connection.begin();
    } catch (error) {
      for (const waiting of this.waiting.splice(0)) waiting.reject(error);
      return;
    }
    const first = this.waiting.shift()!;
    const joined: { waiting: Waiting; result: unknown }[] = [];
    try {
      joined.push({ waiting: first, result: await first.work(connection.tx) });
    } catch (error) {
      await rollbackQuietly(connection);
      first.reject(error);
      return;
    }
    let served = 1;
    while (served < maxGroupSize) {
      // One turn of the event loop lets requests already under way reach the store and join. Alone, a
      // transaction's commit waits for nothing else: the turn finds nothing to do.
      if (this.waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const next = this.waiting.shift();
      if (!next) break;
      served += 1;
      const outcome = await this.runJoined(connection, next);
      if (outcome === "transaction lost") {
        for (const { waiting } of joined)
          waiting.reject(new Error("The transaction was rolled back by the database"));
        return;
      }
      if (outcome.ok) joined.push({ waiting: next, result: outcome.result });
    }
    try {
      await connection.run("commit");
    } catch (error) {
      await rollbackQuietly(connection);
      for (const { waiting } of joined) waiting.reject(error);
      return;
    }
    for (const { waiting, result } of joined) waiting.resolve(result);
  }

  /** Runs a joining transaction under its own savepoint; on a throw, undoes only its writes. */
  private async runJoined(
    connection: GroupConnection,
    waiting: Waiting,
  ): Promise<{ ok: true; result: unknown } | { ok: false } | "transaction lost"> {
    try {
      await connection.run("savepoint joined");
      const result = await waiting.work(connection.tx);
      await connection.run("release joined");
      return { ok: true, result };
    } catch (error) {
      const undone = await rollbackToSavepoint(connection);
      waiting.reject(error);
      return undone ? { ok: false } : "transaction lost";
    }
  }
}

/** False when the savepoint is gone: some errors (a full disk, an I/O error) roll back the whole transaction. */
async function rollbackToSavepoint(connection: GroupConnection): Promise<boolean> {
  try {
    await connection.run("rollback to joined");
    await connection.run("release joined");
    return true;
  } catch {
    await rollbackQuietly(connection);
    return false;
  }
}

async function rollbackQuietly(connection: GroupConnection): Promise<void> {
  try {
    await connection.run("rollback");
  } catch {
    // Already ended by the engine; the caller's own error is the one worth reporting.
  }
}
