import { describe, expect, it } from "vitest";
import type { AuditEntry, TrackerEntry } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { someChild, somePerson, someRating, uniqueId } from "./store-test-data.test-support.js";

function someEntry(overrides: Partial<TrackerEntry> = {}): TrackerEntry {
  return {
    panelId: "panel-unset",
    childId: "child-unset",
    month: "2026-10",
    ratedById: "person-unset",
    areas: { health: "red" },
    complete: false,
    submittedAt: null,
    ...overrides,
  };
}

/** The monthly tracker: caseloads, part-saved and complete entries, many audit entries at once. */
export function describeTrackerContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, monthly tracker: ${name}`, () => {
    const store = useOpenedStore(open);

    async function aCaseload() {
      const panelId = uniqueId("panel");
      const wendy = somePerson({ displayName: "Wendy Worker" });
      const sol = somePerson({ displayName: "Sol Worker" });
      const family = uniqueId("Birch");
      const amy = someChild({ givenName: "Amy", familyName: uniqueId("Ash"), lookedAfter: true });
      const ben = someChild({ givenName: "Ben", familyName: family, dateOfBirth: "2012-01-31" });
      await store().transaction(async (tx) => {
        for (const person of [wendy, sol]) await tx.people.upsert(person);
        for (const child of [amy, ben]) await tx.children.insert(child);
        await tx.caseload.upsert({ panelId, childId: amy.id, workerId: sol.id, team: "Team 2" });
        await tx.caseload.upsert({ panelId, childId: ben.id, workerId: wendy.id, team: "Team 1" });
        // Moved to another worker and team: one row, the latest.
        await tx.caseload.upsert({ panelId, childId: amy.id, workerId: wendy.id, team: "Team 1" });
      });
      return { panelId, wendy, sol, amy, ben };
    }

    it("keeps who rates which young person, joined with the child and the worker", async () => {
      const { panelId, wendy, sol, amy, ben } = await aCaseload();
      const family = ben.familyName;
      const read = await store().read(async (tx) => ({
        all: await tx.caseload.listForPanel(panelId),
        wendys: await tx.caseload.listForPanel(panelId, { workerId: wendy.id }),
        sols: await tx.caseload.listForPanel(panelId, { workerId: sol.id }),
        one: await tx.caseload.get(panelId, ben.id),
        missing: await tx.caseload.get(panelId, uniqueId("child")),
        panels: await tx.caseload.panelsOfWorker(wendy.id),
        none: await tx.caseload.panelsOfWorker(sol.id),
      }));
      expect(read.all.map((t) => t.childId)).toEqual([amy.id, ben.id].sort());
      expect(read.wendys).toHaveLength(2);
      expect(read.sols).toEqual([]);
      expect(read.one).toEqual({
        panelId,
        childId: ben.id,
        workerId: wendy.id,
        team: "Team 1",
        givenName: "Ben",
        familyName: family,
        dateOfBirth: "2012-01-31",
        lookedAfter: false,
        workerName: "Wendy Worker",
      });
      expect(read.missing).toBeNull();
      expect(read.panels).toEqual([panelId]);
      expect(read.none).toEqual([]);
    });

    it("keeps part-saved entries apart from ratings until they are complete", async () => {
      const { panelId, wendy, amy, ben } = await aCaseload();
      const draft = someEntry({ panelId, childId: amy.id, month: "2026-10", ratedById: wendy.id });
      const complete = someRating({ panelId, childId: ben.id, month: "2026-09", ratedById: wendy.id });
      await store().transaction(async (tx) => {
        await tx.ratings.upsertEntry(draft);
        await tx.ratings.upsert(complete);
      });
      const before = await store().read(async (tx) => ({
        ratings: await tx.ratings.listForPanel(panelId),
        entry: await tx.ratings.entry(panelId, amy.id, "2026-10"),
        old: await tx.ratings.entry(panelId, ben.id, "2026-09"),
      }));
      expect(before.ratings.map((r) => r.childId)).toEqual([ben.id]);
      expect(before.entry).toEqual(draft);
      expect(before.old).toMatchObject({ complete: true, submittedAt: null });

      const submitted = {
        ...draft,
        areas: complete.areas,
        complete: true,
        submittedAt: "2026-10-20T10:00:00.000Z",
      };
      await store().transaction((tx) => tx.ratings.upsertEntry(submitted));
      const after = await store().read(async (tx) => ({
        ratings: await tx.ratings.listForChild(panelId, amy.id),
        entry: await tx.ratings.entry(panelId, amy.id, "2026-10"),
      }));
      expect(after.ratings.map((r) => r.month)).toEqual(["2026-10"]);
      expect(after.entry).toEqual(submitted);
    });

    it("reads a panel's entries in a range of months, for one worker's young people when asked", async () => {
      const { panelId, wendy, sol, amy, ben } = await aCaseload();
      await store().transaction(async (tx) => {
        for (const month of ["2025-12", "2026-01", "2026-02", "2026-03"]) {
          await tx.ratings.upsertEntry(someEntry({ panelId, childId: amy.id, month }));
          await tx.ratings.upsertEntry(someEntry({ panelId, childId: ben.id, month }));
        }
        await tx.caseload.upsert({ panelId, childId: ben.id, workerId: sol.id, team: "Team 2" });
        await tx.ratings.upsertEntry(
          someEntry({ panelId: uniqueId("panel"), childId: amy.id, month: "2026-01" }),
        );
      });
      const read = await store().read(async (tx) => ({
        all: await tx.ratings.entriesBetween(panelId, "2026-01", "2026-02"),
        wendys: await tx.ratings.entriesBetween(panelId, "2025-01", "2026-12", { workerId: wendy.id }),
      }));
      const [first, second] = [amy.id, ben.id].sort();
      expect(read.all.map((e) => [e.month, e.childId])).toEqual([
        ["2026-01", first],
        ["2026-01", second],
        ["2026-02", first],
        ["2026-02", second],
      ]);
      expect(read.wendys.map((e) => e.childId)).toEqual([amy.id, amy.id, amy.id, amy.id]);
    });

    it("appends many audit entries at once, each found by its child", async () => {
      const actorId = uniqueId("person");
      const entries: AuditEntry[] = Array.from({ length: 1_201 }, (_, index) => ({
        id: uniqueId("audit"),
        at: "2026-11-04T09:00:00.000Z",
        actorId,
        action: "tracker.viewed",
        subjectType: "child",
        subjectId: `child-${index}`,
        childId: `${actorId}-child-${index}`,
        channel: "api",
        origin: null,
        correlationId: null,
        detail: { panelId: "panel-hrp" },
      }));
      await store().transaction((tx) => tx.audit.appendMany(entries));
      const read = await store().read(async (tx) => ({
        last: await tx.audit.list({ childId: `${actorId}-child-1200` }),
        all: await tx.audit.list({ actorId }),
      }));
      expect(read.last).toEqual([entries[1200]]);
      expect(read.all).toHaveLength(1_201);
    });
  });
}
