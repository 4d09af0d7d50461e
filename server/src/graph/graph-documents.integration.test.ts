import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chunkSize } from "./upload-session.js";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

const KiB = 1024;
const MiB = 1024 * KiB;

describe("GraphDocuments against the Graph sandbox", () => {
  let harness: SandboxHarness;
  let siteId: string;
  let siteName: string;
  const onDisk = (path: string) =>
    readFile(join(harness.dataDir, "sharepoint", siteName, ...path.split("/")));

  beforeAll(async () => {
    harness = await startHarness({ internal: 2, external: 0 });
    const site = harness.sandbox.sites[0];
    if (!site) throw new Error("The sandbox seeds a site per panel");
    siteId = site.id;
    siteName = site.name;
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.sandbox.stats.reset();
    harness.sandbox.setFaults({});
  });

  it.each([
    ["10 KiB", 10 * KiB, 0],
    ["4 MiB", 4 * MiB, 0],
    ["11 MiB", 11 * MiB, 3],
  ])("files %s byte-identical on disk (%i chunk PUTs)", async (label, size, chunkPuts) => {
    const content = randomBytes(size);
    const filed = await harness.graph.documents.upload({
      siteId,
      folders: ["Minutes"],
      fileName: `${label}.bin`,
      content,
      conflict: "replace",
    });
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    expect(filed.value.path).toBe(`Minutes/${label}.bin`);
    expect(filed.value.size).toBe(size);
    expect((await onDisk(filed.value.path)).equals(content)).toBe(true);
    expect(harness.sandbox.stats.count("PUT", /\/content$/)).toBe(chunkPuts === 0 ? 1 : 0);
    expect(harness.sandbox.stats.count("POST", /createUploadSession$/)).toBe(chunkPuts === 0 ? 0 : 1);
    const opened = await fetch(filed.value.webUrl);
    expect(Buffer.from(await opened.arrayBuffer()).equals(content)).toBe(true);
  });

  it("resumes an 11 MiB upload from the next expected range after a chunk fails half-way", async () => {
    harness.sandbox.setFaults({ uploadChunk: { index: 1, status: 503, acceptBytes: 700 * KiB + 123 } });
    const content = randomBytes(11 * MiB);
    const filed = await harness.graph.documents.upload({
      siteId,
      folders: ["Minutes"],
      fileName: "resumed.docx",
      content,
      conflict: "replace",
    });
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    expect((await onDisk("Minutes/resumed.docx")).equals(content)).toBe(true);
    expect(chunkSize % (320 * KiB)).toBe(0);
    const sessionCalls = harness.sandbox.stats.graph.filter((entry) =>
      entry.path.startsWith("/upload-sessions/"),
    );
    expect(sessionCalls.map((entry) => `${entry.method} ${entry.status}`)).toEqual([
      "PUT 202",
      "PUT 503",
      "GET 200",
      "PUT 202",
      "PUT 201",
    ]);
  });

  it("sets the library columns and returns the web URL", async () => {
    const filed = await harness.graph.documents.upload({
      siteId,
      folders: ["Minutes", "2026"],
      fileName: "2026-03-04 ISG minutes.docx",
      content: Buffer.from("minutes"),
      conflict: "replace",
      columns: { panel: "Test ISG North", meetingDate: "2026-03-04", version: "2", status: "circulated" },
    });
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    expect(filed.value.webUrl).toContain("/Minutes/2026/2026-03-04%20ISG%20minutes.docx");
    expect(harness.sandbox.fieldsOf(siteId, "Minutes/2026/2026-03-04 ISG minutes.docx")).toEqual({
      ConvenorPanel: "Test ISG North",
      ConvenorMeetingDate: "2026-03-04",
      ConvenorVersion: "2",
      ConvenorStatus: "circulated",
    });
  });

  it("honours the caller's conflict behaviour", async () => {
    const file = { siteId, folders: ["Agendas"], fileName: "agenda.docx", content: Buffer.from("one") };
    expect((await harness.graph.documents.upload({ ...file, conflict: "fail" })).ok).toBe(true);
    const refused = await harness.graph.documents.upload({ ...file, conflict: "fail" });
    expect(!refused.ok && refused.error.code).toBe("DOCUMENTS.NAME_CONFLICT");
    const renamed = await harness.graph.documents.upload({
      ...file,
      content: Buffer.from("two"),
      conflict: "rename",
    });
    expect(renamed.ok && renamed.value.path).toBe("Agendas/agenda 1.docx");
    const large = await harness.graph.documents.upload({
      ...file,
      content: randomBytes(5 * MiB),
      conflict: "fail",
    });
    expect(!large.ok && large.error.code).toBe("DOCUMENTS.NAME_CONFLICT");
  });

  it("files names from user text safely: forbidden characters and names, length, no traversal", async () => {
    const filed = await harness.graph.documents.upload({
      siteId,
      folders: ["..", "Case: A/B <review>"],
      fileName: `../../etc/CON?.docx`,
      content: Buffer.from("x"),
      conflict: "replace",
    });
    expect(filed.ok).toBe(false);
    const safe = await harness.graph.documents.upload({
      siteId,
      folders: ["Case: A/B <review>"],
      fileName: `${"Very long title ".repeat(20)}*|".docx`,
      content: Buffer.from("x"),
      conflict: "replace",
    });
    expect(safe.ok).toBe(true);
    if (!safe.ok) return;
    const [folder, name] = safe.value.path.split("/");
    expect(folder).toBe("Case- A-B -review-");
    expect(name?.endsWith(".docx")).toBe(true);
    expect(name?.length).toBeLessThanOrEqual(120);
    expect((await onDisk(safe.value.path)).toString()).toBe("x");
    const device = await harness.graph.documents.upload({
      siteId,
      folders: [],
      fileName: "nul.txt",
      content: Buffer.from("y"),
      conflict: "replace",
    });
    expect(device.ok && device.value.path).toBe("nul-file.txt");
  });
});
