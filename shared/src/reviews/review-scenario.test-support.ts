import type { Actor } from "../model/actor.js";
import type { CinPlan } from "../model/cin-review.js";
import { aChild, aMeeting, aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/**
 * A CIN review panel on 4 November 2026: a chair, a coordinator, a member, a social worker named on plans (no
 * panel role), a stranger (member of another panel), and three plans: Amy's review was due 1 November
 * (overdue), Ben's plan started October 2025 (past twelve months), Cal's too but it records the need for
 * longer support. With `meeting`, one meeting is planned, on 8 December 2026.
 */
export async function aReviewScenario(options: { meeting?: boolean } = {}) {
  const panel = aPanel("cin-review", { id: "cin", name: "CIN review panel" });
  const otherPanel = aPanel("isg", { id: "isg" });
  const people = {
    chair: aPerson({ id: "chair", displayName: "Helen Chair" }),
    coordinator: aPerson({ id: "coord", displayName: "Iain Coordinator" }),
    member: aPerson({ id: "member", displayName: "Hana Health" }),
    worker: aPerson({ id: "worker", displayName: "Wendy Worker" }),
    stranger: aPerson({ id: "stranger", displayName: "Sam Stranger" }),
  };
  const children = {
    amy: aChild({ id: "amy", givenName: "Amy", familyName: "Zephyr", dateOfBirth: "2015-03-14" }),
    ben: aChild({ id: "ben", givenName: "Ben", familyName: "Young", dateOfBirth: "2013-12-02" }),
    cal: aChild({ id: "cal", givenName: "Cal", familyName: "Xavier", dateOfBirth: "2018-06-30" }),
  };
  const meeting = aMeeting(panel, "2026-12-08T10:00:00Z", { id: "cin-dec" });
  const store = new InMemoryStore({
    people: Object.values(people),
    panels: [panel, otherPanel],
    memberships: [
      aMembership(panel, people.chair, ["chair"]),
      aMembership(panel, people.coordinator, ["coordinator"]),
      aMembership(panel, people.member, ["member"], { agency: "health" }),
      aMembership(otherPanel, people.stranger, ["member"]),
    ],
    children: Object.values(children),
    meetings: options.meeting ? [meeting] : [],
  });
  const clock = new FixedClock("2026-11-04T09:00:00Z");
  const deps: UseCaseDeps = { store, clock, newId: sequentialIds() };
  const actor = (person: { id: string }): Actor => ({
    personId: person.id,
    channel: "test",
    origin: null,
    correlationId: null,
  });
  const plan = (overrides: Partial<CinPlan> & Pick<CinPlan, "id" | "childId">): CinPlan => ({
    panelId: panel.id,
    startedOn: "2026-06-01",
    longerSupport: false,
    namedPersonIds: [people.worker.id, people.member.id],
    lastReviewedOn: null,
    nextReviewDue: "2026-12-01",
    state: "open",
    version: 1,
    ...overrides,
  });
  const plans = {
    amy: plan({ id: "plan-amy", childId: "amy", lastReviewedOn: "2026-08-01", nextReviewDue: "2026-11-01" }),
    ben: plan({ id: "plan-ben", childId: "ben", startedOn: "2025-10-01", lastReviewedOn: "2026-09-01" }),
    cal: plan({ id: "plan-cal", childId: "cal", startedOn: "2025-09-01", longerSupport: true }),
  };
  await store.transaction(async (tx) => {
    for (const p of Object.values(plans)) await tx.cinReviews.insertPlan(p);
  });
  return { panel, otherPanel, people, children, meeting, plans, store, clock, deps, actor };
}
