import { describe, expect, it } from "vitest";
import type { AgendaItemView, AgendaView, MeetingSummaryView, PublishAgendaView } from "@convenor/shared";
import { ApiError } from "../api/api-error.js";
import {
  builtMessage,
  isStaleAgenda,
  meetingWhen,
  movedOrder,
  moveTargets,
  paperRefusal,
  parseSlotMinutes,
  parseTopicTitle,
  publishedMessage,
} from "./agenda-messages.js";

const item = (id: string, position: number): AgendaItemView => ({
  id,
  position,
  source: "standing",
  title: `Item ${id}`,
  reference: null,
  slotMinutes: null,
  presenter: null,
  invitees: [],
  papers: [],
});

const agenda = (count: number): AgendaView => ({
  meetingId: "m-1",
  version: 1,
  publishedAt: null,
  changedSincePublished: false,
  scope: "panel",
  items: Array.from({ length: count }, (_, i) => item(`i${i + 1}`, i + 1)),
});

const published = (answer: Partial<PublishAgendaView>): PublishAgendaView => ({
  agenda: agenda(1),
  sent: true,
  updated: false,
  late: false,
  ...answer,
});

describe("what the chair is told about the agenda", () => {
  it("counts the items a build added, and says when there was nothing new", () => {
    expect(builtMessage(agenda(0), agenda(5))).toBe("Agenda built: 5 items added, 5 items in all.");
    expect(builtMessage(agenda(5), agenda(6))).toBe("Agenda built: 1 item added, 6 items in all.");
    expect(builtMessage(agenda(6), agenda(6))).toBe("Agenda built: nothing new to add, it is up to date.");
  });

  it("says whether publishing sent the agenda, an update, or nothing, and when it was late", () => {
    expect(publishedMessage(published({}))).toBe(
      "Agenda published: the panel and invitees have been sent it.",
    );
    expect(publishedMessage(published({ updated: true }))).toMatch(/^Updated agenda published/);
    expect(publishedMessage(published({ sent: false }))).toBe(
      "Nothing sent: the agenda has not changed since it was published.",
    );
    expect(publishedMessage(published({ late: true }))).toMatch(
      /It is late: the agenda deadline has passed\.$/,
    );
  });
});

describe("moving an item", () => {
  const items = [item("c", 3), item("a", 1), item("b", 2)];

  it("swaps it with its neighbour in agenda order", () => {
    expect(movedOrder(items, "b", -1)).toEqual(["b", "a", "c"]);
    expect(movedOrder(items, "b", 1)).toEqual(["a", "c", "b"]);
  });

  it("cannot move the first item up, the last down, or an item that is gone", () => {
    expect(movedOrder(items, "a", -1)).toBeNull();
    expect(movedOrder(items, "c", 1)).toBeNull();
    expect(movedOrder(items, "gone", 1)).toBeNull();
  });
});

describe("moving an item to another meeting", () => {
  const meeting = (id: string, startsAt: string, state: MeetingSummaryView["state"] = "planned") => ({
    id,
    panelId: "panel-1",
    panelName: "Panel",
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 90 * 60_000).toISOString(),
    state,
    joinUrl: null,
  });
  const now = new Date("2026-03-01T12:00:00Z");

  it("offers the panel's other planned meetings still to come, soonest first", () => {
    const meetings = [
      meeting("later", "2026-05-05T09:00:00Z"),
      meeting("this", "2026-03-10T10:00:00Z"),
      meeting("held", "2026-02-03T10:00:00Z", "held"),
      meeting("past-planned", "2026-02-24T10:00:00Z"),
      meeting("cancelled", "2026-04-07T09:00:00Z", "cancelled"),
      meeting("pending", "2026-04-14T09:00:00Z", "pending"),
      meeting("next", "2026-04-21T09:00:00Z"),
    ];
    expect(moveTargets(meetings, "this", now).map((target) => target.id)).toEqual(["next", "later"]);
  });

  it("names a meeting by its day and UK times", () => {
    // The weekday is punctuated as the browser's locale data has it.
    expect(meetingWhen(meeting("next", "2026-04-21T09:00:00Z"))).toMatch(/^Tue,? 21 Apr 2026, 10:00–11:30$/);
  });
});

describe("input checked before it is sent", () => {
  it("refuses a paper the server would refuse, with the server's words", () => {
    expect(paperRefusal({ name: "report.pdf", size: 1000 })).toBeNull();
    expect(paperRefusal({ name: "report.pdf", size: 25 * 1024 * 1024 + 1 })?.code).toBe("PAPER.TOO_LARGE");
    const wrongType = paperRefusal({ name: "run-me.exe", size: 10 });
    expect(wrongType?.code).toBe("PAPER.TYPE_NOT_ALLOWED");
    expect(wrongType?.userMessage).toContain("PDF, DOCX, DOC, XLSX, PPTX, TXT, PNG, JPG");
    expect(paperRefusal({ name: "empty.txt", size: 0 })?.code).toBe("PAPER.EMPTY");
  });

  it("reads a time slot as whole minutes within the limit, empty as no slot", () => {
    expect(parseSlotMinutes(" 15 ")).toEqual({ minutes: 15 });
    expect(parseSlotMinutes("")).toEqual({ minutes: null });
    expect(parseSlotMinutes("0")).toEqual({ minutes: 0 });
    for (const bad of ["-5", "7.5", "481", "ten"]) expect(parseSlotMinutes(bad)).toHaveProperty("problem");
  });

  it("needs a topic of at most 120 characters", () => {
    expect(parseTopicTitle("  Training dates ")).toEqual({ title: "Training dates" });
    expect(parseTopicTitle("   ")).toEqual({ problem: "Enter the topic." });
    expect(parseTopicTitle("x".repeat(121))).toHaveProperty("problem");
  });
});

describe("a stale agenda", () => {
  it("is a conflict or an order that no longer matches, not any other failure", () => {
    expect(isStaleAgenda(new ApiError("CONCURRENCY.CONFLICT", "", 409))).toBe(true);
    expect(isStaleAgenda(new ApiError("AGENDA.ORDER_MISMATCH", "", 409))).toBe(true);
    expect(isStaleAgenda(new ApiError("AUTH.FORBIDDEN", "", 403))).toBe(false);
    expect(isStaleAgenda(new Error("CONCURRENCY.CONFLICT"))).toBe(false);
  });
});
