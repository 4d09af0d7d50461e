import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  kind: "send" | "reply" | "update" | "create-conversation";
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  /** When the request arrived (epoch ms): Teams counts its rate limits on arrival. */
  at: number;
}

/**
 * A local stand-in for the Bot Connector service: records every activity the bot sends, replies with, or
 * updates, so a test can assert what each conversation (and so each person) sees. Can be told to fail.
 */
export class CapturingConnector {
  readonly calls: ConnectorCall[] = [];
  /** Every request received, failed on purpose or not. */
  requests = 0;
  private server: Server | null = null;
  private nextId = 0;
  private failures: { status: number; retryAfterSeconds?: number }[] = [];
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next `count` calls fail with this status (e.g. 503 for an outage, 429 for throttling). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void {
    for (let i = 0; i < count; i += 1)
      this.failures.push({ status, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
  }

  /** Teams is back: no more failures. */
  recover(): void {
    this.failures = [];
  }

  /** Activities (sent or replied) in a conversation, in order. */
  activitiesIn(conversationId: string): Record<string, unknown>[] {
    return this.calls
      .filter((call) => call.conversationId === conversationId && call.kind !== "update")
      .map((call) => call.activity);
  }

  updatesIn(conversationId: string): ConnectorCall[] {
    return this.calls.filter((call) => call.conversationId === conversationId && call.kind === "update");
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests += 1;
    const at = Date.now();
    const body = await readJson(req);
    const failure = this.failures.shift();
    if (failure) {
      if (failure.retryAfterSeconds) res.setHeader("retry-after", String(failure.retryAfterSeconds));
      return json(res, failure.status, { error: { code: "ServiceError", message: "failing on purpose" } });
    }
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    // v3 / conversations / {conversationId} / activities / {activityId}
    if (parts[0] !== "v3" || parts[1] !== "conversations") return json(res, 404, {});
    if (parts.length === 2 && req.method === "POST") {
      const id = `conv-${++this.nextId}`;
      this.calls.push({
        kind: "create-conversation",
        conversationId: id,
        activityId: "",
        activity: body,
        at,
      });
      return json(res, 200, { id, activityId: "" });
    }
    const conversationId = parts[2] ?? "";
    if (parts[3] === "members")
      return json(res, 404, { error: { code: "NotFound", message: "unknown member" } });
    if (parts[3] !== "activities") return json(res, 404, {});
    if (req.method === "PUT" && parts[4]) {
      this.calls.push({ kind: "update", conversationId, activityId: parts[4], activity: body, at });
      return json(res, 200, { id: parts[4] });
    }
    if (req.method === "POST") {
      const activityId = `activity-${++this.nextId}`;
      this.calls.push({ kind: parts[4] ? "reply" : "send", conversationId, activityId, activity: body, at });
      return json(res, 200, { id: activityId });
    }
    return json(res, 405, {});
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}

/** The Adaptive Card content of an activity, if it carries one. */
export function cardOf(activity: Record<string, unknown> | undefined): Record<string, unknown> | null {
  const attachments = activity?.attachments;
  if (!Array.isArray(attachments)) return null;
  const card = (attachments as { contentType?: string; content?: unknown }[]).find(
    (a) => a.contentType === "application/vnd.microsoft.card.adaptive",
  );
  return (card?.content as Record<string, unknown>) ?? null;
}
