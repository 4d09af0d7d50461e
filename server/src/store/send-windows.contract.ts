import { describe, expect, it } from "vitest";
import { teamsConversationLimits, type RateWindow, type Store } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { uniqueId } from "./store-test-data.test-support.js";

const reserve = (store: Store, conversationId: string, nowMs: number, windows = teamsConversationLimits) =>
  store.transaction((tx) => tx.sendWindows.reserve(conversationId, nowMs, windows));

/** Teams' per-conversation send windows, shared by service instances: every Store adapter alike. */
export function describeSendWindowsContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, send windows: ${name}`, () => {
    const store = useOpenedStore(open);

    it("lets 7 sends a second through, then says how long until the oldest leaves the window", async () => {
      const conversation = uniqueId("conversation");
      const start = 1_000_000;
      const answers: number[] = [];
      for (let i = 0; i < 8; i += 1) answers.push(await reserve(store(), conversation, start + i * 10));
      expect(answers).toEqual([0, 0, 0, 0, 0, 0, 0, 930]);
      // Refused sends are not recorded: at the moment the first leaves the window, one more fits.
      expect(await reserve(store(), conversation, start + 1_000)).toBe(0);
      expect(await reserve(store(), conversation, start + 1_001)).toBe(9);
      // Another conversation has its own windows.
      expect(await reserve(store(), uniqueId("conversation"), start + 1_001)).toBe(0);
    });

    it("allows 60 sends in 30 seconds, whatever their pace, and forgets sends older than 30 seconds", async () => {
      const conversation = uniqueId("conversation");
      const start = 5_000_000;
      for (let i = 0; i < 60; i += 1) expect(await reserve(store(), conversation, start + i * 200)).toBe(0);
      expect(await reserve(store(), conversation, start + 12_000)).toBe(18_000);
      expect(await reserve(store(), conversation, start + 30_000)).toBe(0);
      // Long after, every earlier send is forgotten: 7 fit at once again.
      const later = start + 120_000;
      const burst: number[] = [];
      for (let i = 0; i < 8; i += 1) burst.push(await reserve(store(), conversation, later));
      expect(burst.filter((wait) => wait === 0)).toHaveLength(7);
    });

    it("applies the windows it is given", async () => {
      const windows: RateWindow[] = [{ max: 2, windowMs: 100 }];
      const conversation = uniqueId("conversation");
      expect(await reserve(store(), conversation, 0, windows)).toBe(0);
      expect(await reserve(store(), conversation, 50, windows)).toBe(0);
      expect(await reserve(store(), conversation, 60, windows)).toBe(40);
    });

    it("lets exactly 7 of many simultaneous sends through from two connections to the same database", async () => {
      const second = await open();
      try {
        const conversation = uniqueId("conversation");
        const at = 9_000_000;
        const waits = await Promise.all(
          Array.from({ length: 24 }, (_, i) => reserve(i % 2 ? second.store : store(), conversation, at)),
        );
        expect(waits.filter((wait) => wait === 0)).toHaveLength(7);
        expect(waits.filter((wait) => wait !== 0)).toEqual(Array.from({ length: 17 }, () => 1_000));
      } finally {
        await second.close();
      }
    });
  });
}
