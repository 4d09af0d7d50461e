import { describe, expect, it } from "vitest";
import {
  anonymiseExpiredRecords,
  getMeeting,
  getReferralDetail,
  getStrategicReview,
  panelRoles,
  presetKeys,
  referralStates,
  whoSawChild,
  youngPeopleDueForPanel,
} from "@convenor/shared";
import { FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { redTwiceChildIds } from "./demo-children.js";
import { demoOldReferralId } from "./demo-old-referral.js";
import { lastTwelveMonths } from "./demo-ratings.js";
import { seedDemoData } from "./seed-demo-data.js";

describe("demo data", () => {
  const now = new Date("2026-11-24T09:00:00Z");

  async function seeded() {
    const store = new InMemoryStore();
    const result = await seedDemoData(store, new FixedClock(now.toISOString()));
    return { store, result };
  }

  it("has one panel of each preset, each with an upcoming meeting", async () => {
    const { store } = await seeded();
    const panels = await store.transaction((tx) => tx.panels.list());
    expect(panels.map((panel) => panel.preset).sort()).toEqual([...presetKeys].sort());
    for (const panel of panels) {
      const upcoming = await store.transaction((tx) => tx.meetings.upcoming(panel.id, now.toISOString()));
      expect(upcoming.length, panel.name).toBeGreaterThan(0);
    }
  });

  it("gives every role to someone, and leaves the data protection officer and one other person with no panel role", async () => {
    const { store } = await seeded();
    const people = await store.transaction((tx) => tx.people.list());
    const memberships = await store.transaction(async (tx) =>
      (await Promise.all(people.map((person) => tx.panels.membershipsOf(person.id)))).flat(),
    );
    const rolesHeld = new Set(memberships.flatMap((membership) => membership.roles));
    expect([...rolesHeld].sort()).toEqual([...panelRoles].sort());
    const withoutRole = people.filter((person) => !memberships.some((m) => m.personId === person.id));
    expect(withoutRole.map((person) => person.id)).toEqual(["p-dpo", "p-housing"]);
  });

  it("has referrals in every state, each with a reference once submitted", async () => {
    const { store } = await seeded();
    const referrals = await store.transaction((tx) => tx.referrals.list({}));
    expect(new Set(referrals.map((referral) => referral.state))).toEqual(new Set(referralStates));
    for (const referral of referrals.filter((candidate) => candidate.state !== "draft")) {
      // 2026 (2025 for the history filed last year), or seven years earlier for the one past its retention period.
      expect(referral.reference).toMatch(/^(ICSMG|LCJST|ISG)-(2025|2026|2019)-\d{4}$/);
    }
  });

  it("lists exactly the two young people red two months running for the next High Risk Panel", async () => {
    const { store } = await seeded();
    const ratings = await store.transaction((tx) => tx.ratings.listForPanel("panel-hrp"));
    const months = lastTwelveMonths(now);
    expect(new Set(ratings.map((rating) => rating.month))).toEqual(new Set(months));
    const dueNow = youngPeopleDueForPanel(ratings, months.at(-1)!).map((entry) => entry.childId);
    expect(dueNow).toEqual([...redTwiceChildIds].sort());
    for (const month of months.slice(1, -1)) expect(youngPeopleDueForPanel(ratings, month)).toEqual([]);
  });

  it("puts the two on the next High Risk Panel's agenda from the tracker, without their names", async () => {
    const { store } = await seeded();
    const items = await store.transaction((tx) => tx.agenda.listForMeeting("m-hrp-2"));
    const redList = items.filter((item) => item.source === "red-list");
    expect(redList.map((item) => item.childId).sort()).toEqual([...redTwiceChildIds].sort());
    for (const item of redList) expect(item.title).toMatch(/^Tracker: red in .+ \(YP-[0-9A-F]{6}\)$/);
  });

  it("puts scheduled cases on their meeting's agenda, so the panel's members can open them", async () => {
    const { store } = await seeded();
    const [scheduled] = await store.transaction((tx) =>
      tx.referrals.list({ panelId: "panel-icsmg", states: ["scheduled"] }),
    );
    const clock = new FixedClock(now.toISOString());
    const actor = { personId: "p-police", channel: "test", origin: null, correlationId: null };
    const detail = await getReferralDetail({ store, clock }, actor, { referralId: scheduled!.id });
    expect(detail.ok).toBe(true);
    const outsider = await getReferralDetail(
      { store, clock },
      { ...actor, personId: "p-housing" },
      { referralId: scheduled!.id },
    );
    expect(outsider.ok).toBe(false);
  });

  it("has the held meetings' agendas published, and the next meeting's a draft until the chair publishes it", async () => {
    const { store } = await seeded();
    const clock = new FixedClock(now.toISOString());
    const member = { personId: "p-police", channel: "test", origin: null, correlationId: null };
    const chair = { ...member, personId: "p-chair" };
    const held = await getMeeting({ store, clock }, member, { meetingId: "m-icsmg-1" });
    expect(held.ok && held.value.agenda.publishedAt).toBeTruthy();
    expect(held.ok && held.value.agenda.items.length).toBeGreaterThan(0);
    const next = await getMeeting({ store, clock }, member, { meetingId: "m-icsmg-2" });
    expect(next.ok && next.value.agenda).toMatchObject({ publishedAt: null, items: [] });
    const asChair = await getMeeting({ store, clock }, chair, { meetingId: "m-icsmg-2" });
    expect(asChair.ok && asChair.value.agenda.items.length).toBeGreaterThan(0);
  });

  it("seeds once: a second start changes nothing", async () => {
    const { store } = await seeded();
    const before = await store.transaction((tx) => tx.referrals.list({}));
    expect(await seedDemoData(store, new FixedClock(now.toISOString()))).toEqual({ seeded: false });
    expect(await store.transaction((tx) => tx.referrals.list({}))).toEqual(before);
  });

  it("leaves no seeded notification waiting to be delivered", async () => {
    const { store } = await seeded();
    expect(await store.transaction((tx) => tx.outbox.due("9999-12-31T00:00:00.000Z", 100))).toEqual([]);
  });

  it("has one referral past its retention period, which the retention job anonymises, and nothing else", async () => {
    const { store } = await seeded();
    const job = { personId: "convenor", channel: "worker", origin: null, correlationId: null };
    const run = await anonymiseExpiredRecords({ store, clock: new FixedClock(now.toISOString()) }, job);
    expect(run.ok && run.value).toMatchObject({ referrals: 1, children: 1, caseObservations: 0 });
    const audit = store.contents().audit.filter((entry) => entry.actorId === "convenor");
    expect(audit.map((entry) => entry.subjectId)).toEqual([demoOldReferralId, "c-old"]);
    const detail = await getReferralDetail(
      { store, clock: new FixedClock(now.toISOString()) },
      { ...job, personId: "p-coord", channel: "api" },
      {
        referralId: demoOldReferralId,
      },
    );
    expect(detail.ok && detail.value.referral.state).toBe("closed");
    expect(JSON.stringify(detail)).not.toMatch(/Rowan|Grant|2006-08-19/);
  });

  it("gives the strategic group two agreed progress tables to review across periods, the last minute not agreed yet", async () => {
    const { store } = await seeded();
    const coordinator = { personId: "p-coord", channel: "test", origin: null, correlationId: null };
    const report = await getStrategicReview(
      { store, clock: new FixedClock(now.toISOString()) },
      coordinator,
      "panel-icsp",
      { fromMonth: "2025-12", toMonth: "2026-11" },
    );
    if (!report.ok) throw new Error(report.error.message);
    const [table] = report.value.textTables;
    expect(table!.columnGroups.map((group) => group.label)).toHaveLength(4);
    expect(table!.rows.length).toBeGreaterThan(3);
    expect(report.value.notes).toEqual([
      expect.stringMatching(/^The minute of the meeting on .+ is not agreed yet/),
    ]);
  });

  it("gives the data protection officer a trail of who saw Lucy (c-08), and her panel's chair only the panel's part", async () => {
    const { store } = await seeded();
    const deps = { store, clock: new FixedClock(now.toISOString()) };
    const as = (personId: string) => ({ personId, channel: "tab", origin: null, correlationId: null });
    const period = { childId: "c-08", from: "2026-10-01", to: "2026-11-24" };
    const officer = await whoSawChild(deps, as("p-dpo"), period);
    const rows = officer.ok ? officer.value.rows : [];
    expect(new Set(rows.map((row) => row.personName)).size).toBeGreaterThanOrEqual(4);
    expect(rows.map((row) => row.surface)).toEqual(expect.arrayContaining(["Teams tab", "Teams bot"]));
    const chair = await whoSawChild(deps, as("p-cic-manager"), period);
    expect(chair.ok && chair.value.rows.every((row) => row.panelId === "panel-hrp")).toBe(true);
    expect(chair.ok && chair.value.rows.length).toBeGreaterThanOrEqual(5);
  });
});
