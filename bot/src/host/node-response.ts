import type { ServerResponse } from "node:http";
import type { Response } from "botbuilder";

/** What the adapter answered: kept back so the host decides what the caller sees (never botbuilder's text). */
export interface AdapterAnswer {
  status: number;
  body: unknown;
}

/** botbuilder's `Response`, recording the adapter's answer instead of writing it to the socket. */
export function capturedResponse(res: ServerResponse): { response: Response; answer: AdapterAnswer } {
  const answer: AdapterAnswer = { status: 200, body: undefined };
  const response: Response = {
    socket: res.socket,
    status(code: number) {
      answer.status = code;
      return this;
    },
    header() {
      return this;
    },
    send(body?: unknown) {
      if (body !== undefined && body !== null) answer.body = body;
      return this;
    },
    end() {
      return this;
    },
  };
  return { response, answer };
}

/** Writes a JSON body (or nothing) with a status. */
export function sendJson(res: ServerResponse, status: number, body?: unknown): void {
  if (res.writableEnded) return;
  res.statusCode = status;
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}
