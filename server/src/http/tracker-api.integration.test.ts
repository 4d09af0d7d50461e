import { describe, expect, it } from "vitest";
import type { TrackerGrid } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

describe("the tracker API in local mode", () => {
  const api = useLocalApiService("convenor-tracker-api-");

  it("gives the chair the demo panel's grid: twelve months, every tracked young person, the two due", async () => {
    const { status, body } = await api.call<TrackerGrid>(
      "GET",
      "/api/panels/panel-hrp/tracker",
      "p-cic-manager",
    );
    expect(status).toBe(200);
    expect(body.months).toHaveLength(12);
    expect(body.scope).toBe("panel");
    expect(body.rows.map((row) => row.childId).sort()).toEqual([
      "c-07",
      "c-08",
      "c-09",
      "c-10",
      "c-11",
      "c-12",
    ]);
    const due = body.rows.filter((row) => row.due.length > 0).map((row) => row.childId);
    expect(due.sort()).toEqual(["c-08", "c-11"]);
    // The open month has no ratings yet; the month before it is rated.
    expect(body.rows.every((row) => row.months.at(-1)!.areas === null)).toBe(true);
    expect(body.rows.every((row) => row.months.at(-2)!.complete)).toBe(true);
  });

  it("gives a social worker with no panel role their own young people only, for the month asked", async () => {
    const { status, body } = await api.call<TrackerGrid>(
      "GET",
      "/api/panels/panel-hrp/tracker?to=2026-06",
      "p-sw-north",
    );
    expect(status).toBe(200);
    expect(body.scope).toBe("worker");
    expect(body.months.at(-1)).toBe("2026-06");
    expect(body.rows.map((row) => [row.childId, row.worker.name, row.team])).toEqual([
      ["c-10", "Grace Adeyemi", "Children in Care Team 2"],
      ["c-11", "Grace Adeyemi", "Children in Care Team 2"],
    ]);
  });

  it("refuses people with no part in the tracker, a bad month and a bad panel id", async () => {
    const stranger = await api.call<ErrorBody>("GET", "/api/panels/panel-hrp/tracker", "p-housing");
    const notTracker = await api.call<ErrorBody>("GET", "/api/panels/panel-icsmg/tracker", "p-chair");
    const badMonth = await api.call<ErrorBody>(
      "GET",
      "/api/panels/panel-hrp/tracker?to=2026-13",
      "p-cic-manager",
    );
    const extra = await api.call<ErrorBody>("GET", "/api/panels/panel-hrp/tracker?name=Kai", "p-cic-manager");
    const badId = await api.call<ErrorBody>("GET", "/api/panels/panel%20hrp/tracker", "p-cic-manager");
    expect([stranger.status, stranger.body.error.code]).toEqual([404, "NOT_FOUND"]);
    expect([notTracker.status, notTracker.body.error.code]).toEqual([404, "TRACKER.NOT_A_TRACKER_PANEL"]);
    expect([badMonth.status, extra.status, badId.status]).toEqual([400, 400, 400]);
  });
});
