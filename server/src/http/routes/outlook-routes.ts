import { readFile } from "node:fs/promises";
import { join } from "node:path";
import express, { Router } from "express";
import { z } from "zod";
import type { CalendarPort } from "@convenor/shared";
import { errorBody, statusFor } from "../error-status.js";
import { badRequest } from "../respond.js";
import { textFromHtmlBody } from "../../graph/event-body.js";

/** How the task pane signs in: `/outlook/config.json`, read by the pane at start. */
export type PaneSignIn =
  { kind: "local" } | { kind: "naa"; clientId: string; tenantId: string; scope: string };

export interface OutlookPaneOptions {
  /** The built task pane: `outlook-addin/dist`. */
  dir: string;
  signIn: PaneSignIn;
  /** Local mode only: the Outlook harness page, and the calendar it saves appointments to (the sandbox). */
  harness?: { calendar: CalendarPort };
}

const officeJsTag = /<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"[^>]*><\/script>/;
const harnessBridge = `<script src="/outlook/harness/office-bridge.js"></script>`;

const text = (max: number) => z.string().max(max);
const isoDateTime = z
  .string()
  .max(40)
  .pipe(z.iso.datetime({ offset: true }));
const harnessEvent = z.object({
  organiser: z.email().max(254),
  draftId: z.uuid(),
  eventId: z
    .string()
    .regex(/^[A-Za-z0-9=_-]{1,512}$/)
    .nullable(),
  subject: text(255).min(1),
  start: isoDateTime,
  end: isoDateTime,
  attendees: z.array(z.object({ displayName: text(256), emailAddress: z.email().max(254) })).max(500),
  bodyHtml: text(64_000),
  send: z.boolean(),
});

/**
 * `/outlook/`: the built task pane, its sign-in settings and, in local mode, the Outlook harness. In local mode
 * the pane's office.js is swapped for the harness's Office.js subset, so no page loads anything from outside.
 */
export function outlookRoutes(options: OutlookPaneOptions): Router {
  const router = Router();
  const { harness } = options;

  router.get("/config.json", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ signIn: options.signIn });
  });

  router.get("/taskpane.html", async (_req, res) => {
    const page = await readFile(join(options.dir, "taskpane.html"), "utf8").catch(() => null);
    if (page === null) {
      res.status(503).type("text").send("The task pane is not built: run npm run build.");
      return;
    }
    res
      .set("Cache-Control", "no-cache")
      .type("html")
      .send(harness ? page.replace(officeJsTag, harnessBridge) : page);
  });

  router.use((req, _res, next) => {
    const harnessPath = req.path === "/harness.html" || req.path.startsWith("/harness/");
    next(harnessPath && !harness ? "router" : undefined);
  });

  if (harness) {
    // Saves or sends the harness's appointment as Outlook would: into the organiser's calendar (the sandbox).
    // The sandbox answers GRAPH.NOT_FOUND for an organiser it does not know.
    // Local mode only, like the local issuer beside it, which gives any demo person's token to anyone on loopback.
    router.post("/harness/events", express.json({ limit: "96kb" }), async (req, res) => {
      const body = harnessEvent.safeParse(req.body);
      if (!body.success) return badRequest(res, body.error.issues);
      const input = body.data;
      const details = {
        subject: input.subject,
        bodyText: textFromHtmlBody(input.bodyHtml),
        start: new Date(input.start).toISOString(),
        end: new Date(input.end).toISOString(),
        attendees: input.attendees.map((attendee) => ({
          email: attendee.emailAddress,
          name: attendee.displayName,
          type: "required" as const,
        })),
      };
      const saved = input.eventId
        ? await harness.calendar.updateMeeting(input.organiser, input.eventId, details)
        : await harness.calendar.createMeeting({
            ...details,
            organiser: input.organiser,
            onlineMeeting: false,
            transactionId: input.draftId,
          });
      if (!saved.ok) {
        res.status(statusFor(saved.error)).json(errorBody(saved.error));
        return;
      }
      res.json({ eventId: saved.value.eventId, joinUrl: saved.value.joinUrl, sent: input.send });
    });
  }

  router.use(express.static(options.dir, { index: false }));
  return router;
}
