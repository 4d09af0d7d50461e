import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from "kysely";
import { describe, expect, it } from "vitest";
import { appendAuditEntry } from "./audit-log.js";
import { childByMatch, insertChildUnlessKnown } from "./child-repository.js";
import { closureDaysBetween } from "./closure-day-repository.js";
import { conversationReference } from "./conversation-references.js";
import type { Database } from "./database.js";
import { claimIdempotencyKey, idempotencyKey } from "./idempotency-keys.js";
import { upcomingMeetings } from "./meeting-repository.js";
import { enqueueMessage } from "./outbox.js";
import { membershipsOfPerson, panelById } from "./panel-repository.js";
import { personByEntraObjectId } from "./people-repository.js";
import { insertReferral, takeReferenceNumber } from "./referral-repository.js";
import { ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

/** Kysely instances that only compile, one per dialect. */
const compilers: Record<StoreDialect, Kysely<Database>> = {
  sqlite: new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  }),
  postgres: new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }),
};

const referralRow = (id: string, meetingId: string | null) => ({
  id,
  panel_id: "panel-lcjst",
  reference: `LCJST-2026-${id}`,
  state: "submitted",
  child_id: `child-${id}`,
  referrer_id: "p-teacher",
  urgency: "routine",
  form: JSON.stringify({ "child.givenName": id }),
  meeting_id: meetingId,
  retrospective: 0,
  created_at: "2026-11-29T10:00:00.000Z",
  updated_at: "2026-11-29T10:00:01.000Z",
  version: 1,
  history: "[]",
});

const auditRow = (id: string, childId: string | null) => ({
  id,
  at: "2026-11-29T10:00:00.000Z",
  actor_id: `actor-${id}`,
  action: "referral.filed",
  subject_type: "referral",
  subject_id: `referral-${id}`,
  child_id: childId,
  channel: "bot",
  origin: null,
  correlation_id: `correlation-${id}`,
  detail: null,
});

const outboxRow = (id: string, deliveredAt: string | null) => ({
  id,
  kind: "referral.submitted",
  recipient: `panel:${id}`,
  payload: JSON.stringify({ referralId: id }),
  created_at: "2026-11-29T10:00:00.000Z",
  attempts: 0,
  not_before: "2026-11-29T10:00:00.000Z",
  delivered_at: deliveredAt,
  last_error: null,
});

const childRow = (id: string, lookedAfter: number) => ({
  id,
  given_name: `Given ${id}`,
  family_name: "Family",
  match_key: `given ${id}|family`,
  date_of_birth: "2015-03-04",
  school: "Hill Primary",
  locality: "North",
  looked_after: lookedAfter,
});

/** Each reusable query of the store, with two different inputs. */
const cases: [string, ReusableQuery<never, unknown>, unknown, unknown][] = [
  ["person by Entra object id", personByEntraObjectId, { objectId: "oid-1" }, { objectId: "oid-2" }],
  ["conversation reference", conversationReference, { key: "person:a" }, { key: "panel:b" }],
  ["idempotency key", idempotencyKey, { key: "k1" }, { key: "k2" }],
  [
    "idempotency claim",
    claimIdempotencyKey,
    { key: "k1", scope: "referral.file", result: "{}", created_at: "2026-01-01" },
    { key: "k2", scope: "referral.resubmit", result: "null", created_at: "2026-02-02" },
  ],
  ["panel", panelById, { id: "panel-1" }, { id: "panel-2" }],
  ["memberships of a person", membershipsOfPerson, { personId: "p-1" }, { personId: "p-2" }],
  [
    "child by match",
    childByMatch,
    { matchKey: "a|b", dateOfBirth: "2015-01-01" },
    { matchKey: "c|d", dateOfBirth: "2016-02-02" },
  ],
  ["child insert", insertChildUnlessKnown, childRow("1", 0), childRow("2", 1)],
  ["referral insert", insertReferral, referralRow("1", null), referralRow("2", "meeting-1")],
  [
    "reference number",
    takeReferenceNumber,
    { panelId: "panel-1", year: 2026 },
    { panelId: "panel-2", year: 2027 },
  ],
  ["audit entry", appendAuditEntry, auditRow("1", null), auditRow("2", "child-2")],
  ["outbox message", enqueueMessage, outboxRow("1", null), outboxRow("2", "2026-11-29T11:00:00.000Z")],
  [
    "upcoming meetings",
    upcomingMeetings,
    { panelId: "panel-1", afterIso: "2026-01-01T00:00:00.000Z" },
    { panelId: "panel-2", afterIso: "2026-06-01T00:00:00.000Z" },
  ],
  [
    "closure days between",
    closureDaysBetween,
    { from: "2026-01-01", to: "2026-03-01" },
    { from: "2027-01-01", to: "2027-12-31" },
  ],
];

const statement = (query: { sql: string; parameters: readonly unknown[] }) => ({
  sql: query.sql,
  parameters: query.parameters,
});

describe("reusable queries", () => {
  for (const dialect of ["sqlite", "postgres"] as const) {
    const db = compilers[dialect];
    for (const [name, query, first, second] of cases) {
      it(`${name} (${dialect}) runs exactly what Kysely compiles, for each new input`, () => {
        for (const input of [first, second, first] as never[]) {
          expect(statement(query.compile(db, dialect, input))).toEqual(
            statement(query.compileAfresh(db, input)),
          );
        }
      });
    }
  }

  it("inserts write every column of the row they are given", () => {
    const db = compilers.sqlite;
    const same = (reused: { sql: string; parameters: readonly unknown[] }, plain: typeof reused) =>
      expect(statement(reused)).toEqual(statement(plain));
    same(
      insertReferral.compile(db, "sqlite", referralRow("1", null)),
      db.insertInto("referrals").values(referralRow("1", null)).compile(),
    );
    same(
      appendAuditEntry.compile(db, "sqlite", auditRow("1", "child-1")),
      db.insertInto("audit_log").values(auditRow("1", "child-1")).compile(),
    );
    same(
      enqueueMessage.compile(db, "sqlite", outboxRow("1", null)),
      db.insertInto("outbox").values(outboxRow("1", null)).compile(),
    );
    same(
      insertChildUnlessKnown.compile(db, "sqlite", childRow("1", 1)),
      db
        .insertInto("children")
        .values(childRow("1", 1))
        .onConflict((oc) => oc.columns(["match_key", "date_of_birth"]).doNothing())
        .compile(),
    );
  });

  it("keeps a query's own constants among its parameters", () => {
    const compiled = upcomingMeetings.compile(compilers.sqlite, "sqlite", {
      panelId: "panel-1",
      afterIso: "2026-01-01",
    });
    expect(compiled.parameters).toEqual(["panel-1", "planned", "2026-01-01"]);
  });

  it("compiles for each dialect separately", () => {
    const input = { id: "panel-1" };
    expect(panelById.compile(compilers.sqlite, "sqlite", input).sql).toContain("?");
    expect(panelById.compile(compilers.postgres, "postgres", input).sql).toContain("$1");
  });

  it("refuses a query that writes an input into its SQL text", () => {
    const inlined = new ReusableQuery((db, input: { name: string }) =>
      db.selectFrom("people").selectAll().where("display_name", "=", sql.lit(input.name)),
    );
    expect(() => inlined.compile(compilers.sqlite, "sqlite", { name: "x" })).toThrow(/inline/);
  });
});
