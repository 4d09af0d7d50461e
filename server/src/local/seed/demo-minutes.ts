import type { Decision, Store } from "@convenor/shared";

/** Who was at each panel's held meeting in the demo, and who sent apologies. */
const demoAttendance: Record<string, { present: string[]; apologies: string[] }> = {
  "m-lcjst-1": { present: ["p-chair", "p-coord", "p-psych", "p-teacher"], apologies: [] },
  "m-isg-1": { present: ["p-chair", "p-coord", "p-police", "p-psych", "p-education-manager"], apologies: [] },
  "m-icsmg-1": {
    present: ["p-chair", "p-coord", "p-education-manager", "p-police", "p-reporter"],
    apologies: ["p-psych"],
  },
  "m-icsp-1": {
    present: ["p-education-manager", "p-coord", "p-chair", "p-external"],
    apologies: ["p-cic-manager"],
  },
};

/**
 * The held meetings' record, so a chair can draft their minute with `npm start`: the meeting started in its
 * chat, attendance and apologies, and a decision by vote on the case items of the held meetings (one with a
 * member's dissent) that agree with their referral's state: a deferred referral was deferred, one only heard
 * is left for the chair to decide in the tab. Written straight to the store, as it would be after the meeting.
 */
export async function seedDemoMeetingRecords(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (const [meetingId, { present, apologies }] of Object.entries(demoAttendance)) {
      const meeting = await tx.meetings.get(meetingId);
      if (!meeting) continue;
      const chairId = present[0]!;
      const startedAt = meeting.startsAt;
      await tx.meetingRooms.start({ meetingId, startedAt, startedById: chairId });
      for (const [status, ids] of [
        ["present", present],
        ["apologies", apologies],
      ] as const) {
        for (const personId of ids) {
          await tx.meetingRooms.markAttendance({
            meetingId,
            personId,
            status,
            markedById: personId,
            markedAt: startedAt,
          });
        }
      }
      const caseItems = (await tx.agenda.listForMeeting(meetingId)).filter(
        (item) => item.referralId !== null,
      );
      // Items the demo outcomes already decided in the tab (without a vote) keep that decision; a referral
      // only heard is left for the chair to decide in the tab.
      const decided = new Set(
        (await tx.votes.decisionsOfItems(caseItems.map((item) => item.id))).map((d) => d.agendaItemId),
      );
      const referrals = new Map(
        (await Promise.all(caseItems.map((item) => tx.referrals.get(item.referralId!))))
          .filter((referral) => referral !== null)
          .map((referral) => [referral.id, referral]),
      );
      const items = caseItems.filter(
        (item) => !decided.has(item.id) && referrals.get(item.referralId!)?.state !== "heard",
      );
      for (const [index, item] of items.entries()) {
        const decidedAt = new Date(Date.parse(startedAt) + (index + 1) * 20 * 60_000).toISOString();
        const questionId = `q-${item.id}`;
        await tx.votes.insertQuestion({
          id: questionId,
          meetingId,
          agendaItemId: item.id,
          kind: "decision",
          areas: [],
          state: "closed",
          openedById: chairId,
          openedAt: startedAt,
          closedAt: decidedAt,
        });
        const referral = referrals.get(item.referralId!);
        const dissenting = index === 0;
        const deferred = referral?.state === "deferred";
        const voters = present.slice(0, 4);
        const votes: Decision["votes"] = voters.map((voterId, n) => ({
          voterId,
          choice: dissenting && n === voters.length - 1 ? "decline" : deferred ? "defer" : "approve",
        }));
        for (const vote of votes) {
          await tx.votes.cast({
            questionId,
            voterId: vote.voterId,
            choice: vote.choice,
            reason: null,
            castAt: startedAt,
          });
        }
        await tx.votes.insertDecision({
          id: `d-${item.id}`,
          questionId,
          meetingId,
          agendaItemId: item.id,
          referralId: item.referralId,
          childId: item.childId,
          kind: "case",
          resource: null,
          outcome: deferred ? "deferred" : "approved",
          reasons: deferred
            ? "Deferred until the health assessment in the Child's Plan is complete."
            : "The multi-agency support package meets the needs set out in the Child's Plan.",
          decidedAt,
          decidedByIds: [chairId],
          reviewDate: null,
          votes,
          dissent: dissenting
            ? [
                {
                  personId: voters.at(-1)!,
                  choice: "decline",
                  reason: "Would first try the school-based support for a term.",
                  reasonFrom: "member",
                },
              ]
            : [],
          castingOutcome: false,
        });
        // A closed case's outcome was shared with the family long since.
        if (referral?.state === "closed") {
          await tx.familySharing.insert({
            decisionId: `d-${item.id}`,
            childId: item.childId,
            sharedOn: decidedAt.slice(0, 10),
            method: "in-person",
            note: null,
            sharedAs: "lead-professional",
            recordedById: referral.referrerId,
            recordedAt: decidedAt,
          });
        }
      }
    }
  });
}
