import { createReadStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Panel, PanelMembership, Person } from "@convenor/shared";
import { runBatch } from "./batch.route.js";
import { exists, fileOnDisk } from "./drive-store.js";
import { uploadSessionRequest } from "./drive.routes.js";
import { routeGraph } from "./graph.router.js";
import { faultCode, faultMessage, SandboxFaults, type GraphSandboxFaults } from "./sandbox-faults.js";
import {
  decodeSegment,
  graphError,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import { SandboxState, type SandboxSite } from "./sandbox-state.js";
import { SandboxStats } from "./sandbox-stats.js";
import {
  instanceDiscovery,
  issueToken,
  openIdConfiguration,
  type SandboxAppRegistration,
} from "./token.routes.js";

export type { FaultRule, GraphSandboxFaults } from "./sandbox-faults.js";
export type { SandboxStats } from "./sandbox-stats.js";

export interface GraphSandboxOptions {
  /** Filed documents are written under `{dataDir}/sharepoint/<site>/<path>`. */
  dataDir: string;
  /** 0 or absent: any free port. The sandbox binds to 127.0.0.1 only. */
  port?: number;
  people: Person[];
  panels: Panel[];
  /** Members of each panel's group; without them a panel's group is empty. */
  memberships?: PanelMembership[];
  faults?: GraphSandboxFaults;
  /** The local app registration; defaults match `.env.example`. */
  app?: Partial<SandboxAppRegistration>;
}

export interface GraphSandbox {
  /** Graph's origin in local mode, e.g. `http://127.0.0.1:4010` (the API is under `/v1.0`). */
  url: string;
  /** Entra's token endpoint shape: `{url}/{tenant}/oauth2/v2.0/token`. */
  tokenUrl: string;
  app: SandboxAppRegistration;
  /** Two SharePoint sites (each with its default library) per panel: its general one, then its restricted one. */
  sites: SandboxSite[];
  /** Entra group id of each panel (members from `memberships`). */
  groupIdOf(panelId: string): string | undefined;
  stats: SandboxStats;
  setFaults(faults: GraphSandboxFaults): void;
  /** How many events the calendars hold with this transaction id: a retried create must leave one. */
  eventsWithTransactionId(transactionId: string): number;
  /** Library columns set on the file at `path` in a site's library, or null when no such file was filed. */
  fieldsOf(siteId: string, path: string): Record<string, string> | null;
  close(): Promise<void>;
}

export const sandboxAppDefaults: SandboxAppRegistration = {
  tenantId: "convenor-local",
  clientId: "11111111-2222-4333-8444-555555555555",
  clientSecret: "local-sandbox-secret",
  tokenLifetimeSeconds: 3599,
};

/** Starts the loopback Graph sandbox, seeded from the people and panels given. */
export async function startGraphSandbox(options: GraphSandboxOptions): Promise<GraphSandbox> {
  const app = { ...sandboxAppDefaults, ...options.app };
  const state = new SandboxState(options.people, options.panels, options.memberships);
  const faults = new SandboxFaults(options.faults);
  const stats = new SandboxStats();
  const dataDir = resolve(options.dataDir);
  await mkdir(resolve(dataDir, "sharepoint"), { recursive: true });
  const context: SandboxContext = { state, url: "", dataDir, stats };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(
          res,
          graphError(500, "InternalServerError", error instanceof Error ? error.message : "Unexpected error"),
        );
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.httpRequests++;
    const body = await readBody(req);
    const started = performance.now();
    const url = new URL(req.url ?? "/", context.url);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([key, value]) => [
        key,
        Array.isArray(value) ? value.join(",") : (value ?? ""),
      ]),
    );
    const request: SandboxRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      token: null,
    };
    const key = `${request.method} ${url.pathname.replace(/^\/v1\.0(?=\/)/, "")}`;
    if (faults.takeHang(key)) {
      stats.unanswered.push(key);
      return;
    }
    const file = /^\/sites\/([^/]+)\/Shared%20Documents\/(.+)$/.exec(url.pathname);
    if (file && request.method === "GET") {
      const onDisk = fileOnDisk(
        context,
        decodeSegment(file[1] ?? ""),
        (file[2] ?? "").split("/").map(decodeSegment).join("/"),
      );
      stats.handlerMs += performance.now() - started;
      if (!onDisk || !(await exists(onDisk)))
        return send(res, graphError(404, "itemNotFound", "The file was not found."));
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      createReadStream(onDisk).pipe(res);
      return;
    }
    const response = await respond(request);
    stats.handlerMs += performance.now() - started;
    if (faults.latencyMs > 0 && url.pathname.startsWith("/v1.0/"))
      await new Promise((done) => setTimeout(done, faults.latencyMs));
    send(res, response);
  }

  async function respond(request: SandboxRequest): Promise<SandboxResponse> {
    const path = request.path;
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    if (token && request.method === "POST") {
      stats.tokenRequests++;
      return issueToken(context, request, decodeSegment(token[1] ?? ""), app);
    }
    const openId = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    if (openId) return openIdConfiguration(context, decodeSegment(openId[1] ?? ""));
    if (path === "/common/discovery/instance") return instanceDiscovery(context, app.tenantId);
    if (/^\/[^/]+\/discovery\/v2\.0\/keys$/.test(path)) return { status: 200, body: { keys: [] } };
    const upload = /^\/upload-sessions\/([^/]+)$/.exec(path);
    if (upload) {
      const response = await uploadSessionRequest(context, request, upload[1] ?? "", faults);
      stats.graph.push({ method: request.method, path, status: response.status, inBatch: false });
      return response;
    }
    if (path.startsWith("/l/meetup-join/")) {
      return {
        status: 200,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        body: Buffer.from(
          "Teams meeting (Graph sandbox): in production this link joins the Teams meeting.\n",
        ),
      };
    }
    if (!path.startsWith("/v1.0/"))
      return graphError(404, "NotFound", "Only /v1.0 is served by the Graph sandbox.");
    return graphRequest({ ...request, path: path.slice("/v1.0".length) });
  }

  async function graphRequest(request: SandboxRequest): Promise<SandboxResponse> {
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "")?.[1];
    const token = bearer ? state.tokens.get(bearer) : undefined;
    const log = (response: SandboxResponse) => {
      stats.graph.push({
        method: request.method,
        path: request.path,
        status: response.status,
        inBatch: false,
      });
      return response;
    };
    if (!bearer) return log(graphError(401, "InvalidAuthenticationToken", "Access token is empty."));
    if (!token)
      return log(graphError(401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed."));
    if (token.expiresAt <= Date.now())
      return log(
        graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired."),
      );
    const authorised = { ...request, token };
    const fault = faults.take(request.method, request.path, false);
    if (fault && !fault.afterHandling)
      return log(
        graphError(fault.status, faultCode(fault.status), faultMessage(fault.status), fault.headers),
      );
    const response =
      request.path === "/$batch" && request.method === "POST"
        ? await runBatch(context, authorised, faults, stats)
        : await routeGraph(context, authorised);
    if (fault)
      return log(
        graphError(fault.status, faultCode(fault.status), faultMessage(fault.status), fault.headers),
      );
    return log(response);
  }

  await new Promise<void>((done, failed) => {
    server.once("error", failed);
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  const port = (server.address() as AddressInfo).port;
  context.url = `http://127.0.0.1:${port}`;

  return {
    url: context.url,
    tokenUrl: `${context.url}/${app.tenantId}/oauth2/v2.0/token`,
    app,
    sites: [...state.sites.values()],
    groupIdOf: (panelId) =>
      [...state.groups.values()].find(
        (group) => group.displayName === options.panels.find((panel) => panel.id === panelId)?.name,
      )?.id,
    stats,
    setFaults: (next) => faults.set(next),
    eventsWithTransactionId: (transactionId) =>
      [...state.events.values()].filter((stored) => stored.event.transactionId === transactionId).length,
    fieldsOf: (siteId, path) => {
      const file = [...state.files.values()].find(
        (candidate) => candidate.site.id === siteId && candidate.path === path,
      );
      return file ? { ...file.fields } : null;
    },
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : done()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => done(Buffer.concat(chunks)));
    req.on("error", failed);
  });
}

function send(res: ServerResponse, response: SandboxResponse): void {
  const requestId = crypto.randomUUID();
  const headers: Record<string, string> = {
    "request-id": requestId,
    "client-request-id": requestId,
    ...response.headers,
  };
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (Buffer.isBuffer(response.body)) {
    res.writeHead(response.status, headers);
    res.end(response.body);
    return;
  }
  res.writeHead(response.status, {
    "Content-Type": "application/json; odata.metadata=minimal; odata.streaming=true",
    ...headers,
  });
  res.end(JSON.stringify(response.body));
}
