import { performance } from "node:perf_hooks";
import {
  rankSlots,
  suggestMeetingSlots,
  type CalendarPort,
  type FreeBusyResult,
  type PanelMembership,
} from "@convenor/shared";
import { FixedClock, InMemoryStore } from "@convenor/shared/testing";
import {
  fakePanel,
  fakePeople,
  maxSchedulesPerRequest,
  maxWindowDays,
  startHarness,
} from "@convenor/server/testing";

const iterations = 30;
const warmUps = 10;
const internal = 26;
const external = 2;
const members = internal + external;
const now = "2026-03-02T08:00:00.000Z";

/**
 * Slot suggestions for a 28-member panel over the default 8 weeks against the Graph sandbox, through the
 * `suggestMeetingSlots` use case and the production Graph adapter: Graph requests made against the minimum,
 * and Convenor's own time (the use case outside its one calendar call: store reads, window, ranking) as a
 * share of the round trip. The ranking alone on the same answer is measured in the same run.
 */
export async function run(): Promise<void> {
  const people = fakePeople(internal, external);
  const panel = fakePanel;
  const memberships: PanelMembership[] = people.map((person, index) => ({
    panelId: panel.id,
    personId: person.id,
    roles: index === 0 ? ["chair"] : ["member"],
    agency: person.agency,
  }));
  const harness = await startHarness({ internal, external, memberships });
  try {
    const store = new InMemoryStore({ people, panels: [panel], memberships });
    let inCalendarMs = 0;
    let lastAnswer: FreeBusyResult | null = null;
    const timed: CalendarPort = Object.assign(Object.create(harness.graph.calendar) as CalendarPort, {
      freeBusy: async (query: Parameters<CalendarPort["freeBusy"]>[0]) => {
        const began = performance.now();
        const result = await harness.graph.calendar.freeBusy(query);
        inCalendarMs += performance.now() - began;
        if (result.ok) lastAnswer = result.value;
        return result;
      },
    });
    const deps = { store, clock: new FixedClock(now), calendar: timed };
    const actor = { personId: people[0]?.id ?? "", channel: "bench", origin: null, correlationId: null };
    const suggest = async () => {
      const result = await suggestMeetingSlots(deps, actor, { panelId: panel.id });
      if (!result.ok) throw new Error(result.error.code);
      return result.value;
    };

    // Warm up as a running service is: token, connections, JIT, the deadline cache.
    const first = await suggest();
    for (let n = 0; n < warmUps; n++) await suggest();
    const stats = harness.sandbox.stats;
    stats.reset();
    inCalendarMs = 0;
    const began = performance.now();
    for (let n = 0; n < iterations; n++) await suggest();
    const totalMs = performance.now() - began;

    const answer = lastAnswer as FreeBusyResult | null;
    if (!answer) throw new Error("No free/busy answer to rank");
    const rank = () =>
      rankSlots({
        panel,
        members: people.map((person, index) => ({
          personId: person.id,
          email: person.email,
          displayName: person.displayName,
          agency: person.agency,
          organisation: person.organisation,
          availability: answer.people[index] ?? null,
        })),
        freeBusyStart: answer.start,
        intervalMinutes: answer.intervalMinutes,
        from: first.from,
        to: first.to,
        durationMinutes: first.durationMinutes,
        now: new Date(now),
        today: now.slice(0, 10),
        limit: 25,
      });
    for (let n = 0; n < warmUps; n++) rank();
    const rankBegan = performance.now();
    for (let n = 0; n < iterations; n++) rank();
    const rankMs = (performance.now() - rankBegan) / iterations;

    const perCall = totalMs / iterations;
    const ownMs = (totalMs - inCalendarMs) / iterations;
    const outsideSandboxMs = (inCalendarMs - stats.handlerMs) / iterations;
    const days =
      (Date.parse(`${first.to}T00:00:00Z`) - Date.parse(`${first.from}T00:00:00Z`)) / 86_400_000 + 1;
    const minimumScheduleCalls =
      Math.ceil(members / maxSchedulesPerRequest) * Math.ceil(days / maxWindowDays);
    const minimumHttpRequests = Math.ceil(minimumScheduleCalls / 20);
    const lines = [
      `scheduling: slot suggestions for ${members} members (${external} external) x ${days} days, ${iterations} runs, ${first.candidates} candidate slots`,
      `  Graph HTTP requests per suggestion: ${stats.graph.filter((entry) => !entry.inBatch).length / iterations} (minimum possible ${minimumHttpRequests})`,
      `  getSchedule calls per suggestion: ${stats.count("POST", /getSchedule$/) / iterations} (minimum possible ${minimumScheduleCalls})`,
      `  round trip: ${perCall.toFixed(2)} ms per suggestion; in the calendar port ${(inCalendarMs / iterations).toFixed(2)} ms (sandbox handlers ${(stats.handlerMs / iterations).toFixed(2)} ms, adapter + SDK + loopback ${outsideSandboxMs.toFixed(2)} ms)`,
      `  Convenor's own time (use case outside the calendar call): ${ownMs.toFixed(2)} ms = ${((ownMs / perCall) * 100).toFixed(1)}% of the round trip (target under 5%)`,
      `  of which ranking ${first.candidates} slots: ${rankMs.toFixed(2)} ms`,
    ];
    console.log(lines.join("\n"));
  } finally {
    await harness.close();
  }
}
