import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  IdempotencyKeyTaken,
  InvalidPanelSettings,
  personChat,
  type Meeting,
  type Nation,
  type Referral,
  type ReferralPageKey,
  type ReferralSummaryPageQuery,
  type Store,
} from "@convenor/shared";
import {
  someAgendaItem,
  someAuditEntry,
  someChild,
  someMeeting,
  someOutboxMessage,
  somePanel,
  somePerson,
  someRating,
  someReferral,
  someSettings,
  uniqueId,
} from "./store-test-data.test-support.js";

export interface OpenedStore {
  store: Store;
  close(): Promise<void>;
}

/** Opens the store before the suite's tests and closes it after them; the store, once open. */
export function useOpenedStore(open: () => Promise<OpenedStore>): () => Store {
  let opened: OpenedStore | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error("The store is opened before the suite's tests run");
    return opened.store;
  };
}

/**
 * The behaviour every `Store` adapter must have. `open` is called more than once: each call must open a NEW
 * connection (pool) to the SAME database, so that the concurrency cases run two independent writers.
 */
export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract: ${name}`, () => {
    const store = useOpenedStore(open);

    /** A second, independent connection to the same database for the length of `body`. */
    async function withSecondStore(body: (second: Store) => Promise<void>): Promise<void> {
      const second = await open();
      try {
        await body(second.store);
      } finally {
        await second.close();
      }
    }

    describe("people", () => {
      it("stores a person, updates them on upsert and finds them by id, email and Entra object id", async () => {
        const person = somePerson({ email: "A.Teacher@School.Example", entraObjectId: uniqueId("oid") });
        await store().transaction((tx) => tx.people.upsert(person));
        await store().transaction((tx) => tx.people.upsert({ ...person, jobTitle: "Depute head" }));

        const found = await store().transaction(async (tx) => ({
          byId: await tx.people.get(person.id),
          byEmail: await tx.people.findByEmail("a.teacher@school.example"),
          byObjectId: await tx.people.findByEntraObjectId(person.entraObjectId!),
          all: await tx.people.list(),
          missing: await tx.people.get(uniqueId("nobody")),
          many: await tx.people.getMany([person.id, uniqueId("nobody"), person.id]),
          none: await tx.people.getMany([]),
          missingEmail: await tx.people.findByEmail("nobody@school.example"),
        }));

        expect(found.byId).toEqual({ ...person, jobTitle: "Depute head" });
        expect(found.byEmail?.id).toBe(person.id);
        expect(found.byObjectId?.id).toBe(person.id);
        expect(found.all.filter((p) => p.id === person.id)).toHaveLength(1);
        expect(found.missing).toBeNull();
        expect(found.many).toEqual([{ ...person, jobTitle: "Depute head" }]);
        expect(found.none).toEqual([]);
        expect(found.missingEmail).toBeNull();
      });

      it("keeps whether a person is the data protection officer", async () => {
        const officer = somePerson({ dataProtectionOfficer: true });
        const colleague = somePerson();
        const found = await store().transaction(async (tx) => {
          await tx.people.upsert(officer);
          await tx.people.upsert(colleague);
          return { officer: await tx.people.get(officer.id), colleague: await tx.people.get(colleague.id) };
        });
        expect(found.officer?.dataProtectionOfficer).toBe(true);
        expect(found.colleague?.dataProtectionOfficer).toBe(false);
      });

      it("keeps whether a person is an administrator", async () => {
        const administrator = somePerson({ administrator: true });
        const colleague = somePerson();
        await store().transaction(async (tx) => {
          await tx.people.upsert(administrator);
          await tx.people.upsert(colleague);
        });
        const found = await store().read(async (tx) => ({
          administrator: await tx.people.get(administrator.id),
          colleague: await tx.people.get(colleague.id),
        }));
        expect(found.administrator?.administrator).toBe(true);
        expect(found.colleague?.administrator).toBe(false);
      });
    });

    describe("closure days", () => {
      // Tests share one database: each uses its own years.
      it("replaces one year's days and leaves the years either side alone", async () => {
        await store().transaction(async (tx) => {
          await tx.closureDays.replaceYear(2030, [{ date: "2030-12-31", reason: "Council closure" }]);
          await tx.closureDays.replaceYear(2032, [{ date: "2032-01-02", reason: "Council closure" }]);
          await tx.closureDays.replaceYear(2031, [
            { date: "2031-12-30", reason: "Council closure" },
            { date: "2031-06-13", reason: "Staff training day" },
          ]);
        });
        await store().transaction((tx) =>
          tx.closureDays.replaceYear(2031, [{ date: "2031-12-29", reason: "Council closure (moved)" }]),
        );

        const between = await store().read((tx) => tx.closureDays.between("2030-01-01", "2032-12-31"));
        expect(between).toEqual([
          { date: "2030-12-31", reason: "Council closure" },
          { date: "2031-12-29", reason: "Council closure (moved)" },
          { date: "2032-01-02", reason: "Council closure" },
        ]);
      });

      it("includes both ends of the range and nothing outside it", async () => {
        await store().transaction((tx) =>
          tx.closureDays.replaceYear(2033, [
            { date: "2033-03-01", reason: "a" },
            { date: "2033-03-02", reason: "b" },
            { date: "2033-03-03", reason: "c" },
            { date: "2033-03-04", reason: "d" },
          ]),
        );
        const days = await store().read((tx) => tx.closureDays.between("2033-03-02", "2033-03-03"));
        expect(days.map((day) => day.date)).toEqual(["2033-03-02", "2033-03-03"]);
      });

      it("clears a year with an empty list", async () => {
        await store().transaction((tx) =>
          tx.closureDays.replaceYear(2034, [{ date: "2034-12-29", reason: "Council closure" }]),
        );
        await store().transaction((tx) => tx.closureDays.replaceYear(2034, []));
        expect(await store().read((tx) => tx.closureDays.between("2034-01-01", "2034-12-31"))).toEqual([]);
      });

      it("refuses a day in another year and keeps what was there", async () => {
        await store().transaction((tx) =>
          tx.closureDays.replaceYear(2035, [{ date: "2035-12-31", reason: "Council closure" }]),
        );
        await expect(
          store().transaction((tx) =>
            tx.closureDays.replaceYear(2035, [
              { date: "2035-12-30", reason: "Council closure" },
              { date: "2036-01-02", reason: "Council closure" },
            ]),
          ),
        ).rejects.toThrow(/not in 2035/);
        expect(await store().read((tx) => tx.closureDays.between("2035-01-01", "2036-12-31"))).toEqual([
          { date: "2035-12-31", reason: "Council closure" },
        ]);
      });

      it("rolls back with the rest of the transaction", async () => {
        await expect(
          store().transaction(async (tx) => {
            await tx.closureDays.replaceYear(2037, [{ date: "2037-12-29", reason: "Council closure" }]);
            throw new Error("the use case failed after writing");
          }),
        ).rejects.toThrow("the use case failed");
        expect(await store().read((tx) => tx.closureDays.between("2037-01-01", "2037-12-31"))).toEqual([]);
      });

      it("is refused in a read", async () => {
        await expect(
          store().read((tx) => tx.closureDays.replaceYear(2038, [{ date: "2038-12-29", reason: "Closure" }])),
        ).rejects.toThrow();
      });

      it("ends two simultaneous replacements of one year with one of the two lists, whole", async () => {
        await withSecondStore(async (second) => {
          for (let round = 0; round < 5; round++) {
            await store().transaction((tx) =>
              tx.closureDays.replaceYear(2039, [{ date: "2039-12-30", reason: "Before" }]),
            );
            const replace = (writer: Store, reason: string) =>
              writer.transaction(async (tx) => {
                await tx.closureDays.replaceYear(2039, [
                  { date: "2039-12-29", reason },
                  { date: "2039-12-31", reason },
                ]);
                await yieldToOtherWriters();
              });
            await Promise.all([replace(store(), "First"), replace(second, "Second")]);

            const days = await store().read((tx) => tx.closureDays.between("2039-01-01", "2039-12-31"));
            expect(days.map((day) => day.date)).toEqual(["2039-12-29", "2039-12-31"]);
            expect(new Set(days.map((day) => day.reason)).size).toBe(1);
          }
        });
      });
    });

    describe("panels", () => {
      it("stores panels with their settings and replaces settings and members", async () => {
        const panel = somePanel();
        const chair = somePerson();
        const member = somePerson();
        await store().transaction(async (tx) => {
          await tx.panels.upsert(panel);
          await tx.panels.setMembers(panel.id, [
            {
              panelId: panel.id,
              personId: chair.id,
              roles: ["chair", "emergency-authoriser"],
              agency: "social-work",
            },
            { panelId: panel.id, personId: member.id, roles: ["member"], agency: "health" },
          ]);
        });
        const changed = someSettings({
          quorumAgencies: 4,
          caseSlotMinutes: 20,
          requiredAgencies: ["health", "police"],
        });
        await store().transaction(async (tx) => {
          await tx.panels.updateSettings(panel.id, changed);
          await tx.panels.upsert({ ...(await tx.panels.get(panel.id))!, name: "North ISG (East)" });
          await tx.panels.setMembers(panel.id, [
            { panelId: panel.id, personId: chair.id, roles: ["chair"], agency: "social-work" },
          ]);
        });

        const found = await store().transaction(async (tx) => ({
          panel: await tx.panels.get(panel.id),
          all: await tx.panels.list(),
          members: await tx.panels.members(panel.id),
          chairOf: await tx.panels.membershipsOf(chair.id),
          memberOf: await tx.panels.membershipsOf(member.id),
        }));

        expect(found.panel).toEqual({ ...panel, name: "North ISG (East)", settings: changed });
        expect(found.all.map((p) => p.id)).toContain(panel.id);
        expect(found.members).toEqual([
          { panelId: panel.id, personId: chair.id, roles: ["chair"], agency: "social-work" },
        ]);
        expect(found.chairOf).toEqual(found.members);
        expect(found.memberOf).toEqual([]);
      });

      it("refuses settings with an unknown nation or out of their limits, on upsert and update, writing nothing", async () => {
        const panel = somePanel();
        const wales = "wales" as Nation;
        await expect(
          store().transaction((tx) =>
            tx.panels.upsert({ ...panel, settings: someSettings({ nation: wales }) }),
          ),
        ).rejects.toThrow(/Nation: one of scotland, england-wales/);
        expect(await store().transaction((tx) => tx.panels.get(panel.id))).toBeNull();

        await store().transaction((tx) => tx.panels.upsert(panel));
        await expect(
          store().transaction((tx) => tx.panels.updateSettings(panel.id, someSettings({ nation: wales }))),
        ).rejects.toBeInstanceOf(InvalidPanelSettings);
        await expect(
          store().transaction((tx) =>
            tx.panels.updateSettings(panel.id, someSettings({ meetingMinutes: 0 })),
          ),
        ).rejects.toThrow(/Meeting length in minutes: at least 15/);
        expect((await store().transaction((tx) => tx.panels.get(panel.id)))?.settings).toEqual(
          panel.settings,
        );
      });

      it("refuses to change the settings of a panel that does not exist", async () => {
        await expect(
          store().transaction((tx) => tx.panels.updateSettings(uniqueId("no-panel"), someSettings())),
        ).rejects.toThrow();
      });
    });

    describe("children", () => {
      it("finds an existing child by name and date of birth, whatever the capitalisation", async () => {
        const child = someChild({ givenName: uniqueId("Eilidh"), familyName: "MacLeod", lookedAfter: true });
        await store().transaction((tx) => tx.children.insert(child));

        const found = await store().transaction(async (tx) => ({
          byId: await tx.children.get(child.id),
          match: await tx.children.findMatch(
            ` ${child.givenName.toUpperCase()} `,
            "macleod",
            child.dateOfBirth,
          ),
          otherBirthday: await tx.children.findMatch(child.givenName, child.familyName, "2014-01-01"),
        }));

        expect(found.byId).toEqual(child);
        expect(found.match?.id).toBe(child.id);
        expect(found.otherBirthday).toBeNull();
      });

      it("keeps one record a child: find-or-insert returns the existing record, a second insert is refused", async () => {
        const child = someChild({ givenName: uniqueId("Isla"), familyName: "Grant" });
        const inserted = await store().transaction((tx) => tx.children.findOrInsert(child));
        const again = await store().transaction((tx) =>
          tx.children.findOrInsert(
            someChild({
              givenName: ` ${child.givenName.toLowerCase()}`,
              familyName: "GRANT",
              school: "Other",
            }),
          ),
        );
        await expect(
          store().transaction((tx) =>
            tx.children.insert(someChild({ givenName: child.givenName, familyName: "grant" })),
          ),
        ).rejects.toThrow();

        expect(inserted).toEqual(child);
        expect(again).toEqual(child);
        expect(
          await store().transaction((tx) =>
            tx.children.findMatch(child.givenName, "Grant", child.dateOfBirth),
          ),
        ).toEqual(child);
      });

      it("ends two simultaneous transactions for the same new child on one record with the same id", async () => {
        await withSecondStore(async (second) => {
          for (let round = 0; round < 10; round++) {
            const givenName = uniqueId("Ruaridh");
            // As a referral's submission does: look the child up, and record them when there is no match.
            const resolve = (writer: Store) =>
              writer.transaction(async (tx) => {
                const match = await tx.children.findMatch(givenName, "Ross", "2012-08-01");
                await yieldToOtherWriters();
                const child =
                  match ??
                  (await tx.children.findOrInsert(
                    someChild({ givenName, familyName: "Ross", dateOfBirth: "2012-08-01" }),
                  ));
                await yieldToOtherWriters();
                return child.id;
              });

            const [first, other] = await Promise.all([resolve(store()), resolve(second)]);

            expect(other).toBe(first);
            const stored = await second.transaction((tx) =>
              tx.children.findMatch(givenName, "Ross", "2012-08-01"),
            );
            expect(stored?.id).toBe(first);
          }
        });
      });

      it("runs two transactions that lock the same child one after the other, the second seeing the first's writes", async () => {
        const panelId = uniqueId("panel");
        await withSecondStore(async (second) => {
          for (let round = 0; round < 10; round++) {
            const givenName = uniqueId("Kirsty");
            // Each writer files only while the child has no referral yet: exactly one may.
            const fileFirstReferral = (writer: Store) =>
              writer.transaction(async (tx) => {
                await tx.children.lockMatch(givenName, "Bain", "2011-02-03");
                await yieldToOtherWriters();
                const match = await tx.children.findMatch(givenName, "Bain", "2011-02-03");
                const earlier = match ? await tx.referrals.list({ childId: match.id }) : [];
                await yieldToOtherWriters();
                if (earlier.length > 0) return false;
                const child = await tx.children.findOrInsert(
                  someChild({ givenName, familyName: "Bain", dateOfBirth: "2011-02-03" }),
                );
                await yieldToOtherWriters();
                await tx.referrals.insert(someReferral({ panelId, childId: child.id }));
                return true;
              });

            const filed = await Promise.all([fileFirstReferral(store()), fileFirstReferral(second)]);

            expect(filed.filter(Boolean)).toHaveLength(1);
          }
          const referrals = await store().transaction((tx) => tx.referrals.list({ panelId }));
          expect(new Set(referrals.map((r) => r.childId)).size).toBe(10);
          expect(referrals).toHaveLength(10);
        });
      });
    });

    describe("referrals", () => {
      it("round-trips a referral with its form and history, and lists it by panel, referrer, child and state", async () => {
        const panelId = uniqueId("panel");
        const referrerId = uniqueId("person");
        const childId = uniqueId("child");
        const submitted = someReferral({
          panelId,
          referrerId,
          childId,
          reference: "ISG-2026-0001",
          urgency: "urgent",
          retrospective: true,
        });
        const draft = someReferral({
          panelId,
          referrerId,
          childId: uniqueId("child"),
          state: "draft",
          reference: null,
          createdAt: "2026-03-03T09:00:00.000Z",
        });
        const otherDraft = someReferral({
          panelId,
          state: "draft",
          reference: null,
          createdAt: "2026-03-04T09:00:00.000Z",
        });
        await store().transaction(async (tx) => {
          await tx.referrals.insert(submitted);
          await tx.referrals.insert(draft);
          await tx.referrals.insert(otherDraft);
        });

        const found = await store().transaction(async (tx) => ({
          byId: await tx.referrals.get(submitted.id),
          byReference: await tx.referrals.findByReference(panelId, "ISG-2026-0001"),
          wrongPanel: await tx.referrals.findByReference(uniqueId("panel"), "ISG-2026-0001"),
          onPanel: await tx.referrals.list({ panelId }),
          byReferrer: await tx.referrals.list({ referrerId }),
          byChild: await tx.referrals.list({ childId }),
          drafts: await tx.referrals.list({ panelId, states: ["draft"] }),
          openOnes: await tx.referrals.list({ panelId, states: ["submitted", "accepted"] }),
          noStates: await tx.referrals.list({ panelId, states: [] }),
          missing: await tx.referrals.get(uniqueId("referral")),
        }));

        expect(found.byId).toEqual(submitted);
        expect(found.byReference?.id).toBe(submitted.id);
        expect(found.wrongPanel).toBeNull();
        expect(found.onPanel.map((r) => r.id)).toEqual([submitted.id, draft.id, otherDraft.id]);
        expect(found.byReferrer.map((r) => r.id)).toEqual([submitted.id, draft.id]);
        expect(found.byChild.map((r) => r.id)).toEqual([submitted.id]);
        expect(found.drafts.map((r) => r.id)).toEqual([draft.id, otherDraft.id]);
        expect(found.openOnes.map((r) => r.id)).toEqual([submitted.id]);
        expect(found.noStates).toEqual([]);
        expect(found.missing).toBeNull();
      });

      it("rejects a second referral with the same reference on the same panel, but not on another panel", async () => {
        const panelId = uniqueId("panel");
        await store().transaction((tx) =>
          tx.referrals.insert(someReferral({ panelId, reference: "ISG-2026-0007" })),
        );

        await expect(
          store().transaction((tx) =>
            tx.referrals.insert(someReferral({ panelId, reference: "ISG-2026-0007" })),
          ),
        ).rejects.toThrow();
        const elsewhere = someReferral({ panelId: uniqueId("panel"), reference: "ISG-2026-0007" });
        await store().transaction((tx) => tx.referrals.insert(elsewhere));

        const onPanel = await store().transaction((tx) => tx.referrals.list({ panelId }));
        expect(onPanel).toHaveLength(1);
        expect(await store().transaction((tx) => tx.referrals.get(elsewhere.id))).toEqual(elsewhere);
      });

      it("updates only when the stored version is the expected one (compare-and-set)", async () => {
        const referral = someReferral({ panelId: uniqueId("panel") });
        await store().transaction((tx) => tx.referrals.insert(referral));

        const accepted = acceptedFrom(referral, "chair-1");
        const first = await store().transaction((tx) => tx.referrals.update(accepted, 1));
        const stale = await store().transaction((tx) =>
          tx.referrals.update({ ...referral, state: "declined", version: 2 }, 1),
        );

        expect(first).toBe(true);
        expect(stale).toBe(false);
        expect(await store().transaction((tx) => tx.referrals.get(referral.id))).toEqual(accepted);
      });

      it("numbers references per panel and year, consecutively, and gives back a number whose transaction rolled back", async () => {
        const panelId = uniqueId("panel");
        const otherPanelId = uniqueId("panel");
        const first = await store().transaction((tx) => tx.referrals.nextReference(panelId, "ISG", 2026));
        const second = await store().transaction((tx) => tx.referrals.nextReference(panelId, "ISG", 2026));
        await expect(
          store().transaction(async (tx) => {
            await tx.referrals.nextReference(panelId, "ISG", 2026);
            throw new Error("abandoned");
          }),
        ).rejects.toThrow("abandoned");
        const third = await store().transaction((tx) => tx.referrals.nextReference(panelId, "ISG", 2026));
        const nextYear = await store().transaction((tx) => tx.referrals.nextReference(panelId, "ISG", 2027));
        const otherPanel = await store().transaction((tx) =>
          tx.referrals.nextReference(otherPanelId, "ICSMG", 2026),
        );

        expect([first, second, third]).toEqual(["ISG-2026-0001", "ISG-2026-0002", "ISG-2026-0003"]);
        expect(nextYear).toBe("ISG-2027-0001");
        expect(otherPanel).toBe("ICSMG-2026-0001");
      });
    });

    describe("referral versions", () => {
      it("keeps each returned version of a referral with its question and answer, oldest first, once per number", async () => {
        const referralId = uniqueId("referral");
        const version = (number: number) => ({
          referralId,
          number,
          form: {
            reason: `Reason as returned the ${number === 1 ? "first" : "second"} time`,
            shanarri: ["safe"],
          },
          question: `Question ${number}?`,
          returnedAt: `2026-03-0${number}T09:00:00.000Z`,
          returnedById: "chair-1",
          answer: `Answer ${number}, with a line break\nand a tab\t.`,
          resubmittedAt: `2026-03-0${number}T15:00:00.000Z`,
        });
        await store().transaction(async (tx) => {
          await tx.referralVersions.insert(version(2));
          await tx.referralVersions.insert(version(1));
          await tx.referralVersions.insert({ ...version(1), referralId: uniqueId("referral") });
        });
        await expect(
          store().transaction((tx) => tx.referralVersions.insert({ ...version(1), question: "Again?" })),
        ).rejects.toThrow();

        const found = await store().transaction(async (tx) => ({
          versions: await tx.referralVersions.list(referralId),
          none: await tx.referralVersions.list(uniqueId("referral")),
        }));
        expect(found.versions).toEqual([version(1), version(2)]);
        expect(found.none).toEqual([]);
      });
    });

    describe("referral summary pages", () => {
      const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, "0")}:00.000Z`;
      /** Reads every page of `query` (`limit` a page), calling `between` after each page but the last. */
      async function readAllPages(
        query: Omit<ReferralSummaryPageQuery, "after" | "limit">,
        limit: number,
        between: (pageNumber: number) => Promise<void> = () => Promise.resolve(),
      ): Promise<string[][]> {
        const pages: string[][] = [];
        let after: ReferralPageKey | null = null;
        for (;;) {
          const rows = await store().read((tx) => tx.referrals.summaryPage({ ...query, after, limit }));
          if (rows.length === 0) return pages;
          pages.push(rows.map((row) => row.referral.id));
          const last = rows.at(-1)!.referral;
          after = { urgent: last.urgency === "urgent", updatedAt: last.updatedAt, id: last.id };
          await between(pages.length);
        }
      }

      it("pages a screening queue over several panels: urgent first, then oldest change, then id; filtered", async () => {
        const panel = somePanel({ name: "Queue panel" });
        const otherPanelId = uniqueId("panel");
        const child = someChild({ dateOfBirth: "2012-05-01" });
        const id = uniqueId("referral");
        const on = (panelId: string, key: string, minute: number, overrides: Partial<Referral> = {}) =>
          someReferral({
            id: `${id}-${key}`,
            panelId,
            childId: child.id,
            updatedAt: at(minute),
            ...overrides,
          });
        const referrals = [
          on(panel.id, "a", 5),
          on(otherPanelId, "b", 1),
          on(panel.id, "c", 9, { urgency: "urgent" }),
          on(otherPanelId, "d", 5),
          on(panel.id, "e", 3, { urgency: "urgent" }),
          on(panel.id, "f", 5),
          on(panel.id, "g", 2, { state: "accepted" }),
          on(uniqueId("panel"), "h", 1),
        ];
        await store().transaction(async (tx) => {
          await tx.panels.upsert(panel);
          await tx.children.insert(child);
          for (const referral of referrals) await tx.referrals.insert(referral);
        });
        const query = {
          panelIds: [panel.id, otherPanelId],
          states: ["submitted"],
          order: "screening",
        } as const;

        const pages = await readAllPages(query, 2);
        const first = await store().read((tx) =>
          tx.referrals.summaryPage({ ...query, after: null, limit: 1 }),
        );
        const none = await store().read(async (tx) => ({
          noPanels: await tx.referrals.summaryPage({ ...query, panelIds: [], after: null, limit: 5 }),
          noStates: await tx.referrals.summaryPage({ ...query, states: [], after: null, limit: 5 }),
        }));

        expect(pages).toEqual([
          [`${id}-e`, `${id}-c`],
          [`${id}-b`, `${id}-a`],
          [`${id}-d`, `${id}-f`],
        ]);
        expect(first).toEqual([
          {
            referral: {
              id: `${id}-e`,
              reference: null,
              panelId: panel.id,
              state: "submitted",
              urgency: "urgent",
              form: referrals[4]!.form,
              updatedAt: at(3),
            },
            panelName: "Queue panel",
            childDateOfBirth: "2012-05-01",
          },
        ]);
        expect(none).toEqual({ noPanels: [], noStates: [] });
      });

      it("pages a person's referrals newest change first, then id, with no panel or child found as null", async () => {
        const referrerId = uniqueId("person");
        const id = uniqueId("referral");
        const mine = (key: string, minute: number, state: Referral["state"] = "submitted") =>
          someReferral({
            id: `${id}-${key}`,
            panelId: uniqueId("panel"),
            referrerId,
            state,
            updatedAt: at(minute),
          });
        await store().transaction(async (tx) => {
          for (const referral of [
            mine("a", 1),
            mine("b", 7, "draft"),
            mine("c", 4),
            mine("d", 7),
            mine("e", 2),
          ]) {
            await tx.referrals.insert(referral);
          }
          await tx.referrals.insert(someReferral({ panelId: uniqueId("panel"), updatedAt: at(8) }));
        });

        const pages = await readAllPages({ referrerId, order: "recent" }, 2);
        const [newest] = await store().read((tx) =>
          tx.referrals.summaryPage({ referrerId, order: "recent", after: null, limit: 1 }),
        );

        expect(pages).toEqual([[`${id}-d`, `${id}-b`], [`${id}-c`, `${id}-e`], [`${id}-a`]]);
        expect(newest).toMatchObject({ panelName: null, childDateOfBirth: null });
      });

      it("gives every row present from the start exactly once while rows are added between page reads", async () => {
        const panelId = uniqueId("panel");
        const referrerId = uniqueId("person");
        const id = uniqueId("referral");
        const original = Array.from({ length: 9 }, (_, i) =>
          someReferral({
            id: `${id}-${i}`,
            panelId,
            referrerId,
            urgency: i % 4 === 0 ? "urgent" : "routine",
            updatedAt: at(10 + i),
          }),
        );
        await store().transaction(async (tx) => {
          for (const referral of original) await tx.referrals.insert(referral);
        });
        let added = 0;
        const addSome = async () => {
          // One that sorts before every page read so far, one after: neither may shift the others.
          await store().transaction(async (tx) => {
            for (const [minute, urgency] of [
              [1, "urgent"],
              [59, "routine"],
            ] as const) {
              added += 1;
              await tx.referrals.insert(
                someReferral({
                  id: `${id}-added-${added}`,
                  panelId,
                  referrerId,
                  urgency,
                  updatedAt: at(minute),
                }),
              );
            }
          });
        };

        for (const order of ["screening", "recent"] as const) {
          const filter = order === "screening" ? { panelIds: [panelId] } : { referrerId };
          const seen = (await readAllPages({ ...filter, order }, 2, addSome)).flat();
          const originals = seen.filter((seenId) => !seenId.includes("-added-"));
          expect(new Set(seen).size).toBe(seen.length);
          expect(originals.sort()).toEqual(original.map((r) => r.id).sort());
        }
      });
    });

    describe("read-only use", () => {
      it("sees what was committed and refuses a write, keeping nothing of it", async () => {
        const person = somePerson();
        await store().transaction((tx) => tx.people.upsert(person));
        const other = somePerson();

        expect(await store().read((tx) => tx.people.get(person.id))).toEqual(person);
        await expect(store().read((tx) => tx.people.upsert(other))).rejects.toThrow();
        expect(await store().transaction((tx) => tx.people.get(other.id))).toBeNull();
        await store().transaction((tx) => tx.people.upsert(other));
        expect(await store().transaction((tx) => tx.people.get(other.id))).toEqual(other);
      });
    });

    describe("meetings and agenda items", () => {
      it("lists a panel's meetings by start and the upcoming planned ones after a moment", async () => {
        const panelId = uniqueId("panel");
        const march = someMeeting({
          panelId,
          startsAt: "2026-03-10T09:30:00.000Z",
          endsAt: "2026-03-10T11:30:00.000Z",
        });
        const may = someMeeting({
          panelId,
          startsAt: "2026-05-12T09:30:00.000Z",
          endsAt: "2026-05-12T11:30:00.000Z",
        });
        const april = someMeeting({ panelId, startsAt: "2026-04-14T09:30:00.000Z" });
        const cancelled = someMeeting({ panelId, startsAt: "2026-04-20T09:30:00.000Z", state: "cancelled" });
        const elsewhere = someMeeting({ panelId: uniqueId("panel"), startsAt: "2026-04-15T09:30:00.000Z" });
        await store().transaction(async (tx) => {
          for (const meeting of [may, march, april, cancelled, elsewhere]) await tx.meetings.insert(meeting);
        });
        const scheduled = { ...april, calendarEventId: "event-1", joinUrl: "https://teams.example/join/1" };
        await store().transaction((tx) => tx.meetings.update(scheduled));

        const found = await store().transaction(async (tx) => ({
          april: await tx.meetings.get(april.id),
          all: await tx.meetings.listByPanel(panelId),
          upcoming: await tx.meetings.upcoming(panelId, "2026-03-31T00:00:00.000Z"),
        }));

        expect(found.april).toEqual(scheduled);
        expect(found.all.map((m) => m.id)).toEqual([march.id, april.id, cancelled.id, may.id]);
        expect(found.upcoming.map((m) => m.id)).toEqual([april.id, may.id]);
      });

      it("finds the planned meetings of every panel that have ended, earliest first", async () => {
        const [panelId, otherPanelId] = [uniqueId("panel"), uniqueId("panel")];
        const ended = (panel: string, endsAt: string, state: Meeting["state"] = "planned") =>
          someMeeting({ panelId: panel, startsAt: endsAt.replace("T11", "T09"), endsAt, state });
        const lastWeek = ended(panelId, "2026-06-02T11:00:00.000Z");
        const otherPanel = ended(otherPanelId, "2026-06-01T11:00:00.000Z");
        const cancelled = ended(panelId, "2026-06-03T11:00:00.000Z", "cancelled");
        const alreadyHeld = ended(panelId, "2026-06-03T11:30:00.000Z", "held");
        const today = ended(panelId, "2026-06-09T11:00:00.000Z");
        await store().transaction(async (tx) => {
          for (const meeting of [today, lastWeek, cancelled, alreadyHeld, otherPanel])
            await tx.meetings.insert(meeting);
        });

        const found = await store().read((tx) => tx.meetings.plannedEndedBefore("2026-06-09T11:00:00.000Z"));

        expect(found.filter((m) => [panelId, otherPanelId].includes(m.panelId)).map((m) => m.id)).toEqual([
          otherPanel.id,
          lastWeek.id,
        ]);
      });

      it("marks a planned meeting held once, and never a cancelled one", async () => {
        const planned = someMeeting({ panelId: uniqueId("panel") });
        const cancelled = someMeeting({ panelId: planned.panelId, state: "cancelled" });
        await store().transaction(async (tx) => {
          await tx.meetings.insert(planned);
          await tx.meetings.insert(cancelled);
        });

        const marks = await store().transaction(async (tx) => [
          await tx.meetings.markHeld(planned.id),
          await tx.meetings.markHeld(planned.id),
          await tx.meetings.markHeld(cancelled.id),
        ]);

        expect(marks).toEqual([true, false, false]);
        expect(await store().read((tx) => tx.meetings.get(planned.id))).toEqual({
          ...planned,
          state: "held",
        });
        expect(await store().read((tx) => tx.meetings.get(cancelled.id))).toEqual(cancelled);
      });

      it("keeps a pending meeting with its organiser, then the event it was scheduled with", async () => {
        const pending = someMeeting({
          panelId: uniqueId("panel"),
          state: "pending",
          organiser: "chair@council.example",
          eventBy: "convenor",
        });
        await store().transaction((tx) => tx.meetings.insert(pending));
        const beforeEvent = await store().read((tx) => tx.meetings.get(pending.id));
        const planned = {
          ...pending,
          state: "planned" as const,
          calendarEventId: "AAMkAD=",
          joinUrl: "https://teams.example/j",
        };
        await store().transaction((tx) => tx.meetings.update(planned));
        const afterEvent = await store().read((tx) => tx.meetings.get(pending.id));

        expect(beforeEvent).toEqual(pending);
        expect(afterEvent).toEqual(planned);
        expect(
          await store().read((tx) => tx.meetings.upcoming(pending.panelId, "2026-01-01T00:00:00.000Z")),
        ).toEqual([planned]);
      });

      it("keeps agenda items in position order and updates them", async () => {
        const meetingId = uniqueId("meeting");
        const second = someAgendaItem({ meetingId, position: 2, title: "ISG-2026-0002" });
        const first = someAgendaItem({
          meetingId,
          position: 1,
          source: "retrospective",
          referralId: "referral-1",
          childId: "child-1",
          presenterId: "person-1",
          invitedPersonIds: ["person-2", "person-3"],
        });
        const standing = someAgendaItem({
          meetingId,
          position: 0,
          source: "standing",
          title: "Apologies",
          slotMinutes: null,
        });
        await store().transaction(async (tx) => {
          for (const item of [second, first, standing]) await tx.agenda.insert(item);
          await tx.agenda.insert(someAgendaItem({ meetingId: uniqueId("meeting") }));
        });
        const moved = { ...second, position: 3, invitedPersonIds: ["person-4"] };
        await store().transaction((tx) => tx.agenda.update(moved));

        const items = await store().transaction((tx) => tx.agenda.listForMeeting(meetingId));
        expect(items).toEqual([standing, first, moved]);
      });
    });

    describe("monthly ratings", () => {
      it("keeps one rating per panel, child and month, replacing it on a second upsert", async () => {
        const panelId = uniqueId("panel");
        const childId = uniqueId("child");
        const otherChildId = uniqueId("child");
        const february = someRating({ panelId, childId, month: "2026-02" });
        const january = someRating({ panelId, childId, month: "2026-01" });
        const other = someRating({ panelId, childId: otherChildId, month: "2026-02" });
        const revised = {
          ...february,
          ratedById: "person-9",
          areas: { ...february.areas, health: "red" as const },
        };
        await store().transaction(async (tx) => {
          for (const rating of [february, january, other]) await tx.ratings.upsert(rating);
        });
        await store().transaction((tx) => tx.ratings.upsert(revised));

        const found = await store().transaction(async (tx) => ({
          panel: await tx.ratings.listForPanel(panelId),
          child: await tx.ratings.listForChild(panelId, childId),
        }));

        expect(found.child).toEqual([january, revised]);
        expect(found.panel).toHaveLength(3);
        expect(found.panel).toContainEqual(other);
      });
    });

    describe("audit log", () => {
      it("answers who touched a record, by subject, child and actor, in the order it happened", async () => {
        const childId = uniqueId("child");
        const referralId = uniqueId("referral");
        const viewer = uniqueId("person");
        const chair = uniqueId("person");
        const filed = someAuditEntry({
          action: "referral.filed",
          subjectId: referralId,
          childId,
          actorId: chair,
        });
        const viewed = someAuditEntry({
          subjectId: referralId,
          childId,
          actorId: viewer,
          origin: "10.0.0.8",
        });
        const childViewed = someAuditEntry({
          subjectType: "child",
          subjectId: childId,
          childId,
          actorId: viewer,
        });
        const panelChange = someAuditEntry({
          action: "panel.settings-changed",
          subjectType: "panel",
          subjectId: uniqueId("panel"),
          actorId: chair,
          correlationId: "corr-1",
        });
        await store().transaction(async (tx) => {
          for (const entry of [filed, viewed, childViewed, panelChange]) await tx.audit.append(entry);
        });

        const found = await store().transaction(async (tx) => ({
          bySubject: await tx.audit.list({ subjectId: referralId }),
          byChild: await tx.audit.list({ childId }),
          byViewer: await tx.audit.list({ actorId: viewer }),
          byChairOnChild: await tx.audit.list({ actorId: chair, childId }),
          byChair: await tx.audit.list({ actorId: chair }),
        }));

        expect(found.bySubject).toEqual([filed, viewed]);
        expect(found.byChild).toEqual([filed, viewed, childViewed]);
        expect(found.byViewer).toEqual([viewed, childViewed]);
        expect(found.byChairOnChild).toEqual([filed]);
        expect(found.byChair).toEqual([filed, panelChange]);
      });
    });

    describe("audit by child and period", () => {
      it("answers a child's entries in a period, oldest first, at most the limit", async () => {
        const childId = uniqueId("child");
        const at = (time: string) => `2026-05-0${time}Z`;
        const late = someAuditEntry({ childId, at: at("3T10:00:00.000") });
        const early = someAuditEntry({ childId, at: at("2T09:00:00.000") });
        const middle = someAuditEntry({ childId, at: at("2T15:00:00.000") });
        const before = someAuditEntry({ childId, at: at("1T23:59:59.999") });
        const atEnd = someAuditEntry({ childId, at: at("4T00:00:00.000") });
        const otherChild = someAuditEntry({ childId: uniqueId("child"), at: at("2T10:00:00.000") });
        await store().transaction(async (tx) => {
          for (const entry of [late, early, middle, before, atEnd, otherChild]) await tx.audit.append(entry);
        });
        const from = at("2T00:00:00.000");
        const to = at("4T00:00:00.000");
        const found = await store().read(async (tx) => ({
          all: await tx.audit.listForChild(childId, from, to, 10),
          limited: await tx.audit.listForChild(childId, from, to, 2),
        }));
        expect(found.all).toEqual([early, middle, late]);
        expect(found.limited).toEqual([early, middle]);
      });
    });

    describe("suspected breaches", () => {
      it("keeps a child's breaches, most recently recorded first, and refuses a second with the same id", async () => {
        const childId = uniqueId("child");
        const breach = (id: string, recordedAt: string, panelId: string | null) => ({
          id,
          childId,
          panelId,
          whatHappened: "A case paper was forwarded to a personal mailbox.",
          discoveredOn: "2026-11-20",
          reportedBy: "Panel coordinator",
          periodFrom: "2026-11-01",
          periodTo: "2026-11-20",
          recordedById: "person-dpo",
          recordedAt,
        });
        const first = breach(uniqueId("breach"), "2026-11-20T09:00:00.000Z", null);
        const second = breach(uniqueId("breach"), "2026-11-21T09:00:00.000Z", "panel-isg");
        await store().transaction(async (tx) => {
          await tx.breaches.insert(first);
          await tx.breaches.insert(second);
        });
        await expect(store().transaction((tx) => tx.breaches.insert(first))).rejects.toThrow();
        const found = await store().read(async (tx) => ({
          child: await tx.breaches.ofChild(childId),
          other: await tx.breaches.ofChild(uniqueId("child")),
        }));
        expect(found).toEqual({ child: [second, first], other: [] });
      });
    });

    describe("audit detail", () => {
      it("keeps what an entry carries beyond its action (settings before and after, a reason)", async () => {
        const subjectId = uniqueId("panel");
        const changed = someAuditEntry({
          action: "panel.scheduling-settings-changed",
          subjectType: "panel",
          subjectId,
          detail: {
            before: { quorumAgencies: 3, requiredAgencies: [] },
            after: { quorumAgencies: 4, requiredAgencies: ["health"] },
          },
        });
        const plain = someAuditEntry({ subjectType: "panel", subjectId });
        await store().transaction(async (tx) => {
          await tx.audit.append(changed);
          await tx.audit.append(plain);
        });
        expect(await store().read((tx) => tx.audit.list({ subjectId }))).toEqual([changed, plain]);
      });
    });

    describe("outbox", () => {
      it("hands out due messages oldest first, defers failed ones and drops delivered ones", async () => {
        // Dates long before any other test's messages, so that only these are due.
        const first = someOutboxMessage({
          createdAt: "1990-01-01T00:00:01.000Z",
          notBefore: "1990-01-01T00:00:01.000Z",
        });
        const second = someOutboxMessage({
          createdAt: "1990-01-01T00:00:02.000Z",
          notBefore: "1990-01-01T00:00:02.000Z",
        });
        const later = someOutboxMessage({
          createdAt: "1990-01-01T00:00:03.000Z",
          notBefore: "1990-01-02T00:00:00.000Z",
        });
        await store().transaction(async (tx) => {
          for (const message of [second, later, first]) await tx.outbox.enqueue(message);
        });
        const due = (now: string, limit = 10) => store().transaction((tx) => tx.outbox.due(now, limit));

        expect(await due("1990-01-01T12:00:00.000Z")).toEqual([first, second]);
        expect(await due("1990-01-01T12:00:00.000Z", 1)).toEqual([first]);

        await store().transaction((tx) =>
          tx.outbox.markFailed(first.id, "Teams answered 503", "1990-01-01T18:00:00.000Z"),
        );
        expect(await due("1990-01-01T12:00:00.000Z")).toEqual([second]);
        const retried = {
          ...first,
          attempts: 1,
          lastError: "Teams answered 503",
          notBefore: "1990-01-01T18:00:00.000Z",
        };
        expect(await due("1990-01-01T19:00:00.000Z")).toEqual([retried, second]);

        await store().transaction((tx) => tx.outbox.markDelivered(second.id, "1990-01-01T19:00:01.000Z"));
        expect(await due("1990-01-03T00:00:00.000Z")).toEqual([retried, later]);
      });
    });

    describe("outbox claims", () => {
      it("hands a claimed message to no one else until its lease ends, even on another connection", async () => {
        // Earlier than every other test's messages, so that only this one is due.
        const message = someOutboxMessage({
          createdAt: "1989-01-01T00:00:01.000Z",
          notBefore: "1989-01-01T00:00:01.000Z",
        });
        await store().transaction((tx) => tx.outbox.enqueue(message));
        const now = "1989-01-01T12:00:00.000Z";
        const lease = "1989-01-01T12:05:00.000Z";
        const claimed = await store().transaction((tx) => tx.outbox.claimDue(now, 10, lease));
        expect(claimed).toEqual([{ ...message, notBefore: lease }]);
        await withSecondStore(async (second) => {
          expect(await second.transaction((tx) => tx.outbox.claimDue(now, 10, lease))).toEqual([]);
          const afterLease = await second.transaction((tx) =>
            tx.outbox.claimDue("1989-01-01T12:06:00.000Z", 10, "1989-01-01T12:11:00.000Z"),
          );
          expect(afterLease.map((m) => m.id)).toEqual([message.id]);
        });
        await store().transaction((tx) => tx.outbox.markDelivered(message.id, "1989-01-01T12:06:01.000Z"));
      });
    });

    describe("outbox retries", () => {
      it("makes a recipient's held messages due now, and no one else's", async () => {
        const held = someOutboxMessage({
          recipient: "person:reachable-now",
          createdAt: "1988-01-01T00:00:00.000Z",
          notBefore: "1988-06-01T00:00:00.000Z",
        });
        const other = someOutboxMessage({
          recipient: "person:still-away",
          createdAt: "1988-01-01T00:00:01.000Z",
          notBefore: "1988-06-01T00:00:00.000Z",
        });
        await store().transaction(async (tx) => {
          await tx.outbox.enqueue(held);
          await tx.outbox.enqueue(other);
        });
        const now = "1988-02-01T00:00:00.000Z";
        await store().transaction((tx) => tx.outbox.retryNow("person:reachable-now", now));
        const due = await store().transaction((tx) => tx.outbox.due(now, 10));
        expect(due.map((message) => message.id)).toEqual([held.id]);
        await store().transaction(async (tx) => {
          await tx.outbox.markDelivered(held.id, now);
          await tx.outbox.markDelivered(other.id, now);
        });
      });
    });

    describe("idempotency keys and conversation references", () => {
      it("returns the stored result of a key and refuses the key a second time, rolling that transaction back", async () => {
        const key = uniqueId("key");
        const record = {
          key,
          scope: "fileReferral",
          result: { referralId: "r-1", nested: [1, 2] },
          createdAt: "2026-03-02T09:00:00.000Z",
        };
        await store().transaction((tx) => tx.idempotency.put(record));
        const auditOfSecond = someAuditEntry({ subjectId: uniqueId("referral") });

        const second = store().transaction(async (tx) => {
          await tx.audit.append(auditOfSecond);
          await tx.idempotency.put({ ...record, result: { referralId: "r-2" } });
        });

        await expect(second).rejects.toBeInstanceOf(IdempotencyKeyTaken);
        await expect(second).rejects.toMatchObject({ key });
        const after = await store().transaction(async (tx) => ({
          record: await tx.idempotency.get(key),
          audit: await tx.audit.list({ subjectId: auditOfSecond.subjectId }),
          unknown: await tx.idempotency.get(uniqueId("key")),
        }));
        expect(after).toEqual({ record, audit: [], unknown: null });
      });

      it("stores and replaces conversation references", async () => {
        const key = personChat(uniqueId("p"));
        await store().transaction((tx) =>
          tx.conversations.put(key, { conversation: { id: "a:1" }, serviceUrl: "https://smba.example/" }),
        );
        await store().transaction((tx) =>
          tx.conversations.put(key, { conversation: { id: "a:2" }, serviceUrl: "https://smba.example/" }),
        );

        const found = await store().transaction(async (tx) => ({
          reference: await tx.conversations.get(key),
          unknown: await tx.conversations.get(personChat(uniqueId("p"))),
        }));
        expect(found).toEqual({
          reference: { conversation: { id: "a:2" }, serviceUrl: "https://smba.example/" },
          unknown: null,
        });
      });
    });

    describe("transactions", () => {
      it("returns the work's value and keeps every write when the work succeeds", async () => {
        const person = somePerson();
        const result = await store().transaction(async (tx) => {
          await tx.people.upsert(person);
          return { filed: 1 };
        });
        expect(result).toEqual({ filed: 1 });
        expect(await store().transaction((tx) => tx.people.get(person.id))).toEqual(person);
      });

      it("leaves nothing behind when the work throws, and rethrows the same error", async () => {
        const panel = somePanel();
        const person = somePerson();
        const child = someChild();
        const referral = someReferral({ panelId: panel.id, childId: child.id, referrerId: person.id });
        const audit = someAuditEntry({ subjectId: referral.id });
        const message = someOutboxMessage({
          createdAt: "1991-01-01T00:00:00.000Z",
          notBefore: "1991-01-01T00:00:00.000Z",
        });
        const key = uniqueId("key");
        const failure = new Error("validation failed after writing");

        const attempt = store().transaction(async (tx) => {
          await tx.panels.upsert(panel);
          await tx.people.upsert(person);
          await tx.children.insert(child);
          await tx.referrals.insert({
            ...referral,
            reference: await tx.referrals.nextReference(panel.id, "ISG", 2026),
          });
          await tx.audit.append(audit);
          await tx.outbox.enqueue(message);
          await tx.idempotency.put({
            key,
            scope: "fileReferral",
            result: null,
            createdAt: "2026-03-02T09:00:00.000Z",
          });
          await tx.conversations.put(personChat(key), { id: "c" });
          throw failure;
        });

        await expect(attempt).rejects.toBe(failure);
        const left = await store().transaction(async (tx) => ({
          panel: await tx.panels.get(panel.id),
          person: await tx.people.get(person.id),
          child: await tx.children.get(child.id),
          referral: await tx.referrals.get(referral.id),
          audit: await tx.audit.list({ subjectId: referral.id }),
          outbox: (await tx.outbox.due("1991-01-02T00:00:00.000Z", 10)).filter((m) => m.id === message.id),
          key: await tx.idempotency.get(key),
          conversation: await tx.conversations.get(personChat(key)),
          reference: await tx.referrals.nextReference(panel.id, "ISG", 2026),
        }));
        expect(left).toEqual({
          panel: null,
          person: null,
          child: null,
          referral: null,
          audit: [],
          outbox: [],
          key: null,
          conversation: null,
          reference: "ISG-2026-0001",
        });
      });
    });

    describe("concurrent writers on two connections", () => {
      it("gives 2 x 25 interleaved filings on one panel distinct, consecutive references", async () => {
        const panelId = uniqueId("panel");
        await withSecondStore(async (second) => {
          const file = (writer: Store) =>
            writer.transaction(async (tx) => {
              const reference = await tx.referrals.nextReference(panelId, "ISG", 2026);
              await yieldToOtherWriters();
              await tx.referrals.insert(someReferral({ panelId, reference }));
              return reference;
            });
          const filings = Array.from({ length: 25 }, () => [file(store()), file(second)]).flat();
          const references = await Promise.all(filings);

          const expected = Array.from({ length: 50 }, (_, i) => `ISG-2026-${String(i + 1).padStart(4, "0")}`);
          expect([...references].sort()).toEqual(expected);
          const stored = await second.transaction((tx) => tx.referrals.list({ panelId }));
          expect(stored.map((r) => r.reference).sort()).toEqual(expected);
        });
      });

      it("lets exactly one of two simultaneous transitions of the same referral win", async () => {
        const referral = someReferral({ panelId: uniqueId("panel") });
        await store().transaction((tx) => tx.referrals.insert(referral));
        await withSecondStore(async (second) => {
          const screen = (writer: Store, by: string, to: "accepted" | "declined") =>
            writer.transaction(async (tx) => {
              const current = await tx.referrals.get(referral.id);
              if (!current || current.state !== "submitted") return false;
              await yieldToOtherWriters();
              return tx.referrals.update(transitioned(current, to, by), current.version);
            });

          const outcomes = await Promise.all([
            screen(store(), "chair-a", "accepted"),
            screen(second, "chair-b", "declined"),
          ]);

          expect(outcomes.filter(Boolean)).toHaveLength(1);
          const stored = await store().transaction((tx) => tx.referrals.get(referral.id));
          expect(stored?.version).toBe(2);
          expect(stored?.history).toHaveLength(2);
          expect(stored?.state).toBe(outcomes[0] ? "accepted" : "declined");
        });
      });

      it("loses no update when 2 x 10 writers retry on a lost compare-and-set", async () => {
        const referral = someReferral({ panelId: uniqueId("panel") });
        await store().transaction((tx) => tx.referrals.insert(referral));
        await withSecondStore(async (second) => {
          const appendNote = async (writer: Store, note: string) => {
            for (;;) {
              const won = await writer.transaction(async (tx) => {
                const current = (await tx.referrals.get(referral.id))!;
                await yieldToOtherWriters();
                const next: Referral = {
                  ...current,
                  version: current.version + 1,
                  history: [
                    ...current.history,
                    {
                      from: current.state,
                      to: current.state,
                      at: current.updatedAt,
                      byPersonId: note,
                      reason: note,
                    },
                  ],
                };
                return tx.referrals.update(next, current.version);
              });
              if (won) return;
            }
          };
          const notes = Array.from({ length: 10 }, (_, i) => [
            appendNote(store(), `first-${i}`),
            appendNote(second, `second-${i}`),
          ]).flat();
          await Promise.all(notes);

          const stored = await second.transaction((tx) => tx.referrals.get(referral.id));
          expect(stored?.version).toBe(21);
          const written = stored!.history.slice(1).map((t) => t.reason);
          expect(new Set(written).size).toBe(20);
        });
      });

      it("lets exactly one of two simultaneous uses of an idempotency key succeed", async () => {
        const key = uniqueId("key");
        await withSecondStore(async (second) => {
          const claim = (writer: Store, result: string) =>
            writer.transaction((tx) =>
              tx.idempotency.put({
                key,
                scope: "fileReferral",
                result,
                createdAt: "2026-03-02T09:00:00.000Z",
              }),
            );

          const outcomes = await Promise.allSettled([claim(store(), "first"), claim(second, "second")]);

          const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
          expect(rejected).toHaveLength(1);
          expect(rejected[0]!.reason).toBeInstanceOf(IdempotencyKeyTaken);
          const winner = outcomes[0].status === "fulfilled" ? "first" : "second";
          expect((await store().transaction((tx) => tx.idempotency.get(key)))?.result).toBe(winner);
        });
      });
    });
  });
}

/** Lets the other connection's transactions run while this one is open, as real work between statements would. */
const yieldToOtherWriters = () => new Promise<void>((resolve) => setImmediate(resolve));

function transitioned(referral: Referral, to: Referral["state"], by: string): Referral {
  const at = "2026-03-05T10:00:00.000Z";
  return {
    ...referral,
    state: to,
    updatedAt: at,
    version: referral.version + 1,
    history: [...referral.history, { from: referral.state, to, at, byPersonId: by, reason: null }],
  };
}

function acceptedFrom(referral: Referral, by: string): Referral {
  return transitioned(referral, "accepted", by);
}
