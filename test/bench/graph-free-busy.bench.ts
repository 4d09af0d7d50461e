import { performance } from "node:perf_hooks";
import { fakePeople, maxSchedulesPerRequest, maxWindowDays, startHarness } from "@convenor/server/testing";

const iterations = 30;
const members = 28;
const start = "2026-03-02T00:00:00.000Z";
const end = "2026-04-27T00:00:00.000Z"; // 8 weeks

interface Measured {
  perCallMs: number;
  convenorMsPerCall: number;
  httpRequestsPerCall: number;
  scheduleCallsPerCall: number;
}

/**
 * Free/busy for a 28-member panel over 8 weeks against the Graph sandbox: Graph requests made against the
 * minimum possible, and time spent outside the sandbox's handlers (Convenor's code, the Graph SDK and the
 * loopback) compared with a raw single getSchedule call through the same client, measured in the same run.
 */
export async function run(): Promise<void> {
  const harness = await startHarness({ internal: members, external: 0 });
  try {
    const people = fakePeople(members, 0).map((person) => person.email);
    const chair = people[0] ?? "";
    const { client, calendar } = harness.graph;
    const stats = harness.sandbox.stats;

    const measure = async (work: () => Promise<unknown>): Promise<Measured> => {
      await work(); // warm up: token, connections, JIT
      stats.reset();
      const began = performance.now();
      for (let n = 0; n < iterations; n++) await work();
      const total = performance.now() - began;
      return {
        perCallMs: total / iterations,
        convenorMsPerCall: (total - stats.handlerMs) / iterations,
        httpRequestsPerCall: stats.graph.filter((entry) => !entry.inBatch).length / iterations,
        scheduleCallsPerCall: stats.count("POST", /getSchedule$/) / iterations,
      };
    };

    const adapter = await measure(async () => {
      const result = await calendar.freeBusy({ asUser: chair, people, start, end, intervalMinutes: 30 });
      if (!result.ok) throw new Error(result.error.code);
    });
    const baseline = await measure(() =>
      client.api(`/users/${chair}/calendar/getSchedule`).post({
        schedules: people.slice(0, maxSchedulesPerRequest),
        startTime: { dateTime: start.replace("Z", ""), timeZone: "UTC" },
        endTime: { dateTime: end.replace("Z", ""), timeZone: "UTC" },
        availabilityViewInterval: 30,
      }),
    );

    const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
    const minimumScheduleCalls =
      Math.ceil(members / maxSchedulesPerRequest) * Math.ceil(days / maxWindowDays);
    const minimumHttpRequests = Math.ceil(minimumScheduleCalls / 20);
    const lines = [
      `graph free/busy: ${members} members x ${days} days, ${iterations} runs`,
      `  HTTP requests per free/busy: ${adapter.httpRequestsPerCall} (minimum possible ${minimumHttpRequests})`,
      `  getSchedule calls per free/busy: ${adapter.scheduleCallsPerCall} (minimum possible ${minimumScheduleCalls})`,
      `  adapter: ${adapter.perCallMs.toFixed(2)} ms per call, ${adapter.convenorMsPerCall.toFixed(2)} ms outside the sandbox`,
      `  baseline (one raw getSchedule of 20 through the same client): ${baseline.perCallMs.toFixed(2)} ms per call, ${baseline.convenorMsPerCall.toFixed(2)} ms outside the sandbox`,
      `  ratio (time outside the sandbox, adapter / baseline): ${(adapter.convenorMsPerCall / baseline.convenorMsPerCall).toFixed(2)}`,
    ];
    console.log(lines.join("\n"));
  } finally {
    await harness.close();
  }
}
