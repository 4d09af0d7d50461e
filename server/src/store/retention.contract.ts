import { describe, expect, it } from "vitest";
import {
  anonymisedName,
  anonymisedReferral,
  defaultRetentionPeriods,
  type Decision,
  type ReferralVersion,
  type Store,
} from "@convenor/shared";
import { aChildWithHistory, everyReportOf } from "./retention-child-history.test-support.js";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import {
  someChild,
  someMeeting,
  someOutboxMessage,
  someReferral,
  uniqueId,
} from "./store-test-data.test-support.js";

/** Before every other contract's dates, so only this contract's records are past it. */
const cutoff = "2001-01-01T00:00:00.000Z";
const longAgo = "2000-06-15T10:00:00.000Z";
const at = "2026-11-29T02:00:00.000Z";

function aDecision(referralId: string, childId: string): Decision {
  return {
    id: uniqueId("decision"),
    questionId: null,
    meetingId: uniqueId("meeting"),
    agendaItemId: uniqueId("item"),
    referralId,
    childId,
    kind: "case",
    resource: null,
    outcome: "approved",
    reasons: "Morag's attendance has fallen since her father left",
    decidedAt: longAgo,
    decidedByIds: ["chair-1"],
    reviewDate: null,
    votes: [],
    dissent: [{ personId: "member-1", choice: "decline", reason: "Knows the family", reasonFrom: "member" }],
    castingOutcome: false,
  };
}

async function oldCase(store: Store, state: "closed" | "submitted" = "closed") {
  const child = someChild({ givenName: uniqueId("Morag") });
  const referral = someReferral({
    childId: child.id,
    state,
    updatedAt: longAgo,
    form: {
      "child.givenName": child.givenName,
      "child.dateOfBirth": "2013-05-14",
      shanarri: ["safe"],
      reason: "x",
    },
    history: [{ from: "decided", to: state, at: longAgo, byPersonId: "chair-1", reason: "Family moved" }],
  });
  const version: ReferralVersion = {
    referralId: referral.id,
    number: 1,
    form: { "child.givenName": child.givenName },
    question: "Which school?",
    returnedAt: longAgo,
    returnedById: "chair-1",
    answer: "Northfield",
    resubmittedAt: longAgo,
  };
  const decision = aDecision(referral.id, child.id);
  await store.transaction(async (tx) => {
    await tx.children.insert(child);
    await tx.referrals.insert(referral);
    await tx.referralVersions.insert(version);
    await tx.votes.insertDecision(decision);
    await tx.familySharing.insert({
      decisionId: decision.id,
      childId: child.id,
      sharedOn: "2000-06-16",
      method: "phone",
      note: "Mum was upset",
      sharedAs: "lead-professional",
      recordedById: "lp-1",
      recordedAt: longAgo,
    });
  });
  return { child, referral, decision };
}

/** Retention periods and anonymisation: every adapter alike. */
export function describeRetentionContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, retention: ${name}`, () => {
    const store = useOpenedStore(open);
    const expiredIds = async (kind: "referral" | "caseObservation" | "minute" | "deliveredMessage") =>
      (await store().read((tx) => tx.retention.expired(kind, cutoff, 1000))).map((r) => r.id);

    it("keeps the periods set, replacing earlier ones", async () => {
      await store().transaction((tx) =>
        tx.retention.setPeriods({ ...defaultRetentionPeriods, referral: 12 }),
      );
      await store().transaction((tx) =>
        tx.retention.setPeriods({ ...defaultRetentionPeriods, referral: 84 }),
      );
      expect(await store().read((tx) => tx.retention.periods())).toEqual({
        ...defaultRetentionPeriods,
        referral: 84,
      });
    });

    it("anonymises an ended referral once: typed answers, reasons, notes and the child's identity go", async () => {
      const { child, referral, decision } = await oldCase(store());
      const open = await oldCase(store(), "submitted");
      expect(await expiredIds("referral")).toContain(referral.id);
      expect(await expiredIds("referral")).not.toContain(open.referral.id);

      const first = await store().transaction(async (tx) => {
        await tx.retention.lockRun();
        const anonymised = await tx.retention.anonymiseReferral(
          referral.id,
          { form: { shanarri: ["safe"], "child.dateOfBirth": "2013" }, history: [] },
          at,
        );
        return { anonymised, child: await tx.retention.anonymiseChild(child.id, at) };
      });
      expect(first).toEqual({ anonymised: true, child: true });
      const again = await store().transaction(async (tx) => ({
        anonymised: await tx.retention.anonymiseReferral(referral.id, { form: {}, history: [] }, at),
        child: await tx.retention.anonymiseChild(child.id, at),
      }));
      expect(again).toEqual({ anonymised: false, child: false });
      expect(await expiredIds("referral")).not.toContain(referral.id);

      const read = await store().read(async (tx) => ({
        referral: await tx.referrals.get(referral.id),
        child: await tx.children.get(child.id),
        versions: await tx.referralVersions.list(referral.id),
        decisions: await tx.votes.decisionsOfChild(child.id),
        sharing: await tx.familySharing.ofDecisions([decision.id]),
      }));
      expect(read.referral).toMatchObject({
        form: { shanarri: ["safe"], "child.dateOfBirth": "2013" },
        history: [],
      });
      expect(read.child).toMatchObject({
        givenName: anonymisedName,
        familyName: "",
        dateOfBirth: "2013",
        school: "",
      });
      expect(read.versions[0]).toMatchObject({ form: {}, question: "", answer: "" });
      expect(read.decisions[0]).toMatchObject({ outcome: "approved", reasons: "", dissent: [] });
      expect(read.sharing[0]).toMatchObject({ method: "phone", note: null });
    });

    it("clears what was written about an anonymised child everywhere, and every report reads the same", async () => {
      const history = await aChildWithHistory(store());
      const { panelId, child, referral, meeting, plan, actions, decisions } = history;
      const before = await store().read((tx) => everyReportOf(tx, panelId));
      expect(before.referralCounts).not.toEqual([]);
      expect(before.redCounts).not.toEqual([]);

      const anonymise = () =>
        store().transaction(async (tx) => {
          await tx.retention.lockRun();
          return [
            await tx.retention.anonymiseReferral(referral.id, anonymisedReferral(referral), at),
            await tx.retention.anonymiseChild(child.id, at),
          ];
        });
      expect(await anonymise()).toEqual([true, true]);
      const once = await store().read((tx) => tx.minutes.get(meeting.id, 1));
      expect(await anonymise()).toEqual([false, false]);
      expect(await store().read((tx) => tx.minutes.get(meeting.id, 1))).toEqual(once);

      expect(await store().read((tx) => everyReportOf(tx, panelId))).toEqual(before);
      const read = await store().read(async (tx) => {
        const [round] = (await tx.votes.questionsOfMeeting(meeting.id)).filter((q) => q.kind === "rating");
        return {
          votes: round ? await tx.votes.votesOn(round.id) : [],
          agreed: await tx.votes.agreedRatingsOf(panelId, child.id),
          decisions: await tx.votes.decisionsOfMeeting(meeting.id),
          sharing: await tx.familySharing.ofDecisions(decisions.map((d) => d.id)),
          actions: await tx.actions.listForMeeting(meeting.id),
          minute: await tx.minutes.get(meeting.id, 1),
          reviews: await tx.cinReviews.reviewsOf(plan.id),
          early: await tx.cinReviews.earlyRequests(panelId, ["done"]),
        };
      });
      expect(read.votes).toEqual([expect.objectContaining({ choice: { health: "red" }, reason: null })]);
      expect(read.agreed).toEqual([expect.objectContaining({ ratings: { health: "red" }, reasons: {} })]);
      expect(
        read.decisions
          .map((d) => [d.kind, d.outcome, d.resource?.placement ?? null, d.reasons, d.dissent])
          .sort(),
      ).toEqual([
        ["case", "approved", null, "", []],
        ["resource-request", "approved", "unplanned", "", []],
      ]);
      expect(read.sharing).toEqual([expect.objectContaining({ method: "phone", note: null })]);
      const description = (id: string) => read.actions.find((a) => a.id === id)?.description;
      expect([actions.referral.id, actions.child.id, actions.standing.id].map(description)).toEqual([
        "",
        "",
        "Book the room for June",
      ]);
      expect(read.actions.every((a) => a.done && a.dueOn === "2000-07-01")).toBe(true);
      expect(
        read.minute?.content.items.map((i) => [i.title, i.notes, i.decisions.map((d) => d.reasons)]),
      ).toEqual([
        ["ISG-2026-0001", "", [""]],
        ["ISG-2026-0001", "", [""]],
        ["AOB", "Room booking moves to June", []],
      ]);
      expect(read.minute?.content.items[1]?.decisions[0]).toMatchObject({
        votes: "approve 3, decline 1",
        dissent: [],
      });
      expect(read.minute?.content.actions.map((a) => a.description)).toEqual([
        "",
        "",
        "Book the room for June",
      ]);
      expect(read.reviews).toEqual([
        expect.objectContaining({ outcome: "close", reasons: "", exceptionalReason: "" }),
      ]);
      expect(read.early.filter((e) => e.childId === child.id)).toEqual([
        expect.objectContaining({ state: "done", reason: "" }),
      ]);
    });

    it("keeps a child's identity while one of their referrals is not anonymised", async () => {
      const { child, referral } = await oldCase(store());
      const other = someReferral({ childId: child.id, state: "submitted" });
      await store().transaction((tx) => tx.referrals.insert(other));
      const anonymised = await store().transaction(async (tx) => {
        await tx.retention.anonymiseReferral(referral.id, { form: {}, history: [] }, at);
        return tx.retention.anonymiseChild(child.id, at);
      });
      expect(anonymised).toBe(false);
      expect(await store().read((tx) => tx.children.get(child.id))).toEqual(child);
    });

    it("clears an old observation's text once, and empties an old delivered message's payload once", async () => {
      const observation = {
        id: uniqueId("observation"),
        meetingId: uniqueId("meeting"),
        agendaItemId: uniqueId("item"),
        panelId: "panel-isg",
        childId: uniqueId("child"),
        text: "Said about Morag",
        recordedById: "chair-1",
        recordedAt: longAgo,
        filedUrl: null,
        filedAt: null,
      };
      const delivered = someOutboxMessage({ createdAt: longAgo, notBefore: longAgo });
      const pending = someOutboxMessage({ createdAt: longAgo, notBefore: longAgo });
      await store().transaction(async (tx) => {
        await tx.caseObservations.insert(observation);
        await tx.outbox.enqueue(delivered);
        await tx.outbox.enqueue(pending);
        await tx.outbox.markDelivered(delivered.id, longAgo);
      });
      expect(await expiredIds("caseObservation")).toContain(observation.id);
      expect(await expiredIds("deliveredMessage")).toContain(delivered.id);
      expect(await expiredIds("deliveredMessage")).not.toContain(pending.id);

      const twice = async () =>
        store().transaction(async (tx) => [
          await tx.retention.anonymiseObservation(observation.id, at),
          await tx.retention.purgeDeliveredMessage(delivered.id),
        ]);
      expect(await twice()).toEqual([true, true]);
      expect(await twice()).toEqual([false, false]);
      expect(await store().read((tx) => tx.caseObservations.get(observation.id))).toMatchObject({ text: "" });
      expect(await expiredIds("caseObservation")).not.toContain(observation.id);
      expect(await expiredIds("deliveredMessage")).not.toContain(delivered.id);
    });

    it("removes the names from an old meeting's minute agreements once, keeping the rest", async () => {
      const meeting = someMeeting({ startsAt: longAgo, endsAt: longAgo, state: "held" });
      const minute = {
        meetingId: meeting.id,
        panelId: "panel-cin",
        version: 1,
        revision: 1,
        status: "draft" as const,
        content: {
          present: [],
          apologies: [],
          quorum: "",
          items: [],
          generalBusiness: "",
          actions: [],
          unmetNeed: [],
          progress: [],
        },
        agreements: [
          { name: "Morag's mum", relationship: "Mother", state: "agreed" as const, on: "2000-06-15" },
        ],
        contentiousIssues: "Dad disputes the plan",
        editedById: "chair-1",
        editedAt: longAgo,
        circulatedAt: null,
        agreedById: null,
        agreedAt: null,
        filedUrl: null,
        filedItemId: null,
        filedAt: null,
      };
      await store().transaction(async (tx) => {
        await tx.meetings.insert(meeting);
        await tx.minutes.insert(minute);
      });
      const id = `${meeting.id}/1`;
      expect(await expiredIds("minute")).toContain(id);
      const twice = () => store().transaction((tx) => tx.retention.anonymiseMinute(id, at));
      expect([await twice(), await twice()]).toEqual([true, false]);
      expect(await expiredIds("minute")).not.toContain(id);
      expect(await store().read((tx) => tx.minutes.get(meeting.id, 1))).toMatchObject({
        agreements: [{ name: "", relationship: "Mother", state: "agreed", on: "2000-06-15" }],
        contentiousIssues: "",
        status: "draft",
      });
    });
  });
}
