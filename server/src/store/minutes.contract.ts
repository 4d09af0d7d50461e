import { describe, expect, it } from "vitest";
import type { CaseObservation, Decision, MinuteVersion } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { someMeeting, uniqueId } from "./store-test-data.test-support.js";

function someMinute(overrides: Partial<MinuteVersion> = {}): MinuteVersion {
  return {
    meetingId: uniqueId("meeting"),
    panelId: "panel-isg",
    version: 1,
    revision: 1,
    status: "draft",
    content: {
      present: [{ name: "Cara Chair", agency: "education" }],
      apologies: [],
      quorum: "Quorum: 1 of 1 agencies (Education) — met",
      items: [],
      generalBusiness: "",
      actions: [],
      unmetNeed: [],
      progress: [],
    },
    agreements: [],
    contentiousIssues: "",
    editedById: "chair-1",
    editedAt: "2026-03-05T12:00:00.000Z",
    circulatedAt: null,
    agreedById: null,
    agreedAt: null,
    filedUrl: null,
    filedItemId: null,
    filedAt: null,
    ...overrides,
  };
}

function someDecision(meetingId: string, decidedAt: string, id = uniqueId("decision")): Decision {
  return {
    id,
    questionId: uniqueId("question"),
    meetingId,
    agendaItemId: uniqueId("item"),
    referralId: null,
    childId: null,
    kind: "case",
    resource: null,
    outcome: "approved",
    reasons: "Meets the criteria",
    decidedAt,
    decidedByIds: ["chair-1"],
    reviewDate: null,
    votes: [{ voterId: "member-1", choice: "approve" }],
    dissent: [],
    castingOutcome: false,
  };
}

/** Minute versions, case observations, restricted libraries and a meeting's decisions: every adapter alike. */
export function describeMinutesContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, minutes: ${name}`, () => {
    const store = useOpenedStore(open);

    it("keeps every version, and writes a version only from the revision read", async () => {
      const first = someMinute();
      await store().transaction((tx) => tx.minutes.insert(first));
      const edited = { ...first, revision: 2, content: { ...first.content, generalBusiness: "Budget" } };
      const writes = await store().transaction(async (tx) => [
        await tx.minutes.update(edited, 1),
        await tx.minutes.update({ ...edited, revision: 3 }, 1),
      ]);
      expect(writes).toEqual([true, false]);
      const second = someMinute({ meetingId: first.meetingId, version: 2 });
      await store().transaction((tx) => tx.minutes.insert(second));
      await store().transaction((tx) =>
        tx.minutes.markFiled(first.meetingId, 1, { webUrl: "https://x/1.docx", itemId: "item-1", at: "t1" }),
      );
      const read = await store().read(async (tx) => ({
        versions: await tx.minutes.versions(first.meetingId),
        one: await tx.minutes.get(first.meetingId, 2),
        none: await tx.minutes.get(first.meetingId, 3),
      }));
      expect(read.versions).toEqual([
        { ...edited, filedUrl: "https://x/1.docx", filedItemId: "item-1", filedAt: "t1" },
        second,
      ]);
      expect(read.one).toEqual(second);
      expect(read.none).toBeNull();
    });

    it("reads the latest agreed version of each of a panel's minutes for meetings in a range, in meeting order", async () => {
      const panelId = uniqueId("panel");
      const meeting = (startsAt: string, other = panelId) =>
        someMeeting({ panelId: other, startsAt, endsAt: startsAt });
      const march = meeting("2026-03-10T10:00:00.000Z");
      const january = meeting("2026-01-20T10:00:00.000Z");
      const draftOnly = meeting("2026-02-10T10:00:00.000Z");
      const before = meeting("2025-12-31T23:59:59.000Z");
      const after = meeting("2026-04-01T00:00:00.000Z");
      const elsewhere = meeting("2026-02-11T10:00:00.000Z", uniqueId("panel"));
      const agreed = (meetingId: string, version: number) =>
        someMinute({ meetingId, panelId, version, status: "agreed", agreedById: "chair-1", agreedAt: "t" });
      const marchV2 = agreed(march.id, 2);
      const januaryV1 = agreed(january.id, 1);
      await store().transaction(async (tx) => {
        for (const m of [march, january, draftOnly, before, after, elsewhere]) await tx.meetings.insert(m);
        await tx.minutes.insert(agreed(march.id, 1));
        await tx.minutes.insert(marchV2);
        await tx.minutes.insert(someMinute({ meetingId: march.id, panelId, version: 3 }));
        await tx.minutes.insert(januaryV1);
        await tx.minutes.insert(someMinute({ meetingId: draftOnly.id, panelId, status: "circulated" }));
        for (const m of [before, after, elsewhere]) await tx.minutes.insert(agreed(m.id, 1));
      });
      const read = await store().read((tx) =>
        tx.minutes.latestAgreedOfPanel({
          panelId,
          from: "2026-01-01T00:00:00.000Z",
          to: "2026-04-01T00:00:00.000Z",
        }),
      );
      expect(read).toEqual([januaryV1, marchV2]);
    });

    it("declines a second copy of the same version, keeping the first", async () => {
      const minute = someMinute();
      const added = await store().transaction(async (tx) => [
        await tx.minutes.insert(minute),
        await tx.minutes.insert({ ...minute, revision: 9 }),
      ]);
      expect(added).toEqual([true, false]);
      expect(await store().read((tx) => tx.minutes.versions(minute.meetingId))).toEqual([minute]);
    });

    it("keeps a meeting's case observations in the order recorded, and where each was filed", async () => {
      const meetingId = uniqueId("meeting");
      const childId = uniqueId("child");
      const observation = (at: string): CaseObservation => ({
        id: uniqueId("observation"),
        meetingId,
        agendaItemId: "item-1",
        panelId: "panel-isg",
        childId,
        text: `Said at ${at}`,
        recordedById: "chair-1",
        recordedAt: at,
        filedUrl: null,
        filedAt: null,
      });
      const later = observation("2026-03-05T12:00:00.000Z");
      const earlier = observation("2026-03-05T11:00:00.000Z");
      await store().transaction(async (tx) => {
        await tx.caseObservations.insert(later);
        await tx.caseObservations.insert(earlier);
        await tx.caseObservations.markFiled(later.id, "https://x/o.docx", "t2");
      });
      const read = await store().read(async (tx) => ({
        list: await tx.caseObservations.ofMeeting(meetingId),
        one: await tx.caseObservations.get(earlier.id),
        child: await tx.caseObservations.ofChild(childId),
      }));
      expect(read.list).toEqual([earlier, { ...later, filedUrl: "https://x/o.docx", filedAt: "t2" }]);
      expect(read.child).toEqual(read.list);
      expect(read.one).toEqual(earlier);
    });

    it("keeps a panel's restricted site apart from its general site", async () => {
      const panelId = uniqueId("panel");
      await store().transaction(async (tx) => {
        await tx.panelLibraries.setSite(panelId, "site-general");
        await tx.panelLibraries.setRestrictedSite(panelId, "site-restricted-1");
        await tx.panelLibraries.setRestrictedSite(panelId, "site-restricted");
      });
      const read = await store().read(async (tx) => [
        await tx.panelLibraries.siteOf(panelId),
        await tx.panelLibraries.restrictedSiteOf(panelId),
        await tx.panelLibraries.restrictedSiteOf(uniqueId("panel")),
      ]);
      expect(read).toEqual(["site-general", "site-restricted", null]);
    });

    it("lists a meeting's decisions in the order made, and no other meeting's", async () => {
      const meetingId = uniqueId("meeting");
      const second = someDecision(meetingId, "2026-03-05T11:00:00.000Z");
      const first = someDecision(meetingId, "2026-03-05T10:00:00.000Z");
      const elsewhere = someDecision(uniqueId("meeting"), "2026-03-05T09:00:00.000Z");
      await store().transaction(async (tx) => {
        for (const decision of [second, first, elsewhere]) await tx.votes.insertDecision(decision);
      });
      expect(await store().read((tx) => tx.votes.decisionsOfMeeting(meetingId))).toEqual([first, second]);
    });
  });
}
