import type { ServerResponse } from "node:http";
import type { Response } from "botbuilder";

/** botbuilder's `Response` over a plain Node `ServerResponse` (express's response works the same way). */
export function nodeResponse(res: ServerResponse): Response {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(body?: unknown) {
      if (res.writableEnded || body === undefined || body === null) return this;
      if (typeof body === "string" || Buffer.isBuffer(body)) {
        res.write(body);
      } else {
        if (!res.headersSent) res.setHeader("content-type", "application/json; charset=utf-8");
        res.write(JSON.stringify(body));
      }
      return this;
    },
    end() {
      if (!res.writableEnded) res.end();
      return this;
    },
  };
}
