import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { dropSchemas, uniqueSchemaName } from "../testing/postgres-schemas.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileReferral, type Actor, type Person, type Store, type UseCaseDeps } from "@convenor/shared";
import { aMembership, aPanel, aPerson, aValidReferralForm, FixedClock } from "@convenor/shared/testing";
import { createStore, type OpenStore } from "./create-store.js";
import { uniqueId } from "./store-test-data.test-support.js";

// Referrals for the same child filed at the same moment, through the use case, on each real engine: two
// connections (pools) to one database, as two service instances or two requests would have.

const directory = mkdtempSync(join(tmpdir(), "convenor-same-child-"));
const url = process.env.TEST_DATABASE_URL;
const schema = uniqueSchemaName("same_child");
/** Names the second pool's connections, to see in pg_locks when one of them waits. */
const waitingApplication = `convenor-test-${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  rmSync(directory, { recursive: true, force: true });
  if (url) await dropSchemas(url, [schema]);
});

interface Engine {
  open(): Promise<[OpenStore, OpenStore]>;
  /** Resolves once a transaction on the second store waits for a lock (the first holds it), or `work` ends. */
  secondIsWaiting(work: Promise<unknown>): Promise<void>;
}

const sqlite: Engine = {
  open: async () => {
    const sqlitePath = join(directory, "convenor.sqlite");
    return [await createStore({ sqlitePath }), await createStore({ sqlitePath })];
  },
  // SQLite runs one writer at a time: the second cannot begin its checks while the first is uncommitted.
  secondIsWaiting: () => Promise.resolve(),
};

const postgres = (databaseUrl: string): Engine => ({
  open: async () => [
    await createStore({ databaseUrl, schema }),
    await createStore({ databaseUrl: `${databaseUrl}?application_name=${waitingApplication}`, schema }),
  ],
  secondIsWaiting: async (work) => {
    let ended = false;
    const end = () => (ended = true);
    work.then(end, end);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      while (!ended) {
        const { rows } = await client.query<{ waiting: string }>(
          `select count(*) as waiting from pg_locks l join pg_stat_activity a on a.pid = l.pid
           where not l.granted and a.application_name = $1`,
          [waitingApplication],
        );
        if (Number(rows[0]?.waiting) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    } finally {
      await client.end();
    }
  },
});

const engines: [string, Engine][] = [["SQLite", sqlite]];
if (url) engines.push(["PostgreSQL", postgres(url)]);

describe.each(engines)("referrals for the same child at the same moment on %s", (_name, engine) => {
  let first: OpenStore;
  let second: OpenStore;
  const clock = new FixedClock("2026-02-02T09:00:00.000Z");
  const lcjst = aPanel("lc-jst", { id: uniqueId("panel-lcjst") });
  const isg = aPanel("isg", { id: uniqueId("panel-isg") });
  const teacher = aPerson({ id: uniqueId("teacher") });
  const healthVisitor = aPerson({ id: uniqueId("health-visitor"), agency: "health" });

  beforeAll(async () => {
    [first, second] = await engine.open();
    await first.store.transaction(async (tx) => {
      for (const person of [teacher, healthVisitor]) await tx.people.upsert(person);
      for (const panel of [lcjst, isg]) {
        await tx.panels.upsert(panel);
        await tx.panels.setMembers(panel.id, [
          aMembership(panel, teacher, ["referrer"]),
          aMembership(panel, healthVisitor, ["referrer"], { agency: "health" }),
        ]);
      }
    });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  const actor = (person: Person): Actor => ({
    personId: person.id,
    channel: "tab",
    origin: "127.0.0.1",
    correlationId: uniqueId("corr"),
  });
  const deps = (store: Store): UseCaseDeps => ({ store, clock });
  const file = (store: Store, person: Person, panelId: string, form: Record<string, unknown>) =>
    fileReferral(deps(store), actor(person), {
      panelId,
      idempotencyKey: uniqueId("key"),
      mode: "submit",
      form,
    });
  /** A child no other round has referred. */
  const newChild = () => ({
    "child.givenName": `Morag ${randomBytes(4).toString("hex")}`,
    "child.familyName": "Example",
  });

  it("two referrers referring the same new child at once end on one child record", async () => {
    for (let round = 0; round < 10; round++) {
      const child = newChild();
      const [byTeacher, byHealthVisitor] = await Promise.all([
        file(first.store, teacher, lcjst.id, aValidReferralForm("lc-jst", child)),
        // The health visitor types the name differently: still the same child.
        file(second.store, healthVisitor, lcjst.id, {
          ...aValidReferralForm("lc-jst", child),
          "child.givenName": ` ${child["child.givenName"].toUpperCase()}`,
        }),
      ]);

      if (!byTeacher.ok || !byHealthVisitor.ok) throw new Error("both referrals should have been filed");
      expect(byHealthVisitor.value.referral.childId).toBe(byTeacher.value.referral.childId);
      const record = await first.store.transaction((tx) =>
        tx.children.findMatch(child["child.givenName"], "Example", "2013-05-14"),
      );
      expect(record?.id).toBe(byTeacher.value.referral.childId);
    }
  });

  it("refuses an ISG referral filed while the same child's LC-JST referral is being filed", async () => {
    const child = newChild();
    let lcjstWritten!: () => void;
    const lcjstReady = new Promise<void>((resolve) => (lcjstWritten = resolve));
    let commit!: () => void;
    const commitAllowed = new Promise<void>((resolve) => (commit = resolve));
    // The LC-JST filing writes its child and referral, then holds its transaction open until told.
    const holdingCommit: Store = {
      read: (work) => first.store.read(work),
      transaction: (work) =>
        first.store.transaction(async (tx) => {
          const result = await work(tx);
          lcjstWritten();
          await commitAllowed;
          return result;
        }),
    };

    const lcjstFiling = file(holdingCommit, teacher, lcjst.id, aValidReferralForm("lc-jst", child));
    await lcjstReady;
    // The referrer files the ISG referral too, saying the LC-JST referred on (the form's LC-JST outcome).
    const isgFiling = file(second.store, teacher, isg.id, aValidReferralForm("isg", child));
    // Without a lock to wait for, the ISG filing would finish before the LC-JST one commits.
    await engine.secondIsWaiting(isgFiling);
    commit();
    const [lcjstFiled, isgFiled] = await Promise.all([lcjstFiling, isgFiling]);

    expect(lcjstFiled.ok).toBe(true);
    expect(isgFiled).toMatchObject({
      ok: false,
      error: { code: "VALIDATION.FAILED", fields: [{ code: "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME" }] },
    });
    const onIsg = await first.store.transaction((tx) => tx.referrals.list({ panelId: isg.id }));
    expect(onIsg).toEqual([]);
  });
});
