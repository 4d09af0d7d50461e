import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "./create-store.js";
import { describeAgendasAndPapersContract } from "./agendas-and-papers.contract.js";
import { describeSendWindowsContract } from "./send-windows.contract.js";
import { describeStoreContract } from "./store.contract.js";
import { describeMeetingVotesContract } from "./meeting-votes.contract.js";
import { describeDecisionsAndActionsContract } from "./decisions-and-actions.contract.js";
import { describeTrackerContract } from "./tracker.contract.js";
import { describeCinReviewsContract } from "./cin-reviews.contract.js";
import { describeMinutesContract } from "./minutes.contract.js";
import { describeReportsContract } from "./reports.contract.js";
import { describeRetentionContract } from "./retention.contract.js";
import { describeCapacityRefusalsContract } from "./capacity-refusals.contract.js";
import { somePerson } from "./store-test-data.test-support.js";
import { dropSchemas, uniqueSchemaName } from "../testing/postgres-schemas.js";

const url = process.env.TEST_DATABASE_URL;
const schema = uniqueSchemaName("store_test");

describe.skipIf(!url)(url ? "PostgreSQL" : "PostgreSQL suite (TEST_DATABASE_URL not set)", () => {
  const databaseUrl = url!;

  afterAll(() => dropSchemas(databaseUrl, [schema]));

  describeStoreContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeAgendasAndPapersContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeSendWindowsContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeMeetingVotesContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeDecisionsAndActionsContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeTrackerContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeCinReviewsContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeMinutesContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeReportsContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeRetentionContract("PostgreSQL", () => createStore({ databaseUrl, schema }));
  describeCapacityRefusalsContract("PostgreSQL", () => createStore({ databaseUrl, schema }));

  describe("PostgreSQL store schema", () => {
    it("keeps its tables in its own schema and migrates an existing schema without changes", async () => {
      const first = await createStore({ databaseUrl, schema });
      const person = somePerson();
      try {
        expect(first.dialect).toBe("postgres");
        await first.store.transaction((tx) => tx.people.upsert(person));
      } finally {
        await first.close();
      }

      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string }>(
          `select id from "${schema}".people where id = $1`,
          [person.id],
        );
        expect(rows).toEqual([{ id: person.id }]);
      } finally {
        await client.end();
      }
    });

    it("refuses a schema name that is not a plain identifier", async () => {
      await expect(createStore({ databaseUrl, schema: 'x"; drop table people; --' })).rejects.toThrow(
        /schema name/,
      );
    });
  });
});
