import {
  fileReferral,
  screenReferral,
  transition,
  type Actor,
  type Clock,
  type ReferralState,
  type Store,
  type UseCaseDeps,
} from "@convenor/shared";
import { demoChildren } from "./demo-children.js";
import { demoPanels } from "./demo-panels.js";
import { demoReferralForm } from "./demo-referral-forms.js";

interface DemoReferral {
  panelId: string;
  childId: string;
  referrerId: string;
  /** The state the demo leaves it in. */
  state: ReferralState;
  overrides?: Record<string, unknown>;
}

/** One referral in every state, each filed and moved through the same use cases a person would use. */
const demoReferrals: DemoReferral[] = [
  { panelId: "panel-lcjst", childId: "c-02", referrerId: "p-teacher", state: "decided" },
  {
    panelId: "panel-lcjst",
    childId: "c-01",
    referrerId: "p-hv",
    state: "submitted",
    overrides: { "referrer.agency": "health" },
  },
  { panelId: "panel-isg", childId: "c-02", referrerId: "p-teacher", state: "submitted" },
  { panelId: "panel-lcjst", childId: "c-03", referrerId: "p-teacher", state: "returned" },
  {
    panelId: "panel-isg",
    childId: "c-04",
    referrerId: "p-sw",
    state: "accepted",
    overrides: { "referrer.agency": "social-work" },
  },
  {
    panelId: "panel-icsmg",
    childId: "c-05",
    referrerId: "p-sw",
    state: "declined",
    overrides: { "referrer.agency": "social-work" },
  },
  {
    panelId: "panel-lcjst",
    childId: "c-06",
    referrerId: "p-hv",
    state: "draft",
    overrides: { "referrer.agency": "health" },
  },
  { panelId: "panel-icsmg", childId: "c-03", referrerId: "p-teacher", state: "scheduled" },
  {
    panelId: "panel-lcjst",
    childId: "c-04",
    referrerId: "p-sw",
    state: "heard",
    overrides: { "referrer.agency": "social-work" },
  },
  {
    panelId: "panel-icsmg",
    childId: "c-04",
    referrerId: "p-sw",
    state: "deferred",
    overrides: { "referrer.agency": "social-work" },
  },
  { panelId: "panel-lcjst", childId: "c-05", referrerId: "p-teacher", state: "closed" },
  {
    panelId: "panel-icsmg",
    childId: "c-01",
    referrerId: "p-sw",
    state: "submitted",
    overrides: {
      "referrer.agency": "social-work",
      urgency: "urgent",
      "urgency.reason":
        "The current placement ends on Friday and a decision on Intensive Support is needed now.",
    },
  },
];

const chairOf: Record<string, string> = {
  "panel-lcjst": "p-chair",
  "panel-isg": "p-chair",
  "panel-icsmg": "p-chair",
};
/** After acceptance: where each later state is reached, step by step, with the reason recorded. */
const laterSteps: Partial<Record<ReferralState, [ReferralState, string | null][]>> = {
  scheduled: [["scheduled", "Added to the agenda"]],
  heard: [
    ["scheduled", "Added to the agenda"],
    ["heard", "Presented by the Lead Professional"],
  ],
  deferred: [
    ["scheduled", "Added to the agenda"],
    ["heard", "Presented by the Lead Professional"],
    ["deferred", "Awaiting the health assessment"],
  ],
  decided: [
    ["scheduled", "Added to the agenda"],
    ["heard", "Presented by the Named Person"],
    ["decided", "Refer to ISG for family support"],
  ],
  closed: [
    ["scheduled", "Added to the agenda"],
    ["heard", "Presented by the Named Person"],
    ["decided", "Support in school is enough; review in the child's plan"],
    ["closed", "Outcome shared with the family"],
  ],
};

export async function seedDemoReferrals(store: Store, clock: Clock): Promise<void> {
  const deps: UseCaseDeps = { store, clock };
  const actor = (personId: string): Actor => ({
    personId,
    channel: "seed",
    origin: null,
    correlationId: null,
  });

  for (const [index, demo] of demoReferrals.entries()) {
    const panel = demoPanels.find((candidate) => candidate.id === demo.panelId)!;
    const child = demoChildren.find((candidate) => candidate.id === demo.childId)!;
    const filed = await fileReferral(deps, actor(demo.referrerId), {
      panelId: demo.panelId,
      idempotencyKey: `seed-file-${index}`,
      mode: demo.state === "draft" ? "draft" : "submit",
      form: demoReferralForm(panel.preset, child, demo.overrides),
    });
    if (!filed.ok)
      throw new Error(
        `Demo referral ${index} was refused: ${filed.error.code} ${JSON.stringify(filed.error.fields ?? [])}`,
      );
    if (demo.state === "draft" || demo.state === "submitted") continue;

    const chair = actor(chairOf[demo.panelId]!);
    const decision =
      demo.state === "returned"
        ? {
            kind: "return" as const,
            question: "Please attach the updated Child's Plan and the health visitor's view.",
          }
        : demo.state === "declined"
          ? {
              kind: "decline" as const,
              reason: "The request can be met by the Learning Community JST; refer there first.",
            }
          : { kind: "accept" as const };
    const screened = await screenReferral(deps, chair, {
      referralId: filed.value.referral.id,
      idempotencyKey: `seed-screen-${index}`,
      decision,
    });
    if (!screened.ok) throw new Error(`Demo referral ${index} could not be screened: ${screened.error.code}`);
    await advance(
      store,
      clock,
      filed.value.referral.id,
      chair.personId,
      demo.panelId,
      laterSteps[demo.state] ?? [],
    );
  }

  // Seeded notifications describe the past: nobody is waiting for them.
  await store.transaction(async (tx) => {
    for (const message of await tx.outbox.due("9999-12-31T00:00:00.000Z", 1000)) {
      await tx.outbox.markDelivered(message.id, clock.now().toISOString());
    }
  });
}

/**
 * Moves an accepted referral through the meeting states and puts it on that meeting's agenda, so panel
 * members can see it; heard and later happen at the held meeting.
 */
async function advance(
  store: Store,
  clock: Clock,
  referralId: string,
  byPersonId: string,
  panelId: string,
  steps: [ReferralState, string | null][],
): Promise<void> {
  if (steps.length === 0) return;
  await store.transaction(async (tx) => {
    let referral = (await tx.referrals.get(referralId))!;
    const heldMeeting = (await tx.meetings.listByPanel(panelId)).find((meeting) => meeting.state === "held");
    const movesToPast = steps.some(([state]) => state !== "scheduled");
    const expectedVersion = referral.version;
    for (const [state, reason] of steps) {
      const moved = transition(referral, state, { byPersonId, at: clock.now().toISOString(), reason });
      if (!moved.ok) throw new Error(`Demo referral ${referralId}: ${moved.error.message}`);
      referral = moved.value;
    }
    if (movesToPast && heldMeeting) referral = { ...referral, meetingId: heldMeeting.id };
    if (!(await tx.referrals.update(referral, expectedVersion))) throw new Error("Demo seed raced itself");
    if (referral.meetingId) {
      const position = (await tx.agenda.listForMeeting(referral.meetingId)).length + 1;
      await tx.agenda.insert({
        id: `agenda-${referral.id}`,
        meetingId: referral.meetingId,
        position,
        source: "referral",
        title: referral.reference ?? referral.id,
        referralId: referral.id,
        childId: referral.childId,
        slotMinutes: 20,
        presenterId: referral.referrerId,
        invitedPersonIds: [referral.referrerId],
      });
    }
  });
}
