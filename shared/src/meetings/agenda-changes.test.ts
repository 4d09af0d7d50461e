import { describe, expect, it } from "vitest";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { addAgendaItem } from "./add-agenda-item.js";
import { anAcceptedReferral, builtAgenda } from "./meeting-scenario.test-support.js";
import { moveAgendaItem } from "./move-agenda-item.js";
import { reorderAgenda } from "./reorder-agenda.js";
import { updateAgendaItem } from "./update-agenda-item.js";

async function twoCaseAgenda() {
  const s = aReferralScenario("isg");
  const first = await anAcceptedReferral(s);
  const second = await anAcceptedReferral(s);
  const agenda = await builtAgenda(s);
  return { s, first, second, agenda };
}

describe("reorderAgenda", () => {
  it("puts the items in the chair's order", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const ids = agenda.items.map((item) => item.id);
    const reversed = [...ids].reverse();

    const result = await reorderAgenda(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemIds: reversed,
    });

    expect(result.ok && result.value.items.map((item) => [item.id, item.position])).toEqual(
      reversed.map((id, index) => [id, index + 1]),
    );
  });

  it("of two chairs reordering the same version at once, the second is refused and positions stay whole", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const ids = agenda.items.map((item) => item.id);
    const [a, b] = await Promise.all([
      reorderAgenda(s.deps, s.actor(s.people.chair), {
        meetingId: "meeting-mar",
        version: agenda.version,
        itemIds: [...ids].reverse(),
      }),
      reorderAgenda(s.deps, s.actor(s.people.coordinator), {
        meetingId: "meeting-mar",
        version: agenda.version,
        itemIds: [ids[1]!, ids[0]!, ...ids.slice(2)],
      }),
    ]);

    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(!b.ok && b.error.code).toBe("CONCURRENCY.CONFLICT");
    const positions = s.store
      .contents()
      .agenda.filter((item) => item.meetingId === "meeting-mar")
      .map((item) => item.position)
      .sort((x, y) => x - y);
    expect(positions).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("refuses an order that leaves out or repeats an item", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const ids = agenda.items.map((item) => item.id);
    const result = await reorderAgenda(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemIds: [ids[0]!, ids[0]!, ...ids.slice(2)],
    });
    expect(!result.ok && result.error.code).toBe("AGENDA.ORDER_MISMATCH");
  });

  it("is refused to a member", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const result = await reorderAgenda(s.deps, s.actor(s.people.member), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemIds: agenda.items.map((item) => item.id),
    });
    expect(!result.ok && result.error.code).toBe("AUTH.FORBIDDEN");
  });
});

describe("updateAgendaItem", () => {
  it("sets the slot, the presenter and the invitees", async () => {
    const { s, first, agenda } = await twoCaseAgenda();
    const item = agenda.items.find((i) => i.reference === first.reference)!;

    const result = await updateAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemId: item.id,
      slotMinutes: null,
      presenterId: "member",
      invitedPersonIds: ["outsider"],
    });

    expect(result.ok && result.value.items.find((i) => i.id === item.id)).toMatchObject({
      slotMinutes: null,
      presenter: { id: "member", displayName: "Mhairi Member" },
      invitees: [{ id: "outsider", displayName: "Oscar Outsider" }],
    });
  });

  it("refuses an unknown person, changing nothing", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const item = agenda.items[3]!;
    const result = await updateAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemId: item.id,
      slotMinutes: 30,
      invitedPersonIds: ["nobody"],
    });
    expect(!result.ok && result.error.code).toBe("AGENDA.UNKNOWN_PERSON");
    const stored = s.store.contents().agenda.find((i) => i.id === item.id);
    expect(stored?.slotMinutes).toBe(15);
  });

  it("refuses a change made on a version someone else has changed since", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const change = (slotMinutes: number) =>
      updateAgendaItem(s.deps, s.actor(s.people.chair), {
        meetingId: "meeting-mar",
        version: agenda.version,
        itemId: agenda.items[3]!.id,
        slotMinutes,
      });
    expect((await change(20)).ok).toBe(true);
    const stale = await change(25);
    expect(!stale.ok && stale.error.code).toBe("CONCURRENCY.CONFLICT");
  });
});

describe("moveAgendaItem", () => {
  it("moves a case, with its referral, to another meeting of the panel, before its any other business", async () => {
    const { s, first, agenda } = await twoCaseAgenda();
    const feb = await builtAgenda(s, "meeting-feb");
    const item = agenda.items.find((i) => i.reference === first.reference)!;

    const result = await moveAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemId: item.id,
      toMeetingId: "meeting-feb",
    });

    expect(result.ok && result.value.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    const febItems = s.store
      .contents()
      .agenda.filter((i) => i.meetingId === "meeting-feb")
      .sort((x, y) => x.position - y.position);
    expect(febItems.map((i) => i.title)).toEqual([
      ...feb.items.slice(0, 3).map((i) => i.title),
      first.reference,
      "Any other business",
    ]);
    expect(s.store.contents().referrals.find((r) => r.id === first.id)?.meetingId).toBe("meeting-feb");
  });

  it("refuses a meeting of another panel, a past one, or the same one", async () => {
    const { s, agenda } = await twoCaseAgenda();
    await s.store.transaction((tx) =>
      tx.meetings.insert({ ...s.meetings[1]!, id: "meeting-past", startsAt: "2026-01-05T10:00:00.000Z" }),
    );
    for (const toMeetingId of ["meeting-past", "meeting-mar", "no-such-meeting"]) {
      const result = await moveAgendaItem(s.deps, s.actor(s.people.chair), {
        meetingId: "meeting-mar",
        version: agenda.version,
        itemId: agenda.items[3]!.id,
        toMeetingId,
      });
      expect(!result.ok && result.error.code).toBe("AGENDA.MOVE_TARGET_INVALID");
    }
  });
});

describe("addAgendaItem", () => {
  it("adds a topic before any other business", async () => {
    const { s, agenda } = await twoCaseAgenda();
    const result = await addAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      kind: "topic",
      title: "Trends and unmet need",
      slotMinutes: 10,
    });
    expect(result.ok && result.value.items.slice(-2).map((i) => [i.title, i.slotMinutes])).toEqual([
      ["Trends and unmet need", 10],
      ["Any other business", null],
    ]);
  });

  it("lists an accepted referral of the panel, and refuses it a second time", async () => {
    const s = aReferralScenario("isg");
    const referral = await anAcceptedReferral(s);
    const add = (version: number) =>
      addAgendaItem(s.deps, s.actor(s.people.chair), {
        meetingId: "meeting-feb",
        version,
        kind: "referral",
        referralId: referral.id,
        invitedPersonIds: ["outsider"],
      });

    const added = await add(0);
    const again = await add(1);

    expect(added.ok && added.value.items).toMatchObject([
      { reference: referral.reference, invitees: [{ id: "outsider" }], slotMinutes: 15 },
    ]);
    expect(!again.ok && again.error.code).toBe("AGENDA.ALREADY_LISTED");
  });
});

describe("a meeting no longer planned", () => {
  it("keeps its agenda closed to changes", async () => {
    const { s, agenda } = await twoCaseAgenda();
    await s.store.transaction((tx) => tx.meetings.update({ ...s.meetings[1]!, state: "cancelled" }));

    const result = await reorderAgenda(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version,
      itemIds: agenda.items.map((item) => item.id).reverse(),
    });

    expect(!result.ok && result.error.code).toBe("MEETING.NOT_PLANNED");
    const stored = s.store.contents().agenda.filter((item) => item.meetingId === "meeting-mar");
    expect(stored.map((item) => item.id).sort()).toEqual(agenda.items.map((item) => item.id).sort());
  });
});
