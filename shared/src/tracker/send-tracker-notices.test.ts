import { describe, expect, it } from "vitest";
import { panelChat, personChat } from "../conversations/conversation-key.js";
import { anAgendaItem } from "../testing/builders.js";
import { sendRedListNotices } from "./send-red-list-notices.js";
import { sendTrackerCards } from "./send-tracker-cards.js";
import { aTrackerScenario, anEntry, withCaseload, withEntries } from "./tracker-scenario.test-support.js";

const job = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

async function scenario(now: string) {
  const s = aTrackerScenario();
  await withCaseload(s);
  s.clock.set(now);
  return s;
}

const outbox = async (s: Awaited<ReturnType<typeof scenario>>) =>
  (await s.store.read((tx) => tx.outbox.due("2100-01-01T00:00:00.000Z", 100))).map((m) => [
    m.kind,
    m.recipient,
  ]);

describe("sendTrackerCards", () => {
  it("waits for the month's first working day, then sends each worker with eligible young people one card", async () => {
    // Sunday 1 November 2026: not a working day. Sol's Cal and Wendy's Amy are eligible; Ben is 13.
    const s = await scenario("2026-11-01T09:00:00Z");
    expect(await sendTrackerCards(s.deps, job)).toEqual({ ok: true, value: { cards: 0, reminders: 0 } });

    s.clock.set("2026-11-02T07:00:00Z");
    expect(await sendTrackerCards(s.deps, job)).toEqual({ ok: true, value: { cards: 2, reminders: 0 } });
    expect(await sendTrackerCards(s.deps, job)).toEqual({ ok: true, value: { cards: 0, reminders: 0 } });
    expect(await outbox(s)).toEqual([
      ["tracker.monthly-card", personChat("wendy")],
      ["tracker.monthly-card", personChat("sol")],
    ]);
  });

  it("reminds, once, a worker whose month is not submitted five working days after the card", async () => {
    const s = await scenario("2026-11-02T09:00:00Z");
    await sendTrackerCards(s.deps, job);
    await withEntries(s, [anEntry("cal", "2026-11", [], { ratedById: "sol" })]);
    s.clock.set("2026-11-06T09:00:00Z"); // four working days after: too early
    expect(await sendTrackerCards(s.deps, job)).toEqual({ ok: true, value: { cards: 0, reminders: 0 } });
    s.clock.set("2026-11-09T09:00:00Z"); // Monday, the fifth working day after Monday 2 November
    expect(await sendTrackerCards(s.deps, job)).toEqual({ ok: true, value: { cards: 0, reminders: 1 } });
    expect(await sendTrackerCards(s.deps, job)).toEqual({ ok: true, value: { cards: 0, reminders: 0 } });
    expect((await outbox(s)).at(-1)).toEqual(["tracker.reminder", personChat("wendy")]);
  });

  it("gives way when another instance wrote the same card meanwhile", async () => {
    const s = await scenario("2026-11-02T09:00:00Z");
    const [one, two] = await Promise.all([sendTrackerCards(s.deps, job), sendTrackerCards(s.deps, job)]);
    expect([one, two].map((r) => r.ok && r.value.cards).sort()).toEqual([0, 2]);
    expect(await outbox(s)).toHaveLength(2);
  });
});

describe("sendRedListNotices", () => {
  it("sends the panel chat counts from two weeks before the meeting, once", async () => {
    // December's meeting is on Tuesday 8 December: two weeks before is 24 November.
    const s = await scenario("2026-11-23T09:00:00Z");
    await s.store.transaction(async (tx) => {
      await tx.agenda.insert(
        anAgendaItem(s.meetings.december, { source: "red-list", childId: "amy", title: "Tracker" }),
      );
      await tx.agenda.insert(
        anAgendaItem(s.meetings.december, {
          source: "red-list",
          childId: "cal",
          title: "Tracker",
          position: 2,
        }),
      );
    });
    expect(await sendRedListNotices(s.deps, job)).toEqual({ ok: true, value: { sent: 0 } });
    s.clock.set("2026-11-24T09:00:00Z");
    expect(await sendRedListNotices(s.deps, job)).toEqual({ ok: true, value: { sent: 1 } });
    expect(await sendRedListNotices(s.deps, job)).toEqual({ ok: true, value: { sent: 0 } });
    const [message] = await s.store.read((tx) => tx.outbox.due("2100-01-01T00:00:00.000Z", 10));
    expect(message?.recipient).toBe(panelChat("hrp"));
    expect(message?.payload).toEqual({
      panelId: "hrp",
      panelName: "CiC High Risk Panel",
      meetingId: "hrp-dec",
      startsAt: "2026-12-08T10:00:00.000Z",
      youngPeople: 2,
      newlyListed: 2,
      redListPath: "/tab/#/meetings/hrp-dec/red-list",
    });
  });
});
