import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ok,
  type CalendarMeeting,
  type CalendarPort,
  type MeetingChanges,
  type MeetingInvitation,
} from "@convenor/shared";
import { outlookRoutes, type OutlookPaneOptions } from "./outlook-routes.js";

const builtPane = `<!doctype html><html><head>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js" data-office-js></script>
<script type="module" src="/outlook/assets/taskpane.js"></script></head><body></body></html>`;

/** A calendar that keeps the events made through it, as the sandbox would. */
class RecordingCalendar implements Pick<CalendarPort, "createMeeting" | "updateMeeting"> {
  events = new Map<string, CalendarMeeting>();
  createMeeting(invitation: MeetingInvitation) {
    const existing = [...this.events.values()].find(
      (event) => event.eventId === `e-${invitation.transactionId}`,
    );
    const event: CalendarMeeting = existing ?? {
      eventId: `e-${invitation.transactionId}`,
      organiser: invitation.organiser,
      subject: invitation.subject,
      start: invitation.start,
      end: invitation.end,
      attendees: invitation.attendees,
      joinUrl: null,
      webLink: null,
      cancelled: false,
    };
    this.events.set(event.eventId, event);
    return Promise.resolve(ok(event));
  }
  updateMeeting(_organiser: string, eventId: string, changes: MeetingChanges) {
    const event = { ...this.events.get(eventId)!, ...changes, joinUrl: "https://teams.test/join" };
    this.events.set(eventId, event);
    return Promise.resolve(ok(event));
  }
}

async function serve(options: OutlookPaneOptions): Promise<{ url: string; server: Server }> {
  const app = express().use("/outlook", outlookRoutes(options));
  app.use((_req, res) => res.status(404).send("nothing here"));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/outlook`, server };
}

describe("/outlook/: the task pane and, in local mode, its harness", () => {
  let dir = "";
  let local: { url: string; server: Server };
  let production: { url: string; server: Server };
  const calendar = new RecordingCalendar();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "convenor-outlook-"));
    await mkdir(join(dir, "harness"));
    await writeFile(join(dir, "taskpane.html"), builtPane);
    await writeFile(join(dir, "harness.html"), "<title>harness</title>");
    await writeFile(join(dir, "harness", "office-bridge.js"), "window.Office = undefined;");
    local = await serve({
      dir,
      signIn: { kind: "local" },
      harness: { calendar: calendar as unknown as CalendarPort },
    });
    production = await serve({
      dir,
      signIn: {
        kind: "naa",
        clientId: "client-1",
        tenantId: "tenant-1",
        scope: "api://x/client-1/access_as_user",
      },
    });
  });
  afterAll(async () => {
    local?.server.close();
    production?.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("tells the pane how to sign in: local personas, or nested app auth with the API's scope", async () => {
    await expect((await fetch(`${local.url}/config.json`)).json()).resolves.toEqual({
      signIn: { kind: "local" },
    });
    await expect((await fetch(`${production.url}/config.json`)).json()).resolves.toEqual({
      signIn: {
        kind: "naa",
        clientId: "client-1",
        tenantId: "tenant-1",
        scope: "api://x/client-1/access_as_user",
      },
    });
  });

  it("serves Microsoft's office.js in production and the harness's Office.js subset locally", async () => {
    const productionPage = await (await fetch(`${production.url}/taskpane.html`)).text();
    expect(productionPage).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const localPage = await (await fetch(`${local.url}/taskpane.html`)).text();
    expect(localPage).not.toContain("appsforoffice");
    expect(localPage).toContain('<script src="/outlook/harness/office-bridge.js"></script>');
    expect(localPage).toContain("/outlook/assets/taskpane.js");
  });

  it("has no harness outside local mode", async () => {
    expect((await fetch(`${local.url}/harness.html`)).status).toBe(200);
    expect((await fetch(`${production.url}/harness.html`)).status).toBe(404);
    expect((await fetch(`${production.url}/harness/office-bridge.js`)).status).toBe(404);
    const posted = await fetch(`${production.url}/harness/events`, { method: "POST" });
    expect(posted.status).toBe(404);
  });

  it("saves the harness's appointment once, then updates that event when it is sent", async () => {
    const appointment = {
      organiser: "morag.chalmers@convenor.test",
      draftId: "0b7a3f52-8a43-4c4e-9d38-3c1c3f0f2a11",
      eventId: null,
      subject: "ICSMG meeting",
      start: "2027-02-02T10:00:00.000Z",
      end: "2027-02-02T12:00:00.000Z",
      attendees: [{ displayName: "Sam Patel", emailAddress: "sam.patel@partner.example" }],
      bodyHtml: '<p>Agenda: <a href="http://x/tab/#/meetings/m-1">http://x/tab/#/meetings/m-1</a></p>',
      send: false,
    };
    const post = (body: object) =>
      fetch(`${local.url}/harness/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const saved = (await (await post(appointment)).json()) as { eventId: string };
    const again = (await (await post(appointment)).json()) as { eventId: string };
    expect(again.eventId).toBe(saved.eventId);
    const sent = await post({
      ...appointment,
      eventId: saved.eventId,
      subject: "ICSMG meeting (moved)",
      send: true,
    });
    expect(await sent.json()).toEqual({
      eventId: saved.eventId,
      joinUrl: "https://teams.test/join",
      sent: true,
    });
    expect(calendar.events.size).toBe(1);
    expect(calendar.events.get(saved.eventId)).toMatchObject({ subject: "ICSMG meeting (moved)" });

    const bad = await post({ ...appointment, organiser: "not an address", subject: "x".repeat(300) });
    expect(bad.status).toBe(400);
    expect(calendar.events.size).toBe(1);
  });
});
