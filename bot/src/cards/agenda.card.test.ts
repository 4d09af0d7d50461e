import { describe, expect, it } from "vitest";
import { agendaInvitationCard, agendaPublishedCard } from "./agenda.card.js";
import { cardProblems } from "./card-validation.test-support.js";

const base = {
  meetingId: "meeting-1",
  panelId: "panel-1",
  panelName: "North ISG",
  startsAt: "2026-03-05T10:00:00.000Z",
  endsAt: "2026-03-05T12:00:00.000Z",
  agendaPath: "/tab/#/meetings/meeting-1",
  updated: false,
  late: false,
};

describe("agenda cards", () => {
  it("are valid Adaptive Cards 1.5, with and without a link", () => {
    const counts = { items: 6, cases: 2, retrospective: 1, deferred: 0 };
    const cards = [
      agendaPublishedCard(
        { ...base, kind: "panel", counts },
        "https://convenor.example/tab/#/meetings/meeting-1",
      ),
      agendaPublishedCard({ ...base, kind: "member", counts, updated: true, late: true }, null),
      agendaInvitationCard(
        { ...base, kind: "invitation", items: [{ title: "ISG-2026-0001", slotMinutes: 15, position: 4 }] },
        "https://convenor.example/tab/#/meetings/meeting-1",
      ),
    ];
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it("say updated and late when the agenda changed after the deadline", () => {
    const card = JSON.stringify(
      agendaPublishedCard(
        {
          ...base,
          kind: "panel",
          counts: { items: 1, cases: 0, retrospective: 0, deferred: 0 },
          updated: true,
          late: true,
        },
        null,
      ),
    );
    expect(card).toContain("Agenda updated");
    expect(card).toContain("after the agenda deadline");
    expect(card).not.toContain("Action.OpenUrl");
  });

  it("keep a topic typed with markdown literal", () => {
    const card = JSON.stringify(
      agendaInvitationCard(
        {
          ...base,
          kind: "invitation",
          items: [{ title: "[x](http://evil)", slotMinutes: null, position: 1 }],
        },
        null,
      ),
    );
    expect(card).toContain("\\\\[x\\\\]\\\\(http://evil\\\\)");
  });
});
