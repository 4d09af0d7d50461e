import { describe, expect, it } from "vitest";
import type { OutboxMessage } from "../model/audit.js";
import { aMeetingScenario, anAcceptedReferral, builtAgenda } from "./meeting-scenario.test-support.js";
import { publishAgenda } from "./publish-agenda.js";
import { updateAgendaItem } from "./update-agenda-item.js";

const agendaMessages = (messages: OutboxMessage[]) => messages.filter((m) => m.kind.startsWith("agenda."));

async function readyToPublish() {
  const s = await aMeetingScenario("icsmg");
  await anAcceptedReferral(s);
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
  s.clock.set("2026-02-20T09:00:00.000Z");
  return { s, second, agenda: invited.value };
}

describe("publishAgenda", () => {
  it("posts counts, the date and a link to the panel chat, tells each member, and each invitee their item only", async () => {
    const { s, second } = await readyToPublish();

    const result = await publishAgenda(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });

    expect(result.ok && result.value).toMatchObject({ sent: true, updated: false, late: false });
    const messages = agendaMessages(s.store.contents().outbox);
    expect(messages.map((m) => [m.kind, m.recipient])).toEqual([
      ["agenda.published", `panel:${s.panel.id}`],
      ["agenda.member", "person:chair"],
      ["agenda.member", "person:coordinator"],
      ["agenda.member", "person:member"],
      ["agenda.invitation", "person:invitee"],
      ["agenda.invitation", "person:referrer"],
    ]);
    expect(messages[0]!.payload).toMatchObject({
      meetingId: "meeting-mar",
      startsAt: "2026-03-05T10:00:00.000Z",
      counts: { items: 6, cases: 2 },
      agendaPath: "/tab/#/meetings/meeting-mar",
      updated: false,
    });
    expect(JSON.stringify(messages[0]!.payload)).not.toMatch(/Morag|Example|2013|ICSMG-2026/);
    expect(messages[4]!.payload.items).toEqual([{ title: second.reference, slotMinutes: null, position: 5 }]);
  });

  it("sends nothing when published again unchanged, and says updated when the agenda changed", async () => {
    const { s, agenda } = await readyToPublish();
    const chair = s.actor(s.people.chair);
    await publishAgenda(s.deps, chair, { meetingId: "meeting-mar" });
    const sentOnce = agendaMessages(s.store.contents().outbox).length;

    const repeat = await publishAgenda(s.deps, chair, { meetingId: "meeting-mar" });
    expect(repeat.ok && repeat.value.sent).toBe(false);
    expect(agendaMessages(s.store.contents().outbox)).toHaveLength(sentOnce);

    await updateAgendaItem(s.deps, chair, {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemId: agenda.items[3]!.id,
      slotMinutes: 20,
    });
    const changed = await publishAgenda(s.deps, chair, { meetingId: "meeting-mar" });
    expect(changed.ok && changed.value).toMatchObject({ sent: true, updated: true });
    const panelCards = agendaMessages(s.store.contents().outbox).filter((m) => m.kind === "agenda.published");
    expect(panelCards.map((m) => m.payload.updated)).toEqual([false, true]);
  });

  it("is marked late after the agenda deadline", async () => {
    const { s } = await readyToPublish();
    s.clock.set("2026-02-27T09:00:00.000Z");
    const result = await publishAgenda(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
    expect(result.ok && result.value.late).toBe(true);
    expect(agendaMessages(s.store.contents().outbox)[0]!.payload.late).toBe(true);
  });

  it("is refused to a member", async () => {
    const { s } = await readyToPublish();
    const result = await publishAgenda(s.deps, s.actor(s.people.member), { meetingId: "meeting-mar" });
    expect(!result.ok && result.error.code).toBe("AUTH.FORBIDDEN");
    expect(agendaMessages(s.store.contents().outbox)).toEqual([]);
  });
});
