import { describe, expect, it } from "vitest";
import { recordCapacityRefusalBody } from "../api/capacity-refusal-requests.js";
import type { Actor } from "../model/actor.js";
import { getUnmetNeedReport } from "../reports/get-unmet-need-report.js";
import { aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { listCapacityRefusals } from "./list-capacity-refusals.js";
import { recordCapacityRefusal } from "./record-capacity-refusal.js";

function scenario() {
  const panel = aPanel("lc-jst", { id: "lcjst", name: "North LC-JST" });
  const other = aPanel("icsmg", { id: "icsmg", name: "ICSMG" });
  const people = ["chair", "member", "np", "outsider"].map((id) => aPerson({ id }));
  const store = new InMemoryStore({
    people,
    panels: [panel, other],
    memberships: [
      aMembership(panel, people[0]!, ["chair"]),
      aMembership(panel, people[1]!, ["member"]),
      aMembership(panel, people[2]!, ["referrer"]),
      aMembership(other, people[3]!, ["chair"]),
    ],
  });
  const deps = { store, clock: new FixedClock("2026-06-10T09:00:00Z") };
  const actor = (id: string): Actor => ({ personId: id, channel: "test", origin: null, correlationId: null });
  return { deps, store, actor };
}

const refusal = {
  idempotencyKey: "form-key-0001",
  panelId: "lcjst",
  organisation: "Harbour Family Support",
  service: "Parenting support",
  reason: "waiting-list",
  waitingWeeks: 12,
  refusedOn: "2026-06-02",
  locality: "North",
};

describe("third-sector capacity refusals", () => {
  it("lets a Named Person record one, lists it for the panel, and audits it by ids only", async () => {
    const s = scenario();
    const result = await recordCapacityRefusal(s.deps, s.actor("np"), refusal);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      replayed: false,
      refusal: {
        organisation: "Harbour Family Support",
        service: "Parenting support",
        reason: "waiting-list",
        reasonLabel: "Waiting list",
        waitingWeeks: 12,
        refusedOn: "2026-06-02",
        locality: "North",
      },
    });
    const listed = await listCapacityRefusals(s.deps, s.actor("member"), { panelId: "lcjst" });
    expect(listed.ok && listed.value.refusals.map((r) => r.id)).toEqual([result.value.refusal.id]);
    const audit = s.store.contents().audit;
    expect(audit).toEqual([
      expect.objectContaining({
        action: "capacity-refusal.recorded",
        actorId: "np",
        subjectType: "capacity-refusal",
        subjectId: result.value.refusal.id,
        childId: null,
        detail: { panelId: "lcjst" },
      }),
    ]);
  });

  it("records a double click once and answers both with the same refusal; the key with other answers is refused", async () => {
    const s = scenario();
    const [first, second] = await Promise.all([
      recordCapacityRefusal(s.deps, s.actor("chair"), refusal),
      recordCapacityRefusal(s.deps, s.actor("chair"), refusal),
    ]);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(second.value.refusal.id).toBe(first.value.refusal.id);
    expect([first.value.replayed, second.value.replayed].sort()).toEqual([false, true]);
    const reused = await recordCapacityRefusal(s.deps, s.actor("chair"), {
      ...refusal,
      service: "Mentoring",
    });
    expect(!reused.ok && reused.error.code).toBe("IDEMPOTENCY.KEY_REUSED");
    const listed = await listCapacityRefusals(s.deps, s.actor("chair"), { panelId: "lcjst" });
    expect(listed.ok && listed.value.refusals).toHaveLength(1);
  });

  it("names every field outside its limits at once, writes nothing, and takes the same key once corrected", async () => {
    const s = scenario();
    const result = await recordCapacityRefusal(s.deps, s.actor("member"), {
      ...refusal,
      organisation: "  ",
      service: "x".repeat(121),
      reason: "too-busy",
      waitingWeeks: 105,
      refusedOn: "2026-06-11",
      locality: "North\u0000",
    });
    expect(!result.ok && result.error.code).toBe("VALIDATION.FAILED");
    expect(!result.ok && result.error.fields?.map((f) => [f.field, f.code])).toEqual([
      ["organisation", "CAPACITY_REFUSAL.FIELD_REQUIRED"],
      ["service", "CAPACITY_REFUSAL.FIELD_TOO_LONG"],
      ["locality", "CAPACITY_REFUSAL.FIELD_INVALID"],
      ["reason", "CAPACITY_REFUSAL.INVALID_REASON"],
      ["waitingWeeks", "CAPACITY_REFUSAL.WAITING_WEEKS_OUT_OF_RANGE"],
      ["refusedOn", "CAPACITY_REFUSAL.DATE_IN_FUTURE"],
    ]);
    const fieldCodes = async (more: Partial<typeof refusal>) => {
      const checked = await recordCapacityRefusal(s.deps, s.actor("member"), { ...refusal, ...more });
      return checked.ok ? [] : (checked.error.fields ?? []).map((f) => f.code);
    };
    expect(await fieldCodes({ refusedOn: "2025-06-09" })).toEqual(["CAPACITY_REFUSAL.DATE_TOO_OLD"]);
    expect(await fieldCodes({ refusedOn: "2026-02-30" })).toEqual(["CAPACITY_REFUSAL.INVALID_DATE"]);
    expect(await fieldCodes({ waitingWeeks: 0 })).toEqual(["CAPACITY_REFUSAL.WAITING_WEEKS_OUT_OF_RANGE"]);
    expect(await fieldCodes({ waitingWeeks: 2.5 })).toEqual(["CAPACITY_REFUSAL.WAITING_WEEKS_OUT_OF_RANGE"]);
    expect(s.store.contents().audit).toEqual([]);
    expect(s.store.contents().idempotencyKeys).toEqual([]);
    const corrected = await recordCapacityRefusal(s.deps, s.actor("member"), {
      ...refusal,
      refusedOn: "2025-06-10",
      waitingWeeks: null,
      locality: "",
    });
    expect(corrected.ok && corrected.value.refusal).toMatchObject({ waitingWeeks: null, locality: null });
  });

  it("refuses people who are not on the panel, and an unknown panel, writing nothing", async () => {
    const s = scenario();
    const outsider = await recordCapacityRefusal(s.deps, s.actor("outsider"), refusal);
    expect(!outsider.ok && outsider.error.code).toBe("CAPACITY_REFUSAL.NOT_ALLOWED");
    const list = await listCapacityRefusals(s.deps, s.actor("outsider"), { panelId: "lcjst" });
    expect(!list.ok && list.error.code).toBe("CAPACITY_REFUSAL.NOT_ALLOWED");
    const unknown = await recordCapacityRefusal(s.deps, s.actor("chair"), { ...refusal, panelId: "nowhere" });
    expect(!unknown.ok && unknown.error.code).toBe("NOT_FOUND");
    expect(s.store.contents().audit).toEqual([]);
  });

  it("takes no child data: the request refuses a child's name or id, and the refusal keeps none", async () => {
    const { panelId: _panelId, ...body } = refusal;
    expect(recordCapacityRefusalBody.safeParse(body).success).toBe(true);
    for (const extra of [
      { childName: "Lucy Brown" },
      { childId: "child-1" },
      { caseReference: "LC-2026-1" },
    ]) {
      expect(recordCapacityRefusalBody.safeParse({ ...body, ...extra }).success).toBe(false);
    }
    const s = scenario();
    const result = await recordCapacityRefusal(s.deps, s.actor("np"), {
      ...refusal,
      ...({ childName: "Lucy Brown" } as object),
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(JSON.stringify(result.value)).not.toContain("Lucy");
    expect(JSON.stringify(s.store.contents().audit)).not.toContain("Lucy");
  });

  it("counts refusals per month and reason on the unmet need report, small counts suppressed", async () => {
    const s = scenario();
    for (let i = 0; i < 6; i += 1) {
      const at = await recordCapacityRefusal(s.deps, s.actor("np"), {
        ...refusal,
        idempotencyKey: `form-key-${1000 + i}`,
        reason: i < 5 ? "no-capacity" : "waiting-list",
        refusedOn: "2026-05-1" + String(i),
      });
      if (!at.ok) throw new Error(at.error.message);
    }
    const report = await getUnmetNeedReport(s.deps, s.actor("chair"), "lcjst", {
      fromMonth: "2026-05",
      toMonth: "2026-06",
    });
    if (!report.ok) throw new Error(report.error.message);
    const table = report.value.tables.find((t) => t.id === "capacity-refusals")!;
    expect(table.title).toBe("Third-sector capacity refusals");
    expect(table.columns).toEqual(["No capacity", "Waiting list"]);
    expect(table.rows).toEqual([
      { label: "2026-05", cells: [5, null], total: null },
      { label: "2026-06", cells: [0, 0], total: 0 },
    ]);
  });
});
