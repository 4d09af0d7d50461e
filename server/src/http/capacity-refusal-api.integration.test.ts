import { describe, expect, it } from "vitest";
import type { CapacityRefusalsView, RecordCapacityRefusalResult, Report } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; code: string }[] };
}

const today = () => new Date().toISOString().slice(0, 10);
const thisMonth = () => today().slice(0, 7);

const form = (idempotencyKey: string) => ({
  idempotencyKey,
  organisation: "Birchwood Young Carers",
  service: "Young carers' group",
  reason: "waiting-list",
  waitingWeeks: 9,
  refusedOn: today(),
  locality: "Inverness East",
});

describe("the capacity refusal API in local mode", () => {
  const api = useLocalApiService("convenor-capacity-refusal-api-");

  it("lets a Named Person record a refusal once per key, lists it first, and counts it on the unmet need report", async () => {
    const first = await api.call<RecordCapacityRefusalResult>(
      "POST",
      "/api/panels/panel-lcjst/capacity-refusals",
      "p-hv",
      form("api-test-key-1"),
    );
    expect(first.status).toBe(201);
    expect(first.body.refusal).toMatchObject({
      organisation: "Birchwood Young Carers",
      reasonLabel: "Waiting list",
    });
    const again = await api.call<RecordCapacityRefusalResult>(
      "POST",
      "/api/panels/panel-lcjst/capacity-refusals",
      "p-hv",
      form("api-test-key-1"),
    );
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ refusal: first.body.refusal, replayed: true });

    const listed = await api.call<CapacityRefusalsView>(
      "GET",
      "/api/panels/panel-lcjst/capacity-refusals",
      "p-psych",
    );
    expect(listed.status).toBe(200);
    expect(listed.body.refusals.filter((r) => r.organisation === "Birchwood Young Carers")).toHaveLength(1);

    const report = await api.call<Report>(
      "GET",
      `/api/panels/panel-lcjst/reports/unmet-need?from=${thisMonth()}&to=${thisMonth()}`,
      "p-coord",
    );
    expect(report.status).toBe(200);
    const table = report.body.tables.find((t) => t.id === "capacity-refusals")!;
    expect(table.title).toBe("Third-sector capacity refusals");
    expect(table.columns).toEqual(["No capacity", "Waiting list"]);
    expect(table.rows.map((row) => row.label)).toEqual([thisMonth()]);
  });

  it("answers 422 with each field's code, 403 off the panel, and 400 for a child's name in the body", async () => {
    const invalid = await api.call<ErrorBody>("POST", "/api/panels/panel-lcjst/capacity-refusals", "p-sw", {
      ...form("api-test-key-2"),
      organisation: "",
      waitingWeeks: 200,
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields?.map((f) => [f.field, f.code])).toEqual([
      ["organisation", "CAPACITY_REFUSAL.FIELD_REQUIRED"],
      ["waitingWeeks", "CAPACITY_REFUSAL.WAITING_WEEKS_OUT_OF_RANGE"],
    ]);
    const offPanel = await api.call<ErrorBody>(
      "POST",
      "/api/panels/panel-hrp/capacity-refusals",
      "p-teacher",
      form("api-test-key-3"),
    );
    expect(offPanel.status).toBe(403);
    expect(offPanel.body.error.code).toBe("CAPACITY_REFUSAL.NOT_ALLOWED");
    const withChild = await api.call<ErrorBody>("POST", "/api/panels/panel-lcjst/capacity-refusals", "p-sw", {
      ...form("api-test-key-4"),
      childName: "Jamie McKenzie",
    });
    expect(withChild.status).toBe(400);
    expect(withChild.body.error.code).toBe("VALIDATION.FAILED");
  });

  it("shows the demo's months of refusals on the ICSMG's report, some months counted in full", async () => {
    const from = new Date();
    from.setUTCDate(1);
    from.setUTCMonth(from.getUTCMonth() - 9);
    const report = await api.call<Report>(
      "GET",
      `/api/panels/panel-icsmg/reports/unmet-need?from=${from.toISOString().slice(0, 7)}&to=${thisMonth()}`,
      "p-chair",
    );
    const table = report.body.tables.find((t) => t.id === "capacity-refusals")!;
    expect(table.rows).toHaveLength(10);
    expect(
      table.rows.filter((row) => row.cells.every((cell) => cell !== null && cell >= 5)).length,
    ).toBeGreaterThan(2);
    const listed = await api.call<CapacityRefusalsView>(
      "GET",
      "/api/panels/panel-icsmg/capacity-refusals",
      "p-teacher",
    );
    expect(listed.body.refusals.length).toBeGreaterThan(10);
  });
});
