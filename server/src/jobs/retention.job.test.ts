import type { Store } from "@convenor/shared";
import { FixedClock } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import { capturedLogger } from "../captured-logger.test-support.js";
import { RetentionJob } from "./retention.job.js";

describe("the retention job", () => {
  it("logs a failed run and tries again on its next run, without throwing", async () => {
    const unavailable: Store = {
      transaction: () => Promise.reject(new Error("database unavailable")),
      read: () => Promise.reject(new Error("database unavailable")),
    };
    const { lines, logger } = capturedLogger();
    const job = new RetentionJob({
      deps: { store: unavailable, clock: new FixedClock("2026-11-29T02:00:00Z") },
      logger,
    });
    await job.runOnce();
    expect(lines).toEqual([
      expect.objectContaining({
        msg: "anonymising records past retention failed",
        reason: "database unavailable",
        referrals: 0,
      }),
    ]);
  });
});
