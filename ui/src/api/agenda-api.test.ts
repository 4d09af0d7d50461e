import { describe, expect, it } from "vitest";
import { AgendaApi } from "./agenda-api.js";
import { ApiClient } from "./api-client.js";
import { ApiError } from "./api-error.js";

interface Sent {
  method: string;
  url: string;
  contentType: string | null;
  fileName: string | null;
  body: unknown;
}

function agendaApi(answer: { status: number; body: unknown }) {
  const sent: Sent[] = [];
  const client = new ApiClient({
    getToken: () => Promise.resolve("t-1"),
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      sent.push({
        method: init?.method ?? "GET",
        url: input as string,
        contentType: headers.get("content-type"),
        fileName: headers.get("x-file-name"),
        body: init?.body,
      });
      return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
    },
  });
  return { api: new AgendaApi(client), sent };
}

describe("the agenda API", () => {
  it("sends a reorder and an item change as JSON with the version they were made on", async () => {
    const { api, sent } = agendaApi({ status: 200, body: { version: 4 } });
    await api.reorder("m-1", 3, ["b", "a"]);
    await api.updateItem("m-1", "a", { version: 4, slotMinutes: 15 });
    await api.addTopic("m-1", 5, "Training dates");
    expect(sent.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: "PUT", url: "/api/meetings/m-1/agenda", body: '{"version":3,"itemIds":["b","a"]}' },
      { method: "PATCH", url: "/api/meetings/m-1/agenda/a", body: '{"version":4,"slotMinutes":15}' },
      {
        method: "POST",
        url: "/api/meetings/m-1/agenda",
        body: '{"kind":"topic","version":5,"title":"Training dates"}',
      },
    ]);
  });

  it("uploads a paper as the raw file, its type as the content type and its name URI-encoded", async () => {
    const { api, sent } = agendaApi({ status: 201, body: { paper: { id: "p-1" }, replaced: false } });
    const file = new File(["%PDF-1.4"], "Report (Ms Ò'Neil).pdf", { type: "application/pdf" });
    await api.uploadPaper("m-1", "item 1", file);
    expect(sent[0]).toMatchObject({
      method: "POST",
      url: "/api/meetings/m-1/papers?itemId=item%201",
      contentType: "application/pdf",
      fileName: encodeURIComponent("Report (Ms Ò'Neil).pdf"),
    });
    expect(sent[0]!.body).toBe(file);
  });

  it("turns a stale version into the conflict code", async () => {
    const { api } = agendaApi({
      status: 409,
      body: { error: { code: "CONCURRENCY.CONFLICT", message: "The agenda changed." } },
    });
    const failure = await api.reorder("m-1", 1, ["a"]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe("CONCURRENCY.CONFLICT");
  });
});
