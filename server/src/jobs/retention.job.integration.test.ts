import { describe, expect, it } from "vitest";
import type { Store } from "@convenor/shared";
import { FixedClock } from "@convenor/shared/testing";
import { capturedLogger } from "../captured-logger.test-support.js";
import { someChild, someReferral, uniqueId } from "../store/store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "../store/two-connections.test-support.js";
import { RetentionJob } from "./retention.job.js";

// Two service instances run the retention job at the same moment on one database (two connections, each
// engine): every old referral and child is anonymised, and audited, exactly once.

const engines = twoConnectionsOnEachEngine("retention-race");
const closedLongAgo = "2018-03-01T10:00:00.000Z";

async function seedOldCases(store: Store, count: number) {
  const children = Array.from({ length: count }, (_, i) =>
    someChild({ givenName: `Child${i}`, familyName: uniqueId("Family") }),
  );
  await store.transaction(async (tx) => {
    for (const child of children) {
      await tx.children.insert(child);
      await tx.referrals.insert(
        someReferral({
          childId: child.id,
          state: "closed",
          updatedAt: closedLongAgo,
          createdAt: closedLongAgo,
        }),
      );
    }
  });
  return children;
}

describe.each(engines)("two instances running the retention job at once: %s", (_name, open) => {
  it.skipIf(!open)("anonymise and audit each old record once, and log counts only", async () => {
    const [first, second] = await open!();
    try {
      const children = await seedOldCases(first.store, 23);
      const clock = new FixedClock("2026-11-29T02:00:00.000Z");
      const { lines, logger } = capturedLogger();
      const jobs = [first, second].map(
        (opened) => new RetentionJob({ deps: { store: opened.store, clock }, logger, batchSize: 5 }),
      );
      await Promise.all(jobs.map((job) => job.runOnce()));
      await jobs[0]!.runOnce();

      const audit = await first.store.read((tx) => tx.audit.list({ actorId: "convenor" }));
      const anonymised = audit.filter((entry) => entry.action === "retention.referral-anonymised");
      expect(anonymised).toHaveLength(23);
      expect(new Set(anonymised.map((entry) => entry.subjectId)).size).toBe(23);
      const childEntries = audit.filter((entry) => entry.action === "retention.child-anonymised");
      expect(childEntries.map((entry) => entry.subjectId).sort()).toEqual(children.map((c) => c.id).sort());

      const stored = await first.store.read((tx) => Promise.all(children.map((c) => tx.children.get(c.id))));
      expect(stored.map((child) => child?.givenName)).toEqual(children.map(() => "Anonymised"));

      const counted = lines.filter((line) => line.msg === "records past retention anonymised");
      expect(counted.reduce((sum, line) => sum + Number(line.referrals), 0)).toBe(23);
      expect(JSON.stringify(lines)).not.toMatch(/Child\d|Family-|2013-05-14/);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
