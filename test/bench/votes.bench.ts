// Votes benchmark: 60 panel members vote on a decision in the meeting chat within one second, against the
// real service (`startService`, local mode) with its outbox worker running as in production, so the time to
// the final tally includes the worker's poll, the store-shared rate limit and the delivery to the (capturing)
// Bot Connector. Two scenarios: one instance on SQLite (as `npm start`), and two instances sharing one
// PostgreSQL schema (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) with the votes spread
// alternately over both. One click in ten is replayed (the same activity posted twice). Prints votes sent and
// counted, duplicates, the card operations to the meeting chat (the most in any 1 s and 30 s: Teams allows 7
// and 60), the time from the last vote's answer to the card showing the final tally (target 1.5 s), and the
// vote turn's p50/p99 against a bare botbuilder invoke turn (`bare-botbuilder.ts`) posted the same way in the
// same run. Targets are shown for reading, not enforced.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  buildAgenda,
  fileReferral,
  linkedMeeting,
  meetingChat,
  openQuestion,
  personChat,
  screenReferral,
  startMeeting,
  type Agency,
  type Person,
  type UseCaseDeps,
} from "@convenor/shared";
import { aMembership, aPerson, aValidReferralForm } from "@convenor/shared/testing";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { dropSchemas, uniqueSchemaName } from "@convenor/server/testing";
import { busiestWindow } from "../e2e/support/busiest-window.js";
import { actionOf, clickData, textOf } from "../e2e/support/card-inspection.js";
import { cardOf, CapturingConnector } from "../e2e/support/capturing-connector.js";
import { actionActivity, type Conversation } from "../e2e/support/teams-activities.js";
import { bareAnswer, startBareBotbuilder } from "./bare-botbuilder.js";

const members = 60;
const burstMs = 1_000;
/** Every tenth member's click is posted twice, as a double click or a client retry would. */
const replayEvery = 10;
const tallyWaitCapMs = 30_000;
/** After the final tally, how long operations are still counted (a late leftover update would show). */
const settleMs = 1_000;
const targets = { timeToTallyMs: 1_500, perSecond: 7, perThirtySeconds: 60 };

const panelId = "panel-icsmg";
const meetingId = "m-icsmg-2";
const chat: Conversation = { id: "19:meeting_votes-bench@thread.v2", type: "groupChat" };
const choices = ["approve", "decline", "defer", "abstain"] as const;
const agencyCycle: Agency[] = ["education", "health", "social-work", "police"];
const actor = (personId: string) => ({ personId, channel: "bench", origin: null, correlationId: null });

/** The bench panel: 60 members (the first chairs), each with a personal chat Convenor can reach. */
const voters: Person[] = Array.from({ length: members }, (_, n) =>
  aPerson({
    id: `bench-voter-${n}`,
    entraObjectId: `bench-voter-oid-${n}`,
    displayName: `Bench voter ${n}`,
    agency: agencyCycle[n % agencyCycle.length]!,
  }),
);
const chair = voters[0]!;

/** A case item on the meeting's agenda: a referral filed and accepted into it by the demo panel. */
async function caseItemOnAgenda(deps: UseCaseDeps): Promise<string> {
  const filed = await fileReferral(deps, actor("p-sw"), {
    panelId,
    idempotencyKey: `votes-bench-${Date.now()}`,
    mode: "submit",
    form: aValidReferralForm("icsmg", { "referrer.agency": "social-work" }),
  });
  if (!filed.ok) throw new Error(filed.error.message);
  const accepted = await screenReferral(deps, actor("p-chair"), {
    referralId: filed.value.referral.id,
    idempotencyKey: `votes-bench-accept-${Date.now()}`,
    decision: { kind: "accept", meetingId },
  });
  if (!accepted.ok) throw new Error(accepted.error.message);
  const agenda = await buildAgenda(deps, actor("p-chair"), { meetingId });
  if (!agenda.ok) throw new Error(agenda.error.message);
  const item = agenda.value.items.find((i) => i.reference === filed.value.referral.reference);
  if (!item) throw new Error("the accepted referral is not on the agenda");
  return item.id;
}

/** The panel becomes the 60 bench voters, the meeting chat is linked, each voter's personal chat known. */
async function benchPanelAndChat(deps: UseCaseDeps, connectorUrl: string): Promise<void> {
  const reference = (conversation: { id: string; conversationType: string }, userId: string) => ({
    conversation,
    serviceUrl: connectorUrl,
    channelId: "msteams",
    bot: { id: "28:convenor-bot" },
    user: { id: userId },
  });
  await deps.store.transaction(async (tx) => {
    for (const voter of voters) {
      await tx.people.upsert(voter);
      await tx.conversations.put(
        personChat(voter.id),
        reference({ id: `a:personal-${voter.id}`, conversationType: "personal" }, `29:${voter.id}`),
      );
    }
    await tx.panels.setMembers(
      panelId,
      voters.map((voter, n) =>
        aMembership({ id: panelId }, voter, [n === 0 ? "chair" : "member"], { agency: voter.agency }),
      ),
    );
    await tx.conversations.put(
      meetingChat(meetingId),
      reference({ id: chat.id, conversationType: "groupChat" }, `29:${chair.id}`),
    );
    await tx.conversations.put(linkedMeeting(chat.id), { meetingId });
  });
}

interface Turn {
  latencyMs: number;
  /** Wall-clock time (epoch ms) of the answer, comparable with the connector's arrival times. */
  answeredAt: number;
}

/** Posts one turn; it counts only if the answer is the card that turn should produce (not an error card). */
async function post(url: string, activity: object, expected: string): Promise<Turn & { card: unknown }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  const latencyMs = performance.now() - started;
  if (response.status !== 200 || !text.includes(expected))
    throw new Error(`turn failed (wanted "${expected}"): ${response.status} ${text.slice(0, 300)}`);
  return { latencyMs, answeredAt: Date.now(), card: (JSON.parse(text) as { value: unknown }).value };
}

/**
 * The burst: member n's turn starts n/60 of the way through the second, all concurrent; every tenth is
 * posted a second time 20 ms after the first. Returns every turn, replays included, and the process's CPU time
 * meanwhile (client and services share the process; the outbox worker's deliveries during the burst count too).
 */
async function burst(turn: (member: number) => Promise<Turn>): Promise<{ turns: Turn[]; cpuMs: number }> {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const cpu = process.cpuUsage();
  const turns = await Promise.all(
    Array.from({ length: members }, async (_, n) => {
      await wait((n * burstMs) / members);
      const first = turn(n);
      if (n % replayEvery !== replayEvery - 1) return [await first];
      await wait(20);
      return Promise.all([first, turn(n)]);
    }),
  ).then((all) => all.flat());
  const used = process.cpuUsage(cpu);
  return { turns, cpuMs: (used.user + used.system) / 1000 };
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

interface Scenario {
  name: string;
  /** Started one after the other: the first seeds the demo data, any other finds it. */
  services: RunningService[];
}

async function runScenario({ name, services }: Scenario, connector: CapturingConnector): Promise<void> {
  const [first] = services;
  const deps = first!.deps;
  const endpoints = services.map((service) => `${service.url}/api/messages`);
  const itemId = await caseItemOnAgenda(deps);
  await benchPanelAndChat(deps, connector.url);

  const started = await startMeeting(deps, actor(chair.id), { conversationId: chat.id });
  if (!started.ok) throw new Error(started.error.message);
  const opened = await openQuestion(deps, actor(chair.id), {
    meetingId,
    agendaItemId: itemId,
    kind: "decision",
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const questionId = opened.value.question.id;

  const chatCalls = () => connector.calls.filter((call) => call.conversationId === chat.id);
  const voteCards = () =>
    chatCalls()
      .map((call) => ({ at: call.at, card: cardOf(call.activity) }))
      .filter(({ card }) => textOf(card).includes("Decision vote"));
  const posted = await until(
    () => voteCards()[0]?.card ?? undefined,
    10_000,
    "the decision vote's card was not posted",
  );

  // A voter opens their own view from the shared card: its Vote action is what each member clicks.
  const refresh = (posted.refresh as { action: { verb: string; data: Record<string, unknown> } }).action;
  const ownView = await post(
    endpoints[0]!,
    actionActivity(voters[1]!, chat, connector.url, refresh.verb, refresh.data, "automatic"),
    "vote.cast",
  );
  const voteAction = actionOf(ownView.card, "vote.cast");
  const vote = (member: number) =>
    actionActivity(
      voters[member]!,
      chat,
      connector.url,
      "vote.cast",
      clickData(voteAction, { voteDecision: choices[member % choices.length]! }),
    );

  // Warm up the turn path (refreshes read what a vote reads) and the baseline, so steady state is measured.
  const bare = await startBareBotbuilder();
  const bareTurn = (member: number) =>
    post(bare.url, actionActivity(voters[member]!, chat, connector.url, "bench.noop", {}), bareAnswer);
  for (let i = 0; i < 40; i += 1) {
    await bareTurn(i % members);
    await post(
      endpoints[i % endpoints.length]!,
      actionActivity(voters[i % members]!, chat, connector.url, refresh.verb, refresh.data, "automatic"),
      "vote.cast",
    );
  }
  const { turns: baseline, cpuMs: bareCpuMs } = await burst(bareTurn);
  await bare.close();

  // Each turn is prepared before it is timed; the same activity object is posted again for a replay.
  const activities = voters.map((_, member) => vote(member));
  const burstStarted = Date.now();
  const { turns, cpuMs } = await burst((member) =>
    post(endpoints[member % endpoints.length]!, activities[member]!, `"title":"Yours"`),
  );
  const lastAnswer = Math.max(...turns.map((turn) => turn.answeredAt));

  const finalTally = `Voted: ${members} of ${members}`;
  const tallied = await until(
    () => voteCards().find(({ card }) => textOf(card).includes(finalTally)),
    tallyWaitCapMs,
    `the card did not show "${finalTally}" within ${tallyWaitCapMs / 1000} s`,
  );
  await new Promise((resolve) => setTimeout(resolve, settleMs));

  const votes = await deps.store.transaction((tx) => tx.votes.votesOn(questionId));
  const voterIds = new Set(votes.map((v) => v.voterId));
  const arrivals = chatCalls().map((call) => call.at);
  const duringVotes = arrivals.filter((at) => at >= burstStarted).length;
  const latest = voteCards().at(-1)!;
  const timeToTally = tallied.at - lastAnswer;
  const p50 = quantile(
    turns.map((t) => t.latencyMs),
    0.5,
  );
  const p99 = quantile(
    turns.map((t) => t.latencyMs),
    0.99,
  );
  const bareP50 = quantile(
    baseline.map((t) => t.latencyMs),
    0.5,
  );
  const bareP99 = quantile(
    baseline.map((t) => t.latencyMs),
    0.99,
  );
  const ms = (value: number) => `${value.toFixed(0)} ms`;

  console.log(`\n${name}:`);
  console.log(
    `votes sent ${members} by ${members} members in ${((Math.max(...turns.map((t) => t.answeredAt)) - burstStarted) / 1000).toFixed(2)} s ` +
      `(${turns.length} requests: ${turns.length - members} replayed clicks)`,
  );
  console.log(
    `votes counted ${votes.length} (store), duplicates ${votes.length - voterIds.size}, ` +
      `card shows "${/Voted: \d+ of \d+/.exec(textOf(latest.card))?.[0] ?? "?"}"`,
  );
  console.log(
    `card operations to the meeting chat: ${arrivals.length} in all (${duringVotes} from the first vote on), ` +
      `most in any 1 s ${busiestWindow(arrivals, 1_000)} (Teams: ${targets.perSecond}), ` +
      `in any 30 s ${busiestWindow(arrivals, 30_000)} (Teams: ${targets.perThirtySeconds})`,
  );
  console.log(
    `last vote answered -> final tally at the connector: ${ms(timeToTally)} ` +
      `(x${(timeToTally / targets.timeToTallyMs).toFixed(2)} of the ${ms(targets.timeToTallyMs)} target)`,
  );
  console.log(
    `vote turn p50 ${ms(p50)} p99 ${ms(p99)}; bare botbuilder invoke p50 ${ms(bareP50)} p99 ${ms(bareP99)} ` +
      `(vote p50 x${(p50 / bareP50).toFixed(1)}, p99 x${(p99 / bareP99).toFixed(1)} of baseline)`,
  );
  const cpuPerVote = cpuMs / turns.length;
  const cpuPerBare = bareCpuMs / baseline.length;
  console.log(
    `process CPU per turn during the burst: vote ${cpuPerVote.toFixed(1)} ms, bare ${cpuPerBare.toFixed(1)} ms ` +
      `(x${(cpuPerVote / cpuPerBare).toFixed(1)})`,
  );
}

/** Polls until `found` returns something, or fails after `capMs`. */
async function until<T>(found: () => T | undefined, capMs: number, failure: string): Promise<T> {
  const deadline = Date.now() + capMs;
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function withServices(
  name: string,
  count: number,
  databaseUrl: string | null,
  body: (scenario: Scenario, connector: CapturingConnector) => Promise<void>,
): Promise<void> {
  const schema = uniqueSchemaName("bench_votes");
  const dataDirs: string[] = [];
  const services: RunningService[] = [];
  const connector = await new CapturingConnector().start();
  try {
    for (let i = 0; i < count; i += 1) {
      const dataDir = await mkdtemp(join(tmpdir(), "convenor-votes-bench-"));
      dataDirs.push(dataDir);
      services.push(
        await startService(
          loadConfig({ DATA_DIR: dataDir, PORT: "0", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }),
          createLogger({ level: "silent" }),
          { playground: false, graphSandbox: false, ...(databaseUrl ? { storeSchema: schema } : {}) },
        ),
      );
    }
    await body({ name, services }, connector);
  } finally {
    await Promise.all(services.map((service) => service.close()));
    await connector.close();
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    if (databaseUrl) await dropSchemas(databaseUrl, [schema]);
  }
}

export async function run(): Promise<void> {
  const databaseUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  console.log(
    `${members} members vote within ${burstMs / 1000} s (one click in ${replayEvery} replayed); ` +
      `targets: final tally within ${targets.timeToTallyMs} ms of the last vote, at most ` +
      `${targets.perSecond} card operations in any 1 s and ${targets.perThirtySeconds} in any 30 s`,
  );
  await withServices("one instance, SQLite", 1, null, runScenario);
  await withServices("two instances, one PostgreSQL schema", 2, databaseUrl, runScenario);
}
