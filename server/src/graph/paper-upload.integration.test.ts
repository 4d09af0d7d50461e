import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { uploadPaper, type UseCaseDeps } from "@convenor/shared";
import {
  aMeeting,
  aMembership,
  anAgendaItem,
  FixedClock,
  InMemoryStore,
  sequentialIds,
} from "@convenor/shared/testing";
import { fakePanel, startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

const MiB = 1024 * 1024;

/** Papers filed by the `uploadPaper` use case through the production Graph adapter, against the sandbox. */
describe("uploadPaper through GraphDocuments and the Graph sandbox", () => {
  let harness: SandboxHarness;
  let store: InMemoryStore;
  let deps: UseCaseDeps;
  const meeting = aMeeting(fakePanel, "2026-03-05T10:00:00.000Z", { id: "meeting-1" });
  const item = anAgendaItem(meeting, { id: "item-1", title: "ISG-2026-0001", referralId: "referral-1" });
  const coordinator = { personId: "person-internal-1", channel: "api", origin: null, correlationId: null };
  const upload = (fileName: string, content: Uint8Array) =>
    uploadPaper(deps, coordinator, {
      meetingId: meeting.id,
      agendaItemId: item.id,
      fileName,
      contentType: "application/pdf",
      content,
    });
  const onDisk = (path: string) =>
    readFile(join(harness.dataDir, "sharepoint", harness.sandbox.sites[0]!.name, ...path.split("/")));

  beforeAll(async () => {
    harness = await startHarness({ internal: 2, external: 0 });
  });
  afterAll(() => harness.close());
  beforeEach(async () => {
    harness.sandbox.stats.reset();
    harness.sandbox.setFaults({});
    store = new InMemoryStore({
      people: harness.people,
      panels: [fakePanel],
      memberships: [aMembership(fakePanel, harness.people[0]!, ["coordinator"])],
      meetings: [meeting],
      agenda: [item],
    });
    await store.transaction((tx) => tx.panelLibraries.setSite(fakePanel.id, harness.sandbox.sites[0]!.id));
    deps = {
      store,
      clock: new FixedClock("2026-02-20T09:00:00.000Z"),
      documents: harness.graph.documents,
      newId: sequentialIds("paper"),
    };
  });

  it("files an 11 MiB paper by upload session in the meeting's folder, byte-identical", async () => {
    const content = randomBytes(11 * MiB);

    const result = await upload("Chronology.pdf", content);

    expect(result.ok && result.value.paper).toMatchObject({ name: "Chronology.pdf", size: 11 * MiB });
    const [paper] = store.contents().papers;
    expect(paper?.path).toBe("Meetings/2026-03-05 ISG/ISG-2026-0001/Chronology.pdf");
    expect((await onDisk(paper!.path)).equals(content)).toBe(true);
    expect(harness.sandbox.stats.count("POST", /createUploadSession$/)).toBe(1);
  });

  it("leaves no paper when Graph keeps throttling, and files it once when retried", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /\/content$/, status: 429, times: Infinity, retryAfterSeconds: 0 }],
    });
    const content = Buffer.from("%PDF-1.7 minutes");

    const throttled = await upload("Report.pdf", content);
    expect(throttled).toMatchObject({ ok: false, error: { code: "GRAPH.THROTTLED" } });
    expect(store.contents().papers).toEqual([]);

    harness.sandbox.setFaults({});
    const retried = await upload("Report.pdf", content);
    const again = await upload("Report.pdf", content);
    expect(retried.ok && again.ok && again.value.paper.id).toBe(retried.ok && retried.value.paper.id);
    expect(store.contents().papers).toHaveLength(1);
    expect((await onDisk(store.contents().papers[0]!.path)).equals(content)).toBe(true);
  });
});
