import type { Request, Response } from "express";
import type { Actor, Person } from "@convenor/shared";

/** What the authentication step leaves for the route handlers. */
export interface RequestContext {
  person: Person;
  actor: Actor;
}

export function contextOf(res: Response): RequestContext {
  const context = res.locals.context as RequestContext | undefined;
  if (!context) throw new Error("Route mounted without authentication");
  return context;
}

export function correlationIdOf(res: Response): string {
  return String(res.locals.correlationId);
}

export function originOf(req: Request): string | null {
  return req.socket.remoteAddress ?? null;
}
