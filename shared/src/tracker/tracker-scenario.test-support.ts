import type { Actor } from "../model/actor.js";
import type { Rag, RagArea } from "../model/rating.js";
import { ragAreas } from "../model/rating.js";
import type { TrackerEntry } from "../model/tracker.js";
import { aChild, aMeeting, aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/**
 * A High Risk Panel on 4 November 2026 (the open month is 2026-11): a chair, a coordinator, a member, two
 * social workers with no panel role (Wendy rates Amy and Ben, Sol rates Cal), a stranger, and two planned
 * meetings (8 December 2026 and 9 February 2027).
 */
export function aTrackerScenario() {
  const panel = aPanel("cic-hrp", { id: "hrp", name: "CiC High Risk Panel" });
  const otherPanel = aPanel("isg", { id: "isg" });
  const people = {
    chair: aPerson({ id: "chair", displayName: "Helen Chair" }),
    coordinator: aPerson({ id: "coord", displayName: "Iain Coordinator" }),
    member: aPerson({ id: "member", displayName: "Pat Police" }),
    wendy: aPerson({ id: "wendy", displayName: "Wendy Worker", email: "wendy@example.test" }),
    sol: aPerson({ id: "sol", displayName: "Sol Worker", email: "sol@example.test" }),
    stranger: aPerson({ id: "stranger", displayName: "Sam Stranger" }),
  };
  const children = {
    amy: aChild({
      id: "amy",
      givenName: "Amy",
      familyName: "Zephyr",
      dateOfBirth: "2010-03-14",
      lookedAfter: true,
    }),
    ben: aChild({
      id: "ben",
      givenName: "Ben",
      familyName: "Young",
      dateOfBirth: "2012-12-02",
      lookedAfter: true,
    }),
    cal: aChild({
      id: "cal",
      givenName: "Cal",
      familyName: "Xavier",
      dateOfBirth: "2009-06-30",
      lookedAfter: true,
    }),
  };
  const meetings = {
    december: aMeeting(panel, "2026-12-08T10:00:00Z", { id: "hrp-dec" }),
    february: aMeeting(panel, "2027-02-09T10:00:00Z", { id: "hrp-feb" }),
  };
  const store = new InMemoryStore({
    people: Object.values(people),
    panels: [panel, otherPanel],
    memberships: [
      aMembership(panel, people.chair, ["chair"]),
      aMembership(panel, people.coordinator, ["coordinator"]),
      aMembership(panel, people.member, ["member"], { agency: "police" }),
      aMembership(otherPanel, people.stranger, ["member"]),
    ],
    children: Object.values(children),
    meetings: Object.values(meetings),
  });
  const clock = new FixedClock("2026-11-04T09:00:00Z");
  const deps: UseCaseDeps = { store, clock, newId: sequentialIds() };
  const actor = (person: { id: string }): Actor => ({
    personId: person.id,
    channel: "test",
    origin: null,
    correlationId: null,
  });
  return { panel, otherPanel, people, children, meetings, store, clock, deps, actor };
}

export type TrackerScenario = ReturnType<typeof aTrackerScenario>;

/** Puts Amy and Ben on Wendy's caseload and Cal on Sol's. */
export async function withCaseload(s: TrackerScenario): Promise<void> {
  await s.store.transaction(async (tx) => {
    await tx.caseload.upsert({ panelId: s.panel.id, childId: "amy", workerId: "wendy", team: "CiC Team 1" });
    await tx.caseload.upsert({ panelId: s.panel.id, childId: "ben", workerId: "wendy", team: "CiC Team 1" });
    await tx.caseload.upsert({ panelId: s.panel.id, childId: "cal", workerId: "sol", team: "Locality" });
  });
}

/** A complete entry, green except the areas named red. */
export function anEntry(
  childId: string,
  month: string,
  reds: RagArea[] = [],
  overrides: Partial<TrackerEntry> = {},
): TrackerEntry {
  const areas = Object.fromEntries(
    ragAreas.map((area) => [area, reds.includes(area) ? "red" : "green"]),
  ) as Record<RagArea, Rag>;
  return {
    panelId: "hrp",
    childId,
    month,
    ratedById: "wendy",
    areas,
    complete: true,
    submittedAt: `${month}-20T10:00:00.000Z`,
    ...overrides,
  };
}

export async function withEntries(s: TrackerScenario, entries: TrackerEntry[]): Promise<void> {
  await s.store.transaction(async (tx) => {
    for (const entry of entries) await tx.ratings.upsertEntry(entry);
  });
}
