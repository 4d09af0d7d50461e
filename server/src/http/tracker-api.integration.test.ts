import { describe, expect, it } from "vitest";
import {
  trackerCsvColumns,
  type RedListView,
  type TrackerCompletion,
  type TrackerGrid,
  type TrackerImportReport,
} from "@convenor/shared";
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

describe("the tracker's completion, import and red list in local mode", () => {
  const api = useLocalApiService("convenor-tracker-api-2-");

  async function postCsv<T>(path: string, personId: string, csv: string) {
    const response = await fetch(`${api.service().url}${path}`, {
      method: "POST",
      headers: { ...(await api.authorization(personId)), "content-type": "text/csv" },
      body: csv,
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  it("gives the coordinator completion per worker, counts only, and refuses a member", async () => {
    const month = "2026-08";
    const { status, body } = await api.call<TrackerCompletion>(
      "GET",
      `/api/panels/panel-hrp/tracker/completion?month=${month}`,
      "p-coord",
    );
    const member = await api.call<ErrorBody>(
      "GET",
      `/api/panels/panel-hrp/tracker/completion?month=${month}`,
      "p-police",
    );
    const noMonth = await api.call<ErrorBody>("GET", "/api/panels/panel-hrp/tracker/completion", "p-coord");
    expect(status).toBe(200);
    expect(body.workers.map((worker) => worker.workerName).sort()).toEqual([
      "Daniel Okafor",
      "Grace Adeyemi",
      "Ryan Whitfield",
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Kai|Lucy|Tyler|Amira|Connor|Maya/);
    expect([member.status, noMonth.status]).toEqual([403, 400]);
  });

  it("imports a CSV all or nothing, with the rows refused", async () => {
    const header = trackerCsvColumns.join(",");
    const good = "Kai,Docherty,2010-02-17,2026-03,daniel.okafor@convenor.test,Green,Amber,Green,Green,Red";
    const formula = "Kai,Docherty,2010-02-17,2026-04,daniel.okafor@convenor.test,=1+1,Amber,Green,Green,Red";
    const path = "/api/panels/panel-hrp/tracker/import";
    const refused = await postCsv<ErrorBody & { error: { fields: { field: string }[] } }>(
      path,
      "p-coord",
      `${header}\r\n${good}\r\n${formula}\r\n`,
    );
    expect([refused.status, refused.body.error.code]).toEqual([422, "TRACKER.IMPORT_ROWS_REJECTED"]);
    expect(refused.body.error.fields.map((f) => f.field)).toEqual(["row 3, missing_or_exploitation"]);

    const partial = await postCsv<TrackerImportReport>(
      `${path}?onlyValidRows=true`,
      "p-coord",
      `${header}\n${good}\n${formula}\n`,
    );
    expect([partial.status, partial.body.imported, partial.body.rejected.length]).toEqual([200, 1, 1]);
    const member = await postCsv<ErrorBody>(path, "p-police", `${header}\n${good}\n`);
    expect(member.status).toBe(403);
  });

  it("gives the panel's members the next meeting's red list with names; others are refused", async () => {
    const { status, body } = await api.call<RedListView>("GET", "/api/meetings/m-hrp-2/red-list", "p-police");
    const stranger = await api.call<ErrorBody>("GET", "/api/meetings/m-hrp-2/red-list", "p-housing");
    expect(status).toBe(200);
    expect(body.youngPeople.map((child) => child.displayName).sort()).toEqual([
      "Connor Reid",
      "Lucy Brennan",
    ]);
    expect(body.youngPeople.every((child) => child.due !== null && child.due.areas.length === 1)).toBe(true);
    expect(stranger.status).toBe(404);
  });
});
