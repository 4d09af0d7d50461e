import { describe, expect, it } from "vitest";
import type { Report } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

/** The twelve months to this one: the demo's referrals are filed when it starts. */
function lastYear() {
  const now = new Date();
  const month = (date: Date) => date.toISOString().slice(0, 7);
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return `from=${month(from)}&to=${month(now)}`;
}

describe("the report API in local mode", () => {
  const api = useLocalApiService("convenor-report-api-");

  it("gives a Child in Need review panel, which takes no referrals, its case reviews only", async () => {
    const { status, body } = await api.call<Report>(
      "GET",
      `/api/panels/panel-cin/reports/minimum-data-set?${lastYear()}`,
      "p-coord",
    );
    expect(status).toBe(200);
    expect(body.tables.map((t) => t.id)).toEqual(["reviews"]);
  });

  it("gives the coordinator the minimum data set as counts per month, small counts suppressed", async () => {
    const { status, body } = await api.call<Report>(
      "GET",
      `/api/panels/panel-isg/reports/minimum-data-set?${lastYear()}`,
      "p-coord",
    );
    expect(status).toBe(200);
    expect(body.suppressedBelow).toBe(5);
    expect(body.tables.map((t) => t.id)).toEqual([
      "by-establishment",
      "by-agency",
      "by-reason",
      "by-outcome",
      "establishment-by-outcome",
    ]);
    const byAgency = body.tables[1]!;
    expect(byAgency.rows).toHaveLength(12);
    expect(byAgency.rows.at(-1)!.cells.some((cell) => cell === null)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/c-0\d/);
  });

  it("gives the High Risk Panel's chair reds by area per month, the young people listed and their time on the list", async () => {
    const { status, body } = await api.call<Report>(
      "GET",
      `/api/panels/panel-hrp/reports/high-risk-trends?${lastYear()}`,
      "p-cic-manager",
    );
    expect(status).toBe(200);
    expect(body.tables.map((t) => [t.id, t.columns.length])).toEqual([
      ["reds-by-area", 5],
      ["listed", 1],
      ["time-on-list", 1],
    ]);
    const reds = body.tables[0]!;
    // The demo rates six young people a month: some month has a red, shown or suppressed.
    expect(reds.rows.some((row) => row.cells.some((cell) => cell === null || cell > 0))).toBe(true);
  });

  it("exports CSV as an attachment named for the panel, report and months", async () => {
    const response = await fetch(
      `${api.service().url}/api/panels/panel-isg/reports/unmet-need?${lastYear()}&format=csv`,
      { headers: await api.authorization("p-chair") },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="?panel-isg-unmet-need-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv"?$/,
    );
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toContain("Unmet need register");
  });

  it("gives the strategic group's coordinator its progress table across its meetings, as JSON and as CSV", async () => {
    const { status, body } = await api.call<Report>(
      "GET",
      `/api/panels/panel-icsp/reports/strategic-review?${lastYear()}`,
      "p-coord",
    );
    expect(status).toBe(200);
    expect(body.tables).toEqual([]);
    const [table] = body.textTables;
    expect(table!.title).toBe("Outcome-indicator progress across periods");
    // Outcome and indicator, the two seeded meetings, and the latest work planned and notes.
    expect(table!.columnGroups).toHaveLength(4);
    expect(table!.rows.map((row) => row.cells[1])).toContain("Fewer exclusions from school");
    expect(body.notes).toEqual([expect.stringMatching(/is not agreed yet/)]);

    const response = await fetch(
      `${api.service().url}/api/panels/panel-icsp/reports/strategic-review?${lastYear()}&format=csv`,
      { headers: await api.authorization("p-education-manager") },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="?panel-icsp-strategic-review-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv"?$/,
    );
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toMatch(/^Strategic review,/);
    expect(lines).toContain(
      "Outcome,Indicator,Half-year data,Work undertaken,Half-year data,Work undertaken,Work planned,Notes",
    );
  });

  it("offers the strategic review for a strategic group only, and to its chair and coordinator only", async () => {
    const casePanel = await api.call<ErrorBody>(
      "GET",
      `/api/panels/panel-isg/reports/strategic-review?${lastYear()}`,
      "p-coord",
    );
    const member = await api.call<ErrorBody>(
      "GET",
      `/api/panels/panel-icsp/reports/strategic-review?${lastYear()}`,
      "p-external",
    );
    expect([casePanel.status, casePanel.body.error.code]).toEqual([422, "REPORT.NOT_A_STRATEGIC_GROUP"]);
    expect([member.status, member.body.error.code]).toEqual([403, "REPORT.NOT_CHAIR_OR_COORDINATOR"]);
  });

  it("refuses a member, a reversed or over-long range, an unknown report and bad input", async () => {
    const member = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-isg/reports/placements?from=2026-01&to=2026-06",
      "p-police",
    );
    const reversed = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-isg/reports/placements?from=2026-06&to=2026-01",
      "p-coord",
    );
    const tooLong = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-isg/reports/placements?from=2023-01&to=2026-01",
      "p-coord",
    );
    const csvRefused = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-isg/reports/placements?from=2026-01&to=2026-06&format=csv",
      "p-police",
    );
    const unknown = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-isg/reports/names?from=2026-01&to=2026-06",
      "p-coord",
    );
    const badMonth = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-isg/reports/placements?from=2026-13&to=2026-06",
      "p-coord",
    );
    expect([member.status, member.body.error.code]).toEqual([403, "REPORT.NOT_CHAIR_OR_COORDINATOR"]);
    expect([reversed.status, reversed.body.error.code]).toEqual([422, "REPORT.RANGE_REVERSED"]);
    expect([tooLong.status, tooLong.body.error.code]).toEqual([422, "REPORT.RANGE_TOO_LONG"]);
    expect([csvRefused.status, csvRefused.body.error.code]).toEqual([403, "REPORT.NOT_CHAIR_OR_COORDINATOR"]);
    expect([unknown.status, badMonth.status]).toEqual([400, 400]);
  });
});

describe("the reports' small-count threshold in local mode", () => {
  const api = useLocalApiService("convenor-report-settings-api-");

  it("is set by the administrator for every report; anyone else is refused", async () => {
    const refused = await api.call<ErrorBody>("PUT", "/api/report-settings", "p-chair", {
      suppressedBelow: 3,
    });
    const bad = await api.call<ErrorBody>("PUT", "/api/report-settings", "p-coord", { suppressedBelow: "3" });
    const set = await api.call<{ suppressedBelow: number }>("PUT", "/api/report-settings", "p-coord", {
      suppressedBelow: 1,
    });
    expect([refused.status, refused.body.error.code]).toEqual([403, "AUTH.FORBIDDEN"]);
    expect(bad.status).toBe(400);
    expect([set.status, set.body]).toEqual([200, { suppressedBelow: 1 }]);
    const { body } = await api.call<Report>(
      "GET",
      `/api/panels/panel-isg/reports/minimum-data-set?${lastYear()}`,
      "p-coord",
    );
    expect(body.suppressedBelow).toBe(1);
    expect(body.tables.flatMap((t) => t.rows.flatMap((row) => row.cells)).includes(null)).toBe(false);
  });
});
