import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import { defaultRetentionPeriods } from "../model/retention.js";
import { aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { getRetentionPeriods } from "./get-retention-periods.js";
import { setRetentionPeriods } from "./set-retention-periods.js";

function aDeployment() {
  const store = new InMemoryStore({
    people: [aPerson({ id: "admin", administrator: true }), aPerson({ id: "chair" })],
  });
  const deps = { store, clock: new FixedClock("2026-11-29T10:00:00.000Z"), newId: sequentialIds() };
  const actor = (personId: string): Actor => ({
    personId,
    channel: "api",
    origin: null,
    correlationId: null,
  });
  return { store, deps, actor };
}

describe("retention periods", () => {
  it("are the documented defaults until an administrator changes them, and the change is audited", async () => {
    const d = aDeployment();
    expect(await getRetentionPeriods(d.deps, d.actor("admin"))).toEqual({
      ok: true,
      value: { referral: 72, caseObservation: 72, minute: 72, deliveredMessage: 3 },
    });
    const changed = { ...defaultRetentionPeriods, referral: 84 };
    expect(await setRetentionPeriods(d.deps, d.actor("admin"), changed)).toEqual({
      ok: true,
      value: changed,
    });
    expect(await getRetentionPeriods(d.deps, d.actor("admin"))).toEqual({ ok: true, value: changed });
    expect(d.store.contents().audit).toEqual([
      expect.objectContaining({
        action: "retention.periods-set",
        actorId: "admin",
        detail: { before: defaultRetentionPeriods, after: changed },
      }),
    ]);
  });

  it("are refused to anyone but an administrator", async () => {
    const d = aDeployment();
    const read = await getRetentionPeriods(d.deps, d.actor("chair"));
    const set = await setRetentionPeriods(d.deps, d.actor("chair"), defaultRetentionPeriods);
    expect([read, set].map((r) => !r.ok && r.error.code)).toEqual(["AUTH.FORBIDDEN", "AUTH.FORBIDDEN"]);
    expect(d.store.contents().audit).toEqual([]);
  });

  it("must be whole months from 1 to 1,200", async () => {
    const d = aDeployment();
    const set = await setRetentionPeriods(d.deps, d.actor("admin"), {
      referral: 0,
      caseObservation: 1.5,
      minute: 72,
      deliveredMessage: 1201,
    });
    expect(set.ok).toBe(false);
    if (set.ok) return;
    expect(set.error.code).toBe("RETENTION.PERIOD_OUT_OF_RANGE");
    expect(set.error.fields?.map((f) => f.field)).toEqual([
      "referral",
      "caseObservation",
      "deliveredMessage",
    ]);
  });
});
