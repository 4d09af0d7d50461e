import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel, PresetKey } from "../model/panel.js";
import type { Person } from "../model/people.js";
import type { Referral } from "../model/referral.js";
import { fileReferral } from "../referrals/file-referral.js";
import { screenReferral } from "../referrals/screen-referral.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { aMeeting, aMembership, aPanel, aPerson } from "./builders.js";
import { FixedClock, sequentialIds } from "./fixed-clock.js";
import { InMemoryStore } from "./in-memory-store.js";
import { aValidReferralForm } from "./referral-form.builder.js";

export interface ReferralScenario {
  store: InMemoryStore;
  clock: FixedClock;
  deps: UseCaseDeps;
  panel: Panel;
  people: Record<"referrer" | "chair" | "coordinator" | "member" | "authoriser" | "outsider", Person>;
  /** Planned meetings, soonest first: the first is too close for new referrals, the second still open. */
  meetings: Meeting[];
  actor(person: Person): Actor;
}

/**
 * One panel with a person in each role and two planned meetings, at Monday 2 February 2026 09:00 UTC.
 * For ISG (5 working days' paperwork deadline): 5 February is closed to new referrals, 5 March is open.
 */
export function aReferralScenario(preset: PresetKey = "isg"): ReferralScenario {
  const clock = new FixedClock("2026-02-02T09:00:00.000Z");
  const panel = aPanel(preset, { id: `panel-${preset}` });
  const people = {
    referrer: aPerson({ id: "referrer", displayName: "Rhona Referrer" }),
    chair: aPerson({ id: "chair", displayName: "Callum Chair" }),
    coordinator: aPerson({ id: "coordinator", displayName: "Cara Coordinator" }),
    member: aPerson({ id: "member", displayName: "Mhairi Member", agency: "health" }),
    authoriser: aPerson({ id: "authoriser", displayName: "Ailsa Authoriser", agency: "social-work" }),
    outsider: aPerson({ id: "outsider", displayName: "Oscar Outsider" }),
  };
  const meetings = [
    aMeeting(panel, "2026-02-05T10:00:00.000Z", { id: "meeting-feb" }),
    aMeeting(panel, "2026-03-05T10:00:00.000Z", { id: "meeting-mar" }),
  ];
  const store = new InMemoryStore({
    people: Object.values(people),
    panels: [panel],
    memberships: [
      aMembership(panel, people.referrer, ["referrer"]),
      aMembership(panel, people.chair, ["chair"]),
      aMembership(panel, people.coordinator, ["coordinator"]),
      aMembership(panel, people.member, ["member"], { agency: "health" }),
      aMembership(panel, people.authoriser, ["emergency-authoriser"], { agency: "social-work" }),
    ],
    meetings,
  });
  return {
    store,
    clock,
    deps: { store, clock, newId: sequentialIds() },
    panel,
    people,
    meetings,
    actor: (person) => ({
      personId: person.id,
      channel: "bot",
      origin: "conversation-1",
      correlationId: `corr-${person.id}`,
    }),
  };
}

let keys = 0;
const nextKey = (prefix: string) => `${prefix}-${(keys += 1)}`;

/** A referral filed by the scenario's referrer with a valid form for the panel (and `overrides`). */
export async function aFiledReferral(
  s: ReferralScenario,
  overrides: Record<string, unknown> = {},
): Promise<Referral> {
  const filed = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: nextKey("file"),
    mode: "submit",
    form: aValidReferralForm(s.panel.preset, overrides),
  });
  if (!filed.ok) throw new Error(filed.error.message);
  return filed.value.referral;
}

/** Returns a submitted referral to its referrer with the chair's `question`. */
export async function returnToReferrer(
  s: ReferralScenario,
  referralId: string,
  question: string,
): Promise<void> {
  const returned = await screenReferral(s.deps, s.actor(s.people.chair), {
    referralId,
    idempotencyKey: nextKey("screen"),
    decision: { kind: "return", question },
  });
  if (!returned.ok) throw new Error(returned.error.message);
}

/** A referral filed by the referrer and returned by the chair with `question`, as it was filed. */
export async function aReturnedReferral(s: ReferralScenario, question: string): Promise<Referral> {
  const referral = await aFiledReferral(s);
  await returnToReferrer(s, referral.id, question);
  return referral;
}
