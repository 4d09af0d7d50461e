import {
  addAction,
  recordDecision,
  type Actor,
  type Clock,
  type Store,
  type UseCaseDeps,
} from "@convenor/shared";

const actor = (personId: string): Actor => ({ personId, channel: "seed", origin: null, correlationId: null });

/**
 * Decisions, actions and the unmet need register at the held meetings, made through the same use cases the
 * tab uses: the LC-JST's decision on its decided referral (family sharing still to record) with an overdue
 * action carried to the next meeting, and an ICSMG plan review whose Intensive Support was agreed but is not
 * available (on the unmet need register). Their notices count as delivered, like the other seeded ones.
 */
export async function seedDemoOutcomes(store: Store, clock: Clock): Promise<void> {
  const deps: UseCaseDeps = { store, clock };
  const chair = actor("p-chair");
  // The LC-JST decided one referral at its held meeting (the referral seed moved it there): its decision's record.
  const decided = await store.read(async (tx) => {
    const meeting = await tx.meetings.get("m-lcjst-1");
    const items = await tx.agenda.listForMeeting("m-lcjst-1");
    for (const item of items) {
      const referral = item.referralId ? await tx.referrals.get(item.referralId) : null;
      if (meeting && referral?.state === "decided") return { meeting, item, referral };
    }
    return null;
  });
  if (decided) {
    const { meeting, item, referral } = decided;
    await store.transaction((tx) =>
      tx.votes.insertDecision({
        id: "decision-demo-lcjst",
        questionId: null,
        meetingId: meeting.id,
        agendaItemId: item.id,
        referralId: referral.id,
        childId: referral.childId,
        kind: "case",
        outcome: "approved",
        resource: null,
        reasons: referral.history.at(-1)?.reason ?? "Refer to ISG for family support",
        decidedAt: meeting.endsAt,
        decidedByIds: ["p-chair", "p-psych", "p-teacher"],
        reviewDate: null,
        votes: [],
        dissent: [],
        castingOutcome: false,
      }),
    );
    const dueOn = new Date(Date.parse(meeting.startsAt) + 14 * 86_400_000).toISOString().slice(0, 10);
    const action = await addAction(deps, chair, {
      meetingId: meeting.id,
      agendaItemId: item.id,
      ownerId: "p-psych",
      description: "Arrange the psychological service consultation with the school",
      dueOn,
    });
    if (!action.ok) throw new Error(`Demo action refused: ${action.error.code}`);
  }

  const review = "agenda-demo-icsmg-review";
  await store.transaction(async (tx) => {
    const items = await tx.agenda.listForMeeting("m-icsmg-1");
    await tx.agenda.insert({
      id: review,
      meetingId: "m-icsmg-1",
      position: items.length + 1,
      source: "review",
      title: "ICSMG plan review R-01",
      referralId: null,
      childId: "c-01",
      slotMinutes: 20,
      presenterId: "p-sw",
      invitedPersonIds: ["p-sw"],
    });
  });
  const unmet = await recordDecision(deps, chair, {
    meetingId: "m-icsmg-1",
    agendaItemId: review,
    kind: "resource-request",
    resource: { resource: "intensive-support-supervision", outcome: "agreed-unavailable" },
    reasons: "The Child's Plan evidences the need for ISS; no place is free until the spring intake.",
    decidedByIds: ["p-chair", "p-police", "p-reporter"],
  });
  if (!unmet.ok) throw new Error(`Demo resource decision refused: ${unmet.error.code}`);

  await store.transaction(async (tx) => {
    for (const message of await tx.outbox.due("9999-12-31T00:00:00.000Z", 1000)) {
      await tx.outbox.markDelivered(message.id, clock.now().toISOString());
    }
  });
}
