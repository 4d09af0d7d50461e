import type { AddressInfo } from "node:net";
import { createServer, type RequestListener, type Server } from "node:http";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createConvenorBot } from "@convenor/bot";
import { systemClock, type Clock, type UseCaseDeps } from "@convenor/shared";
import { openLocalIssuer, type LocalIssuer } from "./auth/local-issuer.js";
import { createTokenValidator } from "./auth/token-validator.js";
import { ConfigError, type Config } from "./config.js";
import { DocxWordDocuments } from "./documents/docx-word-documents.js";
import { createGraphAdapters, type GraphAdapters } from "./graph/index.js";
import { createApp } from "./http/create-app.js";
import { ReachPanelMembersJob } from "./jobs/reach-panel-members.job.js";
import { SyncMeetingsJob } from "./jobs/sync-meetings.job.js";
import { TrackerJob } from "./jobs/tracker.job.js";
import { HeldMeetingsJob } from "./jobs/held-meetings.job.js";
import { ReviewsJob } from "./jobs/reviews.job.js";
import { RetentionJob } from "./jobs/retention.job.js";
import { startAgentsPlayground } from "./local/agents-playground.js";
import { playgroundConfigYaml } from "./local/playground-config.js";
import { startGraphSandbox, type GraphSandbox } from "./local/graph-sandbox/index.js";
import { demoMemberships, demoPanels } from "./local/seed/demo-panels.js";
import { demoPeople } from "./local/seed/demo-people.js";
import { linkPanelLibraries } from "./local/seed/link-panel-libraries.js";
import { seedDemoData } from "./local/seed/seed-demo-data.js";
import type { Logger } from "./logger.js";
import { OutboxWorker } from "./outbox/outbox-worker.js";
import { createStore } from "./store/index.js";

export interface RunningService {
  url: string;
  /** `Name: URL` lines for the start banner. */
  banner: [string, string][];
  deps: UseCaseDeps;
  localIssuer: LocalIssuer | null;
  outbox: OutboxWorker;
  /** Microsoft Graph (calendars, SharePoint, directory): the sandbox's in local mode; null when not started. */
  graph: GraphAdapters | null;
  /** The Graph sandbox itself in local mode (its files and library columns, for tests); null otherwise. */
  graphSandbox: GraphSandbox | null;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Start the Microsoft 365 Agents Playground (local mode); off in tests. */
  playground?: boolean;
  /** Start the Graph sandbox (local mode). */
  graphSandbox?: boolean;
  /** PostgreSQL only: the schema to keep the store in (created when missing), e.g. one per test file. */
  storeSchema?: string;
}

/** Opens the store, seeds demo data in local mode, and serves the HTTP host, the bot and the outbox worker. */
export async function startService(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningService> {
  const clock = options.clock ?? systemClock;
  const closers: Closers = { http: null, outbox: null, jobs: [], localTools: [], store: null };
  const opened = await createStore(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, ...(options.storeSchema ? { schema: options.storeSchema } : {}) }
      : { sqlitePath: join(config.dataDir, "convenor.sqlite") },
  );
  closers.store = () => opened.close();
  const { store, dialect } = opened;
  // Minutes and case observations are laid out as .docx here, in production and local mode alike.
  const deps: UseCaseDeps = { store, clock, wordDocuments: new DocxWordDocuments() };

  try {
    if (config.mode === "local") {
      const { seeded } = await seedDemoData(store, clock);
      if (seeded) logger.info("demo data seeded");
    }

    // Listen first: with PORT=0 the address, and so the local issuer's URL, is known only then.
    let handle: RequestListener = (_req, res) => res.writeHead(503).end();
    const server = await listen(
      createServer((req, res) => handle(req, res)),
      config.host,
      config.port,
    );
    closers.http = () => closeServer(server, logger);
    const url =
      config.port === 0
        ? `http://${config.host}:${(server.address() as AddressInfo).port}`
        : config.publicUrl;

    const localIssuer =
      config.auth.kind === "local-issuer"
        ? await openLocalIssuer({
            dataDir: config.dataDir,
            publicUrl: url,
            audience: config.auth.audience,
          })
        : null;
    const validateToken =
      config.auth.kind === "entra"
        ? createTokenValidator({
            issuer: `https://login.microsoftonline.com/${config.auth.tenantId}/v2.0`,
            audiences: config.auth.audiences,
            jwksUrl: `https://login.microsoftonline.com/${config.auth.tenantId}/discovery/v2.0/keys`,
            requiredScope: config.auth.requiredScope,
          })
        : createTokenValidator({
            issuer: localIssuer!.issuer,
            audiences: [config.auth.audience],
            jwksUrl: localIssuer!.jwksUrl,
            requiredScope: "access_as_user",
          });

    let graphSandbox: GraphSandbox | null = null;
    let graph: GraphAdapters | null = null;
    if (config.graph.mode === "microsoft") {
      graph = createGraphAdapters(config.graph);
    } else if (options.graphSandbox !== false) {
      const sandbox = await startGraphSandbox({
        dataDir: config.dataDir,
        port: config.graphSandboxPort,
        people: demoPeople,
        panels: demoPanels,
        memberships: demoPanels.flatMap((panel) => demoMemberships(panel.id)),
        ...(config.graph.sandbox ? { app: config.graph.sandbox } : {}),
      });
      closers.localTools.push(() => sandbox.close());
      await linkPanelLibraries(store, sandbox.sites);
      graph = createGraphAdapters(config.graph, { sandboxUrl: sandbox.url });
      graphSandbox = sandbox;
    }

    // Use cases that schedule meetings or file papers reach Microsoft 365 through these ports.
    if (graph)
      Object.assign(deps, {
        calendar: graph.calendar,
        documents: graph.documents,
        directory: graph.directory,
        ...(graph.teamsApps ? { teamsApps: graph.teamsApps } : {}),
      });

    const bot = createConvenorBot({ deps, logger, auth: config.bot, publicUrl: url });
    const outbox = new OutboxWorker({ store, deliverer: bot.deliverer, clock, logger });

    const outlookHarness = localIssuer && deps.calendar ? { calendar: deps.calendar } : null;
    const app = createApp({
      deps,
      logger,
      validateToken,
      health: () => Promise.resolve({ mode: config.mode, store: dialect }),
      appUrl: config.publicUrl,
      ...(localIssuer ? { localIssuer } : {}),
      bot,
      tab: { distDir: tabDistDir, signIn: localIssuer ? "local-issuer" : "teams" },
      outlook: {
        dir: outlookAddinDist,
        signIn:
          config.auth.kind === "entra"
            ? {
                kind: "naa",
                clientId: config.auth.clientId,
                tenantId: config.auth.tenantId,
                scope: `api://${new URL(config.publicUrl).host}/${config.auth.clientId}/${config.auth.requiredScope}`,
              }
            : { kind: "local" },
        ...(outlookHarness ? { harness: outlookHarness } : {}),
      },
    });
    handle = app;

    outbox.start();
    closers.outbox = () => outbox.stop();

    const banner: [string, string][] = [
      ["Convenor service", url],
      ["Health", `${url}/healthz`],
      ["API", `${url}/api/me`],
      ["Bot endpoint", `${url}/api/messages`],
    ];
    if (localIssuer) banner.push(["Local sign-in (demo personas)", `${url}/local-issuer/signin`]);
    if (graphSandbox) banner.push(["Graph sandbox", graphSandbox.url]);
    if (localIssuer) banner.push(["Teams tab (local)", `${url}/tab/`]);
    if (outlookHarness) banner.push(["Outlook add-in (local)", `${url}/outlook/harness.html`]);

    // Install the Teams app for panel members the bot cannot reach yet (at start, then every few hours).
    if (graph?.teamsApps) {
      const reachMembers = new ReachPanelMembersJob({ deps, installer: graph.teamsApps, logger });
      reachMembers.start();
      closers.jobs.push(() => reachMembers.stop());
    } else if (graph) {
      logger.warn(
        "TEAMS_APP_CATALOG_ID is not set: panel members reach Convenor only once they open it in Teams",
      );
    }

    // Meetings follow their calendar events (moved or cancelled in Outlook); pending ones get theirs.
    if (graph) {
      const syncMeetings = new SyncMeetingsJob({ deps, logger, appUrl: config.publicUrl });
      syncMeetings.start();
      closers.jobs.push(() => syncMeetings.stop());
    }

    // The High Risk Panel's monthly cards, reminders and red list (hourly; once per message on any instances).
    const tracker = new TrackerJob({ deps, logger });
    tracker.start();
    closers.jobs.push(() => tracker.stop());

    // CIN reviews: 12-month consultation tasks and pending early reviews (hourly; once on any instances).
    const reviews = new ReviewsJob({ deps, logger });
    reviews.start();
    closers.jobs.push(() => reviews.stop());

    // Planned meetings whose day is over recorded as held (at start, then hourly; each once on any instances).
    const heldMeetings = new HeldMeetingsJob({ deps, logger });
    heldMeetings.start();
    closers.jobs.push(() => heldMeetings.stop());

    // Records past their retention period anonymised (daily; each once on any instances). Locally soon after
    // start, so the seeded old referral is anonymised while a newcomer looks.
    const retention = new RetentionJob({
      deps,
      logger,
      ...(config.mode === "local" ? { firstRunDelayMs: 5_000 } : {}),
    });
    retention.start();
    closers.jobs.push(() => retention.stop());

    if (config.mode === "local" && options.playground !== false) {
      const playground = await startAgentsPlayground({
        botEndpoint: `${url}/api/messages`,
        port: config.playgroundPort,
        configPath: await playgroundConfigPath(config),
        logFile: join(config.dataDir, "devTools", "m365agentsplayground.log"),
        logger,
      });
      closers.localTools.push(() => playground.close());
      banner.push(["Teams chat (Agents Playground)", playground.url]);
    }

    return {
      url,
      banner,
      deps,
      localIssuer,
      outbox,
      graph,
      graphSandbox,
      close: () => closeAll(closers, logger),
    };
  } catch (error) {
    await closeAll(closers, logger);
    throw error;
  }
}

/** The tab's Vite build, beside this workspace (from `server/dist/` or `server/src/`). */
const tabDistDir = fileURLToPath(new URL("../../tab/dist/", import.meta.url));
/** The built Outlook task pane (`npm run build` builds it with the rest). */
const outlookAddinDist = fileURLToPath(new URL("../../outlook-addin/dist", import.meta.url));

/** The committed Playground config, or one generated to chat as `PLAYGROUND_AS`. */
async function playgroundConfigPath(config: Config): Promise<string> {
  if (!config.playgroundAs) return join(process.cwd(), ".m365agentsplayground.yml");
  if (!demoPeople.some((person) => person.id === config.playgroundAs)) {
    throw new ConfigError(`Configuration error in PLAYGROUND_AS: no demo person ${config.playgroundAs}.`);
  }
  const path = join(config.dataDir, "m365agentsplayground.yml");
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(path, playgroundConfigYaml(demoPeople, config.playgroundAs));
  return path;
}

/** What `close` stops, in this order. */
interface Closers {
  http: (() => Promise<void>) | null;
  outbox: (() => Promise<void>) | null;
  /** Background jobs (reaching panel members): stopped before the Graph sandbox they call. */
  jobs: (() => Promise<void>)[];
  /** The Graph sandbox and the Agents Playground. */
  localTools: (() => Promise<void>)[];
  store: (() => Promise<void>) | null;
}

/** How long each step of a shutdown may take: in-flight requests, the outbox's delivery, each local tool. */
const shutdownStepMs = 5_000;

/**
 * Shuts down promptly and in order: stop accepting connections and let in-flight requests finish (bounded),
 * stop the outbox worker (a delivery still running after the bound is left to its lease, so it is retried),
 * close the local tools, then the store.
 */
async function closeAll(closers: Closers, logger: Logger): Promise<void> {
  if (closers.http) await closers.http();
  if (closers.outbox) await within(closers.outbox(), shutdownStepMs, "the outbox worker", logger);
  await Promise.all(closers.jobs.map((stop) => within(stop(), shutdownStepMs, "a background job", logger)));
  await Promise.all(
    closers.localTools.map((close) => within(close(), shutdownStepMs, "a local tool", logger)),
  );
  if (closers.store) await closers.store();
}

async function within(work: Promise<void>, ms: number, what: string, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), ms);
  });
  const outcome = await Promise.race([work.then(() => "done" as const), late]).finally(() =>
    clearTimeout(timer),
  );
  if (outcome === "late") logger.warn({ waitedMs: ms }, `${what} did not stop in time; going on`);
}

function listen(server: Server, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Stops accepting connections, lets in-flight requests finish for a while, then cuts what is left. */
function closeServer(server: Server, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    // Keep-alive connections go as soon as they are idle; busy ones get until the deadline.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      logger.warn({ waitedMs: shutdownStepMs }, "requests still in flight at shutdown were cut");
      server.closeAllConnections();
    }, shutdownStepMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
