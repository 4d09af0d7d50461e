import { describe, expect, it } from "vitest";
import type { CapacityRefusal } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { uniqueId } from "./store-test-data.test-support.js";

const refusal = (
  panelId: string,
  refusedOn: string,
  more: Partial<CapacityRefusal> = {},
): CapacityRefusal => ({
  id: uniqueId("refusal"),
  panelId,
  organisation: "Harbour Family Support",
  service: "Parenting support",
  reason: "waiting-list",
  waitingWeeks: 12,
  refusedOn,
  locality: "North",
  recordedById: "person-1",
  recordedAt: `${refusedOn}T10:00:00.000Z`,
  ...more,
});

/** Third-sector capacity refusals: kept as given, listed latest first, counted per month and reason. */
export function describeCapacityRefusalsContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, capacity refusals: ${name}`, () => {
    const store = useOpenedStore(open);

    it("keeps a refusal as given and lists a panel's latest first, up to the limit, leaving out other panels", async () => {
      const panelId = uniqueId("panel");
      const older = refusal(panelId, "2026-03-02");
      const newer = refusal(panelId, "2026-04-20", {
        reason: "no-capacity",
        waitingWeeks: null,
        locality: null,
      });
      const newest = refusal(panelId, "2026-05-01");
      await store().transaction(async (tx) => {
        for (const each of [older, newest, newer, refusal(uniqueId("panel"), "2026-05-02")]) {
          await tx.capacityRefusals.insert(each);
        }
      });
      expect(await store().read((tx) => tx.capacityRefusals.get(newer.id))).toEqual(newer);
      expect(await store().read((tx) => tx.capacityRefusals.get(uniqueId("refusal")))).toBeNull();
      expect(await store().read((tx) => tx.capacityRefusals.listRecentForPanel(panelId, 2))).toEqual([
        newest,
        newer,
      ]);
      expect(
        (await store().read((tx) => tx.capacityRefusals.listRecentForPanel(panelId, 50))).map((r) => r.id),
      ).toEqual([newest.id, newer.id, older.id]);
    });

    it("counts a panel's refusals per month of the refusal and reason, leaving out other panels and months", async () => {
      const panelId = uniqueId("panel");
      await store().transaction(async (tx) => {
        for (const [refusedOn, reason] of [
          ["2026-03-31", "no-capacity"],
          ["2026-04-01", "no-capacity"],
          ["2026-04-14", "waiting-list"],
          ["2026-04-28", "waiting-list"],
          ["2026-06-30", "no-capacity"],
          ["2026-07-01", "no-capacity"],
        ] as const) {
          await tx.capacityRefusals.insert(refusal(panelId, refusedOn, { reason }));
        }
        await tx.capacityRefusals.insert(refusal(uniqueId("panel"), "2026-04-15"));
      });
      const range = { panelId, fromMonth: "2026-04", toMonth: "2026-06" };
      expect(await store().read((tx) => tx.reports.capacityRefusalCounts(range))).toEqual([
        { month: "2026-04", reason: "no-capacity", count: 1 },
        { month: "2026-04", reason: "waiting-list", count: 2 },
        { month: "2026-06", reason: "no-capacity", count: 1 },
      ]);
    });
  });
}
