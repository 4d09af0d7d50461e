import { randomBytes } from "node:crypto";
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import type { DocumentColumns, FileUpload, WordDocument } from "@convenor/shared";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { docxText } from "../documents/docx-text.test-support.js";
import { docxContentType, DocxWordDocuments } from "../documents/docx-word-documents.js";
import { simpleUploadLimit } from "./graph-documents.adapter.js";
import { encodeDrivePath } from "./sharepoint-names.js";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";
import { chunkSize, chunkUnit } from "./upload-session.js";

// Filing a rendered minute with the production Graph client against the sandbox: which upload path a
// document takes, the library columns, and that a failure part-way leaves one file after the retry.

const renderer = new DocxWordDocuments();
const columns: DocumentColumns = {
  panel: "Test ISG North",
  meetingDate: "2026-03-04",
  version: "2",
  status: "circulated",
};

const minute = (rows: string[][]): WordDocument => ({
  preset: "isg",
  title: "Test ISG North minutes, 4 March 2026",
  subtitle: ["Panel: Test ISG North", "Meeting: 2026-03-04", "Version 2, circulated"],
  footer: "Circulated, version 2",
  sections: [
    { kind: "paragraphs", heading: "Attendance", paragraphs: ["Quorate: yes"] },
    { kind: "table", heading: "Actions", columns: ["Case", "Action", "Owner"], rows },
  ],
});

describe("filing a minute's .docx through Graph (sandbox)", () => {
  let harness: SandboxHarness;
  let siteId: string;
  /** About 6 MB: more than one 5 MiB upload chunk, random text so the zip cannot shrink it. */
  let large: Uint8Array;
  let small: Uint8Array;

  beforeAll(async () => {
    harness = await startHarness({
      internal: 2,
      external: 0,
      retry: { maxAttempts: 3, baseDelayMs: 20, maxTotalMs: 5_000 },
    });
    siteId = harness.sandbox.sites[0]!.id;
    const rows = Array.from({ length: 4800 }, (_, n) => [
      `ISG-2026-${String(n).padStart(4, "0")}`,
      randomBytes(1200).toString("base64"),
      "Social work",
    ]);
    large = await renderer.render(minute(rows));
    small = await renderer.render(minute([["ISG-2026-0042", "Share the plan with school", "Education"]]));
  }, 60_000);
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.sandbox.stats.reset();
    harness.sandbox.setFaults({});
  });

  const file = (folder: string, content: Uint8Array): FileUpload => ({
    siteId,
    folders: ["Minutes", folder],
    fileName: "2026-03-04 Test ISG North minutes.docx",
    content,
    contentType: docxContentType,
    conflict: "replace",
    columns,
  });
  const folderNames = async (folder: string): Promise<string[]> => {
    const listed = (await harness.graph.client
      .api(
        `/sites/${encodeURIComponent(siteId)}/drive/root:/${encodeDrivePath(`Minutes/${folder}`)}:/children`,
      )
      .get()) as { value: DriveItem[] };
    return listed.value.map((item) => item.name ?? "");
  };
  const chunksOfLarge = () => Math.ceil(large.byteLength / chunkSize);

  it("sends a large minute through an upload session in chunks that are multiples of 320 KiB", async () => {
    expect(large.byteLength).toBeGreaterThan(chunkSize);
    const filed = await harness.graph.documents.upload(file("large", large));
    expect(filed.ok).toBe(true);
    expect(harness.sandbox.stats.filed).toEqual([
      {
        siteId,
        path: "Minutes/large/2026-03-04 Test ISG North minutes.docx",
        via: "upload-session",
        size: large.byteLength,
      },
    ]);
    const chunks = harness.sandbox.stats.uploadChunks;
    expect(chunks).toHaveLength(chunksOfLarge());
    expect(chunks.slice(0, -1).every((chunk) => chunk.length % chunkUnit === 0)).toBe(true);
    expect(chunks.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(large.byteLength);
    if (!filed.ok) return;
    const downloaded = new Uint8Array(await (await fetch(filed.value.webUrl)).arrayBuffer());
    expect(docxText(downloaded).title).toBe("Test ISG North minutes, 4 March 2026");
  });

  it("sets the library columns, which read back through the listItem fields endpoint", async () => {
    const filed = await harness.graph.documents.upload(file("columns", large));
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    const fields = (await harness.graph.client
      .api(
        `/sites/${encodeURIComponent(siteId)}/drive/items/${encodeURIComponent(filed.value.itemId)}/listItem/fields`,
      )
      .get()) as Record<string, unknown>;
    expect(fields).toMatchObject({
      FileLeafRef: "2026-03-04 Test ISG North minutes.docx",
      ConvenorPanel: "Test ISG North",
      ConvenorMeetingDate: "2026-03-04",
      ConvenorVersion: "2",
      ConvenorStatus: "circulated",
    });
  });

  it("sends a small minute in one simple PUT", async () => {
    expect(small.byteLength).toBeLessThan(simpleUploadLimit);
    const filed = await harness.graph.documents.upload(file("small", small));
    expect(filed.ok).toBe(true);
    expect(harness.sandbox.stats.filed.map((entry) => entry.via)).toEqual(["simple-put"]);
    expect(harness.sandbox.stats.uploadChunks).toEqual([]);
    expect(harness.sandbox.stats.count("POST", /createUploadSession$/)).toBe(0);
    expect(await folderNames("small")).toEqual(["2026-03-04 Test ISG North minutes.docx"]);
  });

  it("waits out a short 429 in the middle of the session and finishes the same upload", async () => {
    harness.sandbox.setFaults({ uploadChunk: { index: 1, status: 429, retryAfterSeconds: 1 } });
    const filed = await harness.graph.documents.upload(file("short-throttle", large));
    expect(filed.ok).toBe(true);
    expect(harness.sandbox.stats.uploadChunks.map((chunk) => chunk.status)).toEqual([202, 429, 201]);
    expect(await folderNames("short-throttle")).toEqual(["2026-03-04 Test ISG North minutes.docx"]);
  });

  it.each([
    {
      what: "a 429 whose Retry-After is past the retry budget",
      fault: { index: 1, status: 429 as const, retryAfterSeconds: 600 },
      code: "GRAPH.THROTTLED",
    },
    {
      what: "a 503 outage",
      fault: { index: 1, status: 503 as const, times: Infinity },
      code: "GRAPH.UNAVAILABLE",
    },
    {
      what: "a lost answer to the last chunk (the file was stored)",
      fault: { index: 1, status: 503 as const, afterHandling: true },
      code: "GRAPH.UNAVAILABLE",
    },
  ])(
    "returns $code for $what mid-session; the retry (replace, same name) leaves one file",
    async ({ fault, code }) => {
      const folder =
        code === "GRAPH.THROTTLED" ? "throttled" : fault.afterHandling ? "lost-answer" : "outage";
      expect(fault.index).toBe(chunksOfLarge() - 1);
      harness.sandbox.setFaults({ uploadChunk: fault });
      const failed = await harness.graph.documents.upload(file(folder, large));
      expect(!failed.ok && failed.error.code).toBe(code);
      const cancels = harness.sandbox.stats.graph.filter(
        (entry) => entry.method === "DELETE" && entry.path.startsWith("/upload-sessions/"),
      );
      expect(cancels).toHaveLength(1); // the abandoned session is cancelled, not left to expire

      harness.sandbox.setFaults({});
      const retried = await harness.graph.documents.upload(file(folder, large));
      expect(retried.ok).toBe(true);
      expect(await folderNames(folder)).toEqual(["2026-03-04 Test ISG North minutes.docx"]);
      expect(
        harness.sandbox.fieldsOf(siteId, `Minutes/${folder}/2026-03-04 Test ISG North minutes.docx`),
      ).toEqual({
        ConvenorPanel: "Test ISG North",
        ConvenorMeetingDate: "2026-03-04",
        ConvenorVersion: "2",
        ConvenorStatus: "circulated",
      });
    },
  );

  it("returns GRAPH.UNAVAILABLE when the columns cannot be set; the retry leaves one file with its columns", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /^PATCH .*\/listItem\/fields$/, status: 503, times: Infinity }],
    });
    const failed = await harness.graph.documents.upload(file("columns-outage", small));
    expect(!failed.ok && failed.error.code).toBe("GRAPH.UNAVAILABLE");

    harness.sandbox.setFaults({});
    const retried = await harness.graph.documents.upload(file("columns-outage", small));
    expect(retried.ok).toBe(true);
    expect(await folderNames("columns-outage")).toEqual(["2026-03-04 Test ISG North minutes.docx"]);
    expect(
      harness.sandbox.fieldsOf(siteId, "Minutes/columns-outage/2026-03-04 Test ISG North minutes.docx"),
    ).toMatchObject({
      ConvenorStatus: "circulated",
    });
  });
});
