import { describe, expect, it } from "vitest";
import type { SaveTrackerRatingsInput } from "../api/tracker-requests.js";
import { getTrackerCard } from "./get-tracker-card.js";
import { saveTrackerRatings } from "./save-tracker-ratings.js";
import { aTrackerScenario, anEntry, withCaseload, withEntries } from "./tracker-scenario.test-support.js";

const allGreen = {
  "missing-or-exploitation": "green",
  "education-employment-training": "green",
  "placement-permanency": "green",
  "youth-justice": "green",
  health: "green",
} as const;

async function scenario() {
  const s = aTrackerScenario();
  await withCaseload(s);
  // Ben is 13 until December: only Amy is on Wendy's November card.
  await withEntries(s, [anEntry("amy", "2026-10", ["missing-or-exploitation"])]);
  return s;
}

const input = (overrides: Partial<SaveTrackerRatingsInput> = {}): SaveTrackerRatingsInput => ({
  panelId: "hrp",
  month: "2026-11",
  submit: false,
  cardId: "card-0001",
  ratings: [],
  ...overrides,
});

describe("saveTrackerRatings", () => {
  it("saves part-way, keeps earlier choices, and submits only when every area is rated", async () => {
    const s = await scenario();
    const wendy = s.actor(s.people.wendy);
    const first = await saveTrackerRatings(
      s.deps,
      wendy,
      input({ ratings: [{ childId: "amy", areas: { health: "amber" } }] }),
    );
    expect(first.ok && first.value.card.youngPeople[0]).toMatchObject({
      childId: "amy",
      areas: { health: "amber", "youth-justice": null },
      complete: false,
      lastMonth: { "missing-or-exploitation": "red" },
    });

    const early = await saveTrackerRatings(s.deps, wendy, input({ submit: true, cardId: "card-0002" }));
    expect(early.ok && early.value.card.submitted).toBe(false);
    expect(early.ok && early.value.incomplete?.code).toBe("TRACKER.INCOMPLETE");
    expect(early.ok && early.value.incomplete?.message).toContain(
      "Amy Zephyr (Missing or exploitation, Education, employment or training, Placement permanency, Youth justice)",
    );

    const rest = { ...allGreen, health: undefined };
    delete rest.health;
    const submitted = await saveTrackerRatings(
      s.deps,
      wendy,
      input({ submit: true, cardId: "card-0003", ratings: [{ childId: "amy", areas: rest }] }),
    );
    expect(submitted.ok && submitted.value.card.submitted).toBe(true);
    const stored = await s.store.read((tx) => tx.ratings.entry("hrp", "amy", "2026-11"));
    expect(stored).toMatchObject({ complete: true, submittedAt: "2026-11-04T09:00:00.000Z" });
    expect(stored?.areas).toEqual({ ...allGreen, health: "amber" });
  });

  it("lists a young person red in the same area two months running on the next meeting, once", async () => {
    const s = await scenario();
    const wendy = s.actor(s.people.wendy);
    const areas = { ...allGreen, "missing-or-exploitation": "red" as const };
    const saved = await saveTrackerRatings(
      s.deps,
      wendy,
      input({ submit: true, ratings: [{ childId: "amy", areas }] }),
    );
    expect(saved.ok && saved.value.listed).toBe(1);
    const again = await saveTrackerRatings(
      s.deps,
      wendy,
      input({ submit: true, cardId: "card-0009", ratings: [{ childId: "amy", areas }] }),
    );
    expect(again.ok && again.value.listed).toBe(0);

    const agenda = await s.store.read((tx) => tx.agenda.listForMeeting("hrp-dec"));
    expect(agenda.map((item) => [item.source, item.childId])).toEqual([["red-list", "amy"]]);
    expect(agenda[0]!.title).toMatch(
      /^Tracker: red in Missing or exploitation, Oct and Nov 2026 \(YP-[0-9A-F]{6}\)$/,
    );
    expect(agenda[0]!.title).not.toContain("Amy");
    const record = await s.store.read((tx) => tx.agendaRecords.get("hrp-dec"));
    expect(record?.version).toBe(1);
  });

  it("does not list red in one area then red in another", async () => {
    const s = await scenario();
    const areas = { ...allGreen, health: "red" as const };
    const saved = await saveTrackerRatings(
      s.deps,
      s.actor(s.people.wendy),
      input({ submit: true, ratings: [{ childId: "amy", areas }] }),
    );
    expect(saved.ok && saved.value.listed).toBe(0);
  });

  it("counts a double click once", async () => {
    const s = await scenario();
    const wendy = s.actor(s.people.wendy);
    const click = input({ ratings: [{ childId: "amy", areas: { health: "red" } }] });
    const [one, two] = await Promise.all([
      saveTrackerRatings(s.deps, wendy, click),
      saveTrackerRatings(s.deps, wendy, click),
    ]);
    expect([one.ok && one.value.replayed, two.ok && two.value.replayed].sort()).toEqual([false, true]);
    const audit = await s.store.read((tx) => tx.audit.list({ childId: "amy" }));
    expect(audit.filter((entry) => entry.action === "tracker.saved")).toHaveLength(1);
  });

  it("refuses another worker's young person, a closed month and someone with no caseload", async () => {
    const s = await scenario();
    const sol = await saveTrackerRatings(
      s.deps,
      s.actor(s.people.sol),
      input({ ratings: [{ childId: "amy", areas: { health: "red" } }] }),
    );
    const closed = await saveTrackerRatings(s.deps, s.actor(s.people.wendy), input({ month: "2026-10" }));
    const member = await saveTrackerRatings(s.deps, s.actor(s.people.member), input());
    const young = await saveTrackerRatings(
      s.deps,
      s.actor(s.people.wendy),
      input({ ratings: [{ childId: "ben", areas: { health: "red" } }] }),
    );
    expect(!sol.ok && sol.error.code).toBe("TRACKER.NOT_YOUR_YOUNG_PERSON");
    expect(!closed.ok && closed.error.code).toBe("TRACKER.MONTH_NOT_OPEN");
    expect(!member.ok && member.error.code).toBe("NOT_FOUND");
    expect(!young.ok && young.error.code).toBe("TRACKER.NOT_YOUR_YOUNG_PERSON");
    expect(await s.store.read((tx) => tx.ratings.entry("hrp", "amy", "2026-11"))).toBeNull();
  });

  it("refuses a value out of range even when the edge let it through", async () => {
    const s = await scenario();
    const bad = input({ ratings: [{ childId: "amy", areas: { health: "purple" as "red" } }] });
    const result = await saveTrackerRatings(s.deps, s.actor(s.people.wendy), bad);
    expect(!result.ok && result.error.code).toBe("VALIDATION.FAILED");
  });
});

describe("getTrackerCard", () => {
  it("shows the worker their eligible young people with last month's rating, audited", async () => {
    const s = await scenario();
    const card = await getTrackerCard(s.deps, s.actor(s.people.wendy), { panelId: "hrp" });
    if (!card.ok) throw new Error(card.error.message);
    expect(card.value.month).toBe("2026-11");
    expect(card.value.youngPeople.map((child) => child.displayName)).toEqual(["Amy Zephyr"]);
    const audit = await s.store.read((tx) => tx.audit.list({ childId: "amy" }));
    expect(audit.map((entry) => entry.action)).toEqual(["tracker.card-viewed"]);
  });
});
