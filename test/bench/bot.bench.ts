// Bot benchmark: a referral submission turn and a screening turn, each an `Action.Execute` invoke posted over
// loopback HTTP to the Convenor bot, against a bare botbuilder invoke turn (CloudAdapter + TeamsActivityHandler
// answering a fixed card) measured in the same run, at 1 and 32 concurrent conversations. The store is SQLite
// on disk, as in `npm start`. Prints p50, p99, throughput and the ratio to the baseline; no thresholds.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import express from "express";
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
} from "botbuilder";
import { createConvenorBot } from "@convenor/bot";
import { fileReferral, systemClock, type UseCaseDeps } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { createLogger } from "../../server/src/logger.js";
import { demoPeople } from "../../server/src/local/seed/demo-people.js";
import { seedDemoData } from "../../server/src/local/seed/seed-demo-data.js";
import { createStore } from "../../server/src/store/index.js";

const serviceUrl = "http://127.0.0.1:9/"; // invokes answer in the HTTP response: the connector is never called
const person = (id: string) => demoPeople.find((p) => p.id === id)!;

function invoke(personId: string, conversationId: string, verb: string, data: Record<string, unknown>) {
  const from = person(personId);
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

async function listen(app: express.Express): Promise<{ url: string; server: Server }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, server };
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

/** The baseline: botbuilder alone answering an invoke with a fixed card. */
class BareHandler extends TeamsActivityHandler {
  protected override onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
    return Promise.resolve({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Done" }] },
    });
  }
}

interface Stats {
  p50: number;
  p99: number;
  throughput: number;
}

/** Runs `turn(conversation, i)` in `conversations` parallel conversations, `perConversation` times each. */
async function measure(
  conversations: number,
  perConversation: number,
  turn: (conversation: number, i: number) => Promise<void>,
): Promise<Stats> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, async (_, conversation) => {
      for (let i = 0; i < perConversation; i += 1) {
        const t0 = performance.now();
        await turn(conversation, i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), throughput: (latencies.length / elapsed) * 1000 };
}

const format = (name: string, s: Stats, base: Stats) =>
  `${name.padEnd(22)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms  ` +
  `${s.throughput.toFixed(0).padStart(5)} turns/s  p50 x${(s.p50 / base.p50).toFixed(1)} baseline, ` +
  `throughput ${(s.throughput / base.throughput).toFixed(2)} of baseline`;

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "convenor-bot-bench-"));
  const opened = await createStore({ sqlitePath: join(dataDir, "bench.sqlite") });
  const logger = createLogger({ level: "silent" });
  try {
    const deps: UseCaseDeps = { store: opened.store, clock: systemClock };
    await seedDemoData(opened.store, systemClock);
    const bot = createConvenorBot({ deps, logger, auth: { mode: "local" } });
    const convenorApp = express();
    convenorApp.post("/api/messages", express.json({ limit: "256kb" }), (req, res) => bot.handle(req, res));
    const convenor = await listen(convenorApp);

    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const bare = new BareHandler();
    const bareApp = express();
    bareApp.post("/api/messages", express.json({ limit: "256kb" }), (req, res) =>
      adapter.process(req, res, (context) => bare.run(context)),
    );
    const baseline = await listen(bareApp);

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
        invoke("p-teacher", `a:bench-${conversation}`, "referral.submit", {
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
        invoke("p-chair", `a:bench-chair-${conversation}`, "screening.decide", {
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
        invoke("p-teacher", `a:bare-${conversation}`, "bench.noop", { convenor: {} }),
        "Done",
      );

    // Warm up every path once.
    await bareTurn(0);
    await submit(0);
    await screen(await fileForScreening(1))(0, 0);

    for (const [conversations, perConversation] of [
      [1, 150],
      [32, 8],
    ] as const) {
      const total = conversations * perConversation;
      const base = await measure(conversations, perConversation, bareTurn);
      const submission = await measure(conversations, perConversation, submit);
      const screening = await measure(conversations, perConversation, screen(await fileForScreening(total)));
      console.log(`\n${conversations} concurrent conversation(s), ${total} turns per path:`);
      console.log(format("bare botbuilder invoke", base, base));
      console.log(format("referral submission", submission, base));
      console.log(format("screening (accept)", screening, base));
    }
    await new Promise<void>((resolve) => convenor.server.close(() => resolve()));
    await new Promise<void>((resolve) => baseline.server.close(() => resolve()));
  } finally {
    await opened.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
