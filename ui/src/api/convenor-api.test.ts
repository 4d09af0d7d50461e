import { describe, expect, it } from "vitest";
import { ApiClient } from "./api-client.js";
import { ConvenorApi } from "./convenor-api.js";

function convenorApi(answer: unknown) {
  const sent: { method: string; url: string; body: unknown; contentType?: string | null }[] = [];
  const client = new ApiClient({
    getToken: () => Promise.resolve("t-1"),
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      sent.push({
        method: init?.method ?? "GET",
        url: input as string,
        body: init?.body,
        contentType: headers.get("Content-Type"),
      });
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
    },
  });
  return { api: new ConvenorApi(client), sent };
}

describe("the tracker calls", () => {
  it("asks for the grid ending with a month, or the open month when none is given", async () => {
    const { api, sent } = convenorApi({ rows: [] });
    await api.tracker("panel-hrp", "2026-05");
    await api.tracker("panel-hrp");
    expect(sent.map((request) => request.url)).toEqual([
      "/api/panels/panel-hrp/tracker?to=2026-05",
      "/api/panels/panel-hrp/tracker",
    ]);
  });

  it("posts a spreadsheet as CSV, with whether to check only and what to do with rejected rows", async () => {
    const { api, sent } = convenorApi({ dryRun: true, imported: 1, rejected: [] });
    const report = await api.importTracker("panel-hrp", {
      csv: "a,b\n1,2",
      onlyValidRows: false,
      dryRun: true,
    });
    expect(report.imported).toBe(1);
    expect(sent.map(({ method, url, contentType }) => ({ method, url, contentType }))).toEqual([
      {
        method: "POST",
        url: "/api/panels/panel-hrp/tracker/import?onlyValidRows=false&dryRun=true",
        contentType: "text/csv",
      },
    ]);
    expect(await (sent[0]!.body as Blob).text()).toBe("a,b\n1,2");
  });

  it("asks for a month's completion and a meeting's red list at their addresses", async () => {
    const { api, sent } = convenorApi({});
    await api.trackerCompletion("panel-hrp", "2026-10");
    await api.redList("m-hrp-2");
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([
      "GET /api/panels/panel-hrp/tracker/completion?month=2026-10",
      "GET /api/meetings/m-hrp-2/red-list",
    ]);
  });
});
