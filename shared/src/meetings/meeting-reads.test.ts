import { describe, expect, it } from "vitest";
import { getMeeting } from "./get-meeting.js";
import { listPanelMeetings } from "./list-panel-meetings.js";
import { aMeetingScenario, anAcceptedReferral, builtAgenda } from "./meeting-scenario.test-support.js";
import { publishAgenda } from "./publish-agenda.js";
import { updateAgendaItem } from "./update-agenda-item.js";

async function agendaWithAnInvitee() {
  const s = await aMeetingScenario("icsmg");
  const first = await anAcceptedReferral(s);
  const second = await anAcceptedReferral(s);
  const agenda = await builtAgenda(s);
  const item = agenda.items.find((i) => i.reference === second.reference)!;
  const invited = await updateAgendaItem(s.deps, s.actor(s.people.chair), {
    meetingId: "meeting-mar",
    version: agenda.version,
    itemId: item.id,
    invitedPersonIds: [s.invitee.id],
  });
  if (!invited.ok) throw new Error(invited.error.message);
  return { s, first, second };
}

async function published(s: Awaited<ReturnType<typeof aMeetingScenario>>) {
  const done = await publishAgenda(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
  if (!done.ok) throw new Error(done.error.message);
}

describe("listPanelMeetings", () => {
  it("shows members every meeting of their panel, soonest first", async () => {
    const s = await aMeetingScenario();
    const result = await listPanelMeetings(s.deps, s.actor(s.people.member), { panelId: s.panel.id });
    expect(result.ok && result.value.meetings.map((m) => [m.id, m.panelName])).toEqual([
      ["meeting-feb", s.panel.name],
      ["meeting-mar", s.panel.name],
    ]);
  });

  it("shows an invitee only the meeting they are invited to, and refuses someone with no part in the panel", async () => {
    const { s } = await agendaWithAnInvitee();
    const invitee = await listPanelMeetings(s.deps, s.actor(s.invitee), { panelId: s.panel.id });
    const outsider = await listPanelMeetings(s.deps, s.actor(s.people.outsider), { panelId: s.panel.id });
    expect(invitee.ok && invitee.value.meetings.map((m) => m.id)).toEqual(["meeting-mar"]);
    expect(!outsider.ok && outsider.error.code).toBe("AUTH.FORBIDDEN");
  });
});

describe("getMeeting", () => {
  it("keeps an agenda not yet published to the chair and coordinators: members and invitees see no items", async () => {
    const { s } = await agendaWithAnInvitee();
    const chair = await getMeeting(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
    const member = await getMeeting(s.deps, s.actor(s.people.member), { meetingId: "meeting-mar" });
    const invitee = await getMeeting(s.deps, s.actor(s.invitee), { meetingId: "meeting-mar" });
    expect(chair.ok && chair.value.agenda.items).toHaveLength(6);
    expect(member.ok && member.value.agenda).toMatchObject({ publishedAt: null, items: [] });
    expect(invitee.ok && invitee.value.agenda).toMatchObject({ publishedAt: null, items: [] });
  });

  it("gives members the whole published agenda and the deadlines with their state", async () => {
    const { s } = await agendaWithAnInvitee();
    await published(s);
    const result = await getMeeting(s.deps, s.actor(s.people.member), { meetingId: "meeting-mar" });

    expect(result.ok && result.value.agenda).toMatchObject({ scope: "panel" });
    expect(result.ok && result.value.agenda.publishedAt).toBeTruthy();
    expect(result.ok && result.value.agenda.items).toHaveLength(6);
    expect(result.ok && result.value.canManage).toBe(false);
    // ICSMG: agenda out 5 working days before Thursday 5 March (published today, so met), papers 3.
    expect(result.ok && result.value.deadlines).toEqual([
      { kind: "referral", label: "Child's Plan due", date: "2026-02-25", state: "due" },
      { kind: "agenda", label: "Agenda out", date: "2026-02-26", state: "met" },
      { kind: "papers", label: "Papers out", date: "2026-03-02", state: "due" },
    ]);
  });

  it("gives an invitee their item only, never case detail", async () => {
    const { s, second } = await agendaWithAnInvitee();
    await published(s);
    const result = await getMeeting(s.deps, s.actor(s.invitee), { meetingId: "meeting-mar" });

    expect(result.ok && result.value.agenda.scope).toBe("invitee");
    expect(result.ok && result.value.agenda.items.map((i) => i.reference)).toEqual([second.reference]);
    expect(JSON.stringify(result)).not.toMatch(/Morag|Example|2013-05-14|Northfield/);
  });

  it("answers an unknown meeting and another panel's meeting alike", async () => {
    const { s } = await agendaWithAnInvitee();
    const foreign = await getMeeting(s.deps, s.actor(s.people.outsider), { meetingId: "meeting-mar" });
    const unknown = await getMeeting(s.deps, s.actor(s.people.member), { meetingId: "nope" });
    expect(!foreign.ok && foreign.error).toEqual(!unknown.ok && unknown.error);
    expect(!foreign.ok && foreign.error.code).toBe("MEETING.NOT_FOUND");
  });

  it("shows the agenda deadline met when published by it, and late when not", async () => {
    const { s } = await agendaWithAnInvitee();
    const agendaState = async () => {
      const read = await getMeeting(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
      return read.ok ? read.value.deadlines.find((d) => d.kind === "agenda")?.state : null;
    };
    s.clock.set("2026-02-27T09:00:00.000Z");
    expect(await agendaState()).toBe("late");
    s.clock.set("2026-02-26T09:00:00.000Z");
    await publishAgenda(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
    s.clock.set("2026-02-27T09:00:00.000Z");
    expect(await agendaState()).toBe("met");
  });
});
