// Bot benchmark: a referral submission turn and a screening turn, each an `Action.Execute` invoke posted over
// loopback HTTP to the Convenor bot, against a bare botbuilder invoke turn (CloudAdapter + TeamsActivityHandler
// answering a fixed card) measured in the same run, at 1 and 32 concurrent conversations, each a different
// person's personal chat. The store is SQLite on disk, as in `npm start`. The paths run in alternating rounds,
// so that other load on the machine falls on the baseline and the paths alike. Prints p50, p99, throughput
// and the ratio to the baseline, next to the team's targets for a referral submission (shown for reading, not
// enforced).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import express from "express";
import { createConvenorBot } from "@convenor/bot";
import { fileReferral, systemClock, type Person, type UseCaseDeps } from "@convenor/shared";
import { aMembership, aPerson, aValidReferralForm } from "@convenor/shared/testing";
import { createLogger, createStore } from "@convenor/server";
import { seedDemoData } from "@convenor/server/local";
import { bareAnswer, listen, startBareBotbuilder } from "./bare-botbuilder.js";

const serviceUrl = "http://127.0.0.1:9/"; // invokes answer in the HTTP response: the connector is never called
const maxConversations = 32;

/**
 * Each concurrent conversation is its own person's personal chat, as in Teams, where a person has one
 * personal chat with the bot: bench referrers (and screeners) of the LC-JST, added to the demo seed.
 */
const benchPeople = (role: "referrer" | "coordinator"): Person[] =>
  Array.from({ length: maxConversations }, (_, n) =>
    aPerson({
      id: `bench-${role}-${n}`,
      entraObjectId: `bench-${role}-oid-${n}`,
      displayName: `Bench ${role} ${n}`,
    }),
  );
const referrers = benchPeople("referrer");
const screeners = benchPeople("coordinator");

async function addBenchPeople(deps: UseCaseDeps): Promise<void> {
  await deps.store.transaction(async (tx) => {
    for (const person of [...referrers, ...screeners]) await tx.people.upsert(person);
    const members = await tx.panels.members("panel-lcjst");
    await tx.panels.setMembers("panel-lcjst", [
      ...members,
      ...referrers.map((person) => aMembership({ id: "panel-lcjst" }, person, ["referrer"])),
      ...screeners.map((person) => aMembership({ id: "panel-lcjst" }, person, ["coordinator"])),
    ]);
  });
}

function invoke(from: Person, conversationId: string, verb: string, data: Record<string, unknown>) {
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: `bench-${Math.random().toString(36).slice(2)}`,
    channelId: "msteams",
    serviceUrl,
    from: { id: `29:${from.id}`, aadObjectId: from.entraObjectId },
    recipient: { id: "28:convenor" },
    conversation: { id: conversationId, conversationType: "personal" },
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

/** Posts one turn; it counts only if the answer is the card that turn should produce (not an error card). */
async function post(url: string, body: object, expected: string): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes(expected))
    throw new Error(`turn failed (wanted "${expected}"): ${response.status} ${text.slice(0, 200)}`);
}

interface Stats {
  p50: number;
  p99: number;
  throughput: number;
  /** Process CPU time per turn (client and server share the process): steadier than wall time on a busy machine. */
  cpuMs: number;
}

/** Latencies and busy time of one path, summed over its rounds. */
class Samples {
  readonly latencies: number[] = [];
  elapsed = 0;
  cpuMicros = 0;

  stats(): Stats {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return {
      p50: at(0.5),
      p99: at(0.99),
      throughput: (sorted.length / this.elapsed) * 1000,
      cpuMs: this.cpuMicros / 1000 / sorted.length,
    };
  }
}

/** Runs `turn(conversation, i)` in `conversations` parallel conversations, `perConversation` times each. */
async function measure(
  samples: Samples,
  conversations: number,
  perConversation: number,
  turn: (conversation: number, i: number) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: conversations }, async (_, conversation) => {
      for (let i = 0; i < perConversation; i += 1) {
        const t0 = performance.now();
        await turn(conversation, i);
        samples.latencies.push(performance.now() - t0);
      }
    }),
  );
  samples.elapsed += performance.now() - started;
  const used = process.cpuUsage(cpu);
  samples.cpuMicros += used.user + used.system;
}

const format = (name: string, s: Stats, base: Stats) =>
  `${name.padEnd(22)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms  ` +
  `${s.throughput.toFixed(0).padStart(5)} turns/s  p50 x${(s.p50 / base.p50).toFixed(1)} baseline, ` +
  `p99 x${(s.p99 / base.p99).toFixed(1)}, throughput ${(s.throughput / base.throughput).toFixed(2)} of baseline, ` +
  `CPU ${s.cpuMs.toFixed(2)} ms/turn (x${(s.cpuMs / base.cpuMs).toFixed(2)})`;

/** The team's targets for the referral submission turn. */
const targets = { throughputAtLeast: 0.6, p99At32AtMost: 2 };

function verdict(conversations: number, submission: Stats, base: Stats): string {
  const throughput = submission.throughput / base.throughput;
  const parts = [
    `throughput ${throughput.toFixed(2)} (target >= ${targets.throughputAtLeast}: ${throughput >= targets.throughputAtLeast ? "met" : "NOT met"})`,
  ];
  if (conversations > 1) {
    const p99 = submission.p99 / base.p99;
    parts.push(
      `p99 x${p99.toFixed(2)} (target <= ${targets.p99At32AtMost}: ${p99 <= targets.p99At32AtMost ? "met" : "NOT met"})`,
    );
  }
  return `referral submission vs baseline: ${parts.join(", ")}`;
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "convenor-bot-bench-"));
  const opened = await createStore({ sqlitePath: join(dataDir, "bench.sqlite") });
  const logger = createLogger({ level: "silent" });
  try {
    const deps: UseCaseDeps = { store: opened.store, clock: systemClock };
    await seedDemoData(opened.store, systemClock);
    await addBenchPeople(deps);
    const bot = createConvenorBot({ deps, logger, auth: { mode: "local" } });
    const convenorApp = express();
    convenorApp.post("/api/messages", express.json({ limit: "256kb" }), (req, res) => bot.handle(req, res));
    const convenor = await listen(convenorApp);

    const baseline = await startBareBotbuilder();

    const form = Object.fromEntries(
      Object.entries(aValidReferralForm("lc-jst", { "child.familyName": "Benchmark" })).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.join(",") : String(v),
      ]),
    );
    let serial = 0;
    const submit = (conversation: number) =>
      post(
        convenor.url,
        invoke(referrers[conversation]!, `a:bench-${conversation}`, "referral.submit", {
          convenor: {
            verb: "referral.submit",
            panelId: "panel-lcjst",
            cardId: `bench-card-${++serial}-${Date.now()}`,
          },
          ...form,
          "child.givenName": `Bench${serial}`,
        }),
        "Referral sent",
      );

    /** Referrals waiting for screening, filed directly through the use case before the timed screening turns. */
    const fileForScreening = async (count: number) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const filed = await fileReferral(
          deps,
          { personId: "p-teacher", channel: "bench", origin: null, correlationId: null },
          {
            panelId: "panel-lcjst",
            idempotencyKey: `bench-screen-${Date.now()}-${i}`,
            mode: "submit",
            form: aValidReferralForm("lc-jst", {
              "child.givenName": `Screen${i}`,
              "child.familyName": "Benchmark",
            }),
          },
        );
        if (!filed.ok) throw new Error(filed.error.message);
        ids.push(filed.value.referral.id);
      }
      return ids;
    };
    const screen = (ids: string[]) => (conversation: number, i: number) => {
      const referralId = ids.pop()!;
      return post(
        convenor.url,
        invoke(screeners[conversation]!, `a:bench-chair-${conversation}`, "screening.decide", {
          convenor: {
            verb: "screening.decide",
            referralId,
            decision: "accept",
            nonce: `bench-nonce-${conversation}-${i}-${referralId}`,
          },
          "screening.meetingId": "next",
        }),
        "Accepted",
      );
    };
    const bareTurn = (conversation: number) =>
      post(
        baseline.url,
        invoke(referrers[conversation]!, `a:bare-${conversation}`, "bench.noop", { convenor: {} }),
        bareAnswer,
      );

    // Warm up every path until the JIT has compiled it: steady state is measured, not the first turns.
    const warmUp = 300;
    const warmScreening = screen(await fileForScreening(warmUp));
    for (let i = 0; i < warmUp; i += 1) {
      await bareTurn(0);
      await submit(0);
      await warmScreening(0, i);
    }

    // Each path runs for a second or two in all, in short alternating rounds: long enough that a pause of the
    // machine's (another process, a collection) is a small part of it, and falls on every path alike.
    const rounds = 8;
    for (const [conversations, perConversation] of [
      [1, 150],
      [32, 6],
    ] as const) {
      const total = conversations * perConversation * rounds;
      const [base, submission, screening] = [new Samples(), new Samples(), new Samples()];
      for (let round = 0; round < rounds; round += 1) {
        const toScreen = await fileForScreening(conversations * perConversation);
        await measure(base, conversations, perConversation, bareTurn);
        await measure(submission, conversations, perConversation, submit);
        await measure(screening, conversations, perConversation, screen(toScreen));
      }
      const baseStats = base.stats();
      console.log(
        `\n${conversations} concurrent conversation(s), ${total} turns per path in ${rounds} rounds:`,
      );
      console.log(format("bare botbuilder invoke", baseStats, baseStats));
      console.log(format("referral submission", submission.stats(), baseStats));
      console.log(format("screening (accept)", screening.stats(), baseStats));
      console.log(verdict(conversations, submission.stats(), baseStats));
    }
    await convenor.close();
    await baseline.close();
  } finally {
    await opened.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
