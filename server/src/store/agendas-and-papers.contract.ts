import { describe, expect, it } from "vitest";
import type { Paper, Store } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { uniqueId } from "./store-test-data.test-support.js";

const yieldToOtherWriters = () => new Promise<void>((resolve) => setImmediate(resolve));

function somePaper(overrides: Partial<Paper> = {}): Paper {
  return {
    id: uniqueId("paper"),
    agendaItemId: uniqueId("item"),
    fileName: "report.pdf",
    contentType: "application/pdf",
    size: 26_214_400,
    siteId: "site-1",
    driveItemId: "drive-item-1",
    path: "Meetings/2026-03-05 ISG/ISG-2026-0001/report.pdf",
    webUrl: "https://sharepoint.example/report.pdf",
    uploadedById: "person-1",
    uploadedAt: "2026-03-01T09:00:00.000Z",
    late: false,
    ...overrides,
  };
}

/** Agenda versions and publication, papers and their reads, panel libraries: every Store adapter alike. */
export function describeAgendasAndPapersContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, agendas and papers: ${name}`, () => {
    const store = useOpenedStore(open);

    it("advances an agenda's version only from the version expected, and keeps its publication", async () => {
      const meetingId = uniqueId("meeting");
      const outcomes = await store().transaction(async (tx) => [
        await tx.agendaRecords.get(meetingId),
        await tx.agendaRecords.advance(meetingId, 0),
        await tx.agendaRecords.advance(meetingId, 0),
        await tx.agendaRecords.advance(meetingId, 1),
      ]);
      expect(outcomes).toEqual([null, true, false, true]);

      await store().transaction((tx) =>
        tx.agendaRecords.markPublished(meetingId, "2026-02-20T09:00:00.000Z", "fingerprint-1"),
      );
      const published = await store().read((tx) => tx.agendaRecords.get(meetingId));
      expect(published).toEqual({
        meetingId,
        version: 2,
        publishedAt: "2026-02-20T09:00:00.000Z",
        publishedFingerprint: "fingerprint-1",
      });

      const neverChanged = uniqueId("meeting");
      await store().transaction((tx) =>
        tx.agendaRecords.markPublished(neverChanged, "2026-02-20T09:00:00.000Z", "fingerprint-2"),
      );
      expect(await store().transaction((tx) => tx.agendaRecords.advance(neverChanged, 0))).toBe(true);
    });

    it("lets exactly one of two writers on two connections advance from the version both read", async () => {
      const meetingId = uniqueId("meeting");
      await store().transaction((tx) => tx.agendaRecords.advance(meetingId, 0));
      const second = await open();
      try {
        const advance = (writer: Store) =>
          writer.transaction(async (tx) => {
            await yieldToOtherWriters();
            return tx.agendaRecords.advance(meetingId, 1);
          });
        const outcomes = await Promise.all([advance(store()), advance(second.store)]);
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        expect((await store().read((tx) => tx.agendaRecords.get(meetingId)))?.version).toBe(2);
      } finally {
        await second.close();
      }
    });

    it("files a paper once per item and path, keeping its id when the file is replaced", async () => {
      const first = somePaper();
      const other = somePaper({ agendaItemId: first.agendaItemId, path: "Meetings/x/other.docx" });
      const replacement = somePaper({
        agendaItemId: first.agendaItemId,
        path: first.path,
        size: 10,
        uploadedAt: "2026-03-04T09:00:00.000Z",
        late: true,
      });
      const results = await store().transaction(async (tx) => [
        await tx.papers.upsert(first),
        await tx.papers.upsert(other),
        await tx.papers.upsert(replacement),
      ]);
      expect(results.map((r) => r.replaced)).toEqual([false, false, true]);
      expect(results[2]!.paper).toEqual({ ...replacement, id: first.id });

      const listed = await store().read((tx) => tx.papers.listForItems([first.agendaItemId, "nothing"]));
      expect(listed).toEqual([other, { ...replacement, id: first.id }]);
      expect(await store().read((tx) => tx.papers.get(first.id))).toEqual({ ...replacement, id: first.id });
      expect(await store().read((tx) => tx.papers.listForItems([]))).toEqual([]);
    });

    it("keeps the first read of a paper by each person", async () => {
      const paperId = uniqueId("paper");
      await store().transaction(async (tx) => {
        await tx.papers.recordRead({ paperId, personId: "a", firstReadAt: "2026-03-01T09:00:00.000Z" });
        await tx.papers.recordRead({ paperId, personId: "a", firstReadAt: "2026-03-02T09:00:00.000Z" });
        await tx.papers.recordRead({ paperId, personId: "b", firstReadAt: "2026-03-03T09:00:00.000Z" });
      });
      const reads = await store().read((tx) => tx.papers.readsOf([paperId, "other"]));
      expect(reads).toEqual([
        { paperId, personId: "a", firstReadAt: "2026-03-01T09:00:00.000Z" },
        { paperId, personId: "b", firstReadAt: "2026-03-03T09:00:00.000Z" },
      ]);
    });

    it("keeps one library site per panel, and finds agenda items by id", async () => {
      const panelId = uniqueId("panel");
      await store().transaction(async (tx) => {
        await tx.panelLibraries.setSite(panelId, "site-a");
        await tx.panelLibraries.setSite(panelId, "site-b");
      });
      expect(await store().read((tx) => tx.panelLibraries.siteOf(panelId))).toBe("site-b");
      expect(await store().read((tx) => tx.panelLibraries.siteOf(uniqueId("panel")))).toBeNull();
      expect(await store().read((tx) => tx.agenda.get(uniqueId("item")))).toBeNull();
    });
  });
}
