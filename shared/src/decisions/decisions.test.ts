import { describe, expect, it } from "vitest";
import { aVotingScenario, type VotingScenario } from "../votes/meeting-votes.test-support.js";
import { meetingRoomCard } from "../conversations/conversation-key.js";
import { loadMeetingRoomView } from "../meeting-room/meeting-room-view.js";
import { addAction } from "./add-action.js";
import { completeAction } from "./complete-action.js";
import { getChildRecord } from "./get-child-record.js";
import { getMeetingOutcomes } from "./get-meeting-outcomes.js";
import { listMeetingActions } from "./list-meeting-actions.js";
import { listUnmetNeed } from "./list-unmet-need.js";
import { recordDecision, type RecordDecisionInput } from "./record-decision.js";
import { recordFamilySharing } from "./record-family-sharing.js";

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? "ok" : result.error?.code);

async function atTheMeeting(preset: "isg" | "icsmg" = "icsmg"): Promise<VotingScenario> {
  const s = await aVotingScenario(preset);
  s.clock.set("2026-03-05T11:00:00.000Z");
  return s;
}

const decide = (s: VotingScenario, input: Partial<RecordDecisionInput> = {}, who = s.people.chair) =>
  recordDecision(s.deps, s.actor(who), {
    meetingId: s.meetingId,
    agendaItemId: s.caseItem.id,
    kind: "case",
    outcome: "approved",
    reasons: "The plan evidences the need; all agencies agree.",
    ...input,
  });

describe("recording a decision without a vote", () => {
  it("records outcome, reasons, date and who decided, decides the referral and tells the referrer", async () => {
    const s = await atTheMeeting();
    const recorded = await decide(s, { decidedByIds: [s.people.chair.id, s.people.member.id] });
    expect(recorded.ok).toBe(true);
    const { referrals, decisions, outbox, audit } = s.store.contents();
    expect(decisions).toEqual([
      expect.objectContaining({
        questionId: null,
        agendaItemId: s.caseItem.id,
        childId: s.referral.childId,
        outcome: "approved",
        reasons: "The plan evidences the need; all agencies agree.",
        decidedAt: "2026-03-05T11:00:00.000Z",
        decidedByIds: ["chair", "member"],
      }),
    ]);
    expect(referrals.find((r) => r.id === s.referral.id)?.state).toBe("decided");
    const outcome = outbox.find(
      (m) => m.kind === "referral.outcome" && m.payload.panelDecision === "approved",
    );
    expect(outcome?.recipient).toBe(`person:${s.people.referrer.id}`);
    expect(
      outbox.filter((m) => m.kind === "decision.family-sharing-requested").map((m) => m.recipient),
    ).toEqual([`person:${s.people.referrer.id}`]);
    expect(audit.some((e) => e.action === "decision.recorded" && e.childId === s.referral.childId)).toBe(
      true,
    );
  });

  it("shows the item decided on the running agenda card of a meeting under way in its chat", async () => {
    const s = await atTheMeeting();
    const undecided = await loadMeetingRoomView(s.deps, { meetingId: s.meetingId });
    expect(undecided?.items.find((item) => item.id === s.caseItem.id)?.decided).toBe(false);
    // The card is up to date: its queued update delivered.
    const roomCards = () =>
      s.store.contents().outbox.filter((m) => m.kind === "meeting.room-card" && !m.deliveredAt);
    await s.store.transaction(async (tx) => {
      await tx.cardRefreshes.take(meetingRoomCard(s.meetingId));
      for (const message of roomCards())
        await tx.outbox.markDelivered(message.id, "2026-03-05T10:59:00.000Z");
    });
    expect((await decide(s)).ok).toBe(true);
    const view = await loadMeetingRoomView(s.deps, { meetingId: s.meetingId });
    expect(view?.items.find((item) => item.id === s.caseItem.id)?.decided).toBe(true);
    expect(roomCards()).toHaveLength(1);
  });

  it("refuses a decision without reasons, from a member, with an unknown decider, and a second record, writing nothing", async () => {
    const s = await atTheMeeting();
    const before = s.store.contents();
    expect(codeOf(await decide(s, { reasons: "   " }))).toBe("REFERRAL.REASON_REQUIRED");
    expect(codeOf(await decide(s, {}, s.people.member))).toBe("DECISION.CHAIR_ONLY");
    expect(codeOf(await decide(s, {}, s.people.outsider))).toBe("MEETING.NOT_FOUND");
    expect(codeOf(await decide(s, { decidedByIds: ["nobody"] }))).toBe("DECISION.UNKNOWN_DECIDER");
    expect(codeOf(await decide(s, { decidedOn: "2026-03-06" }))).toBe("DECISION.INVALID_DATE");
    s.clock.set("2026-03-04T11:00:00.000Z");
    expect(codeOf(await decide(s))).toBe("DECISION.INVALID_DATE");
    s.clock.set("2026-03-05T11:00:00.000Z");
    expect(codeOf(await decide(s, { kind: "resource-request", outcome: null }))).toBe(
      "DECISION.RESOURCE_REQUIRED",
    );
    expect(s.store.contents().decisions).toEqual(before.decisions);
    expect(s.store.contents().outbox).toEqual(before.outbox);

    expect(codeOf(await decide(s))).toBe("ok");
    const after = s.store.contents();
    expect(codeOf(await decide(s, { outcome: "declined" }))).toBe("DECISION.ALREADY_DECIDED");
    expect(s.store.contents().decisions).toEqual(after.decisions);
    expect(s.store.contents().outbox).toEqual(after.outbox);
  });

  it("puts a resource agreed but unavailable on the panel's unmet need register, by case reference", async () => {
    const s = await atTheMeeting();
    const recorded = await decide(s, {
      kind: "resource-request",
      outcome: null,
      resource: { resource: "intensive-support-supervision", outcome: "agreed-unavailable" },
    });
    expect(recorded.ok && recorded.value.outcome).toBe("approved");
    const register = await listUnmetNeed(s.deps, s.actor(s.people.member), { panelId: s.panel.id });
    expect(register.ok && register.value.entries).toEqual([
      expect.objectContaining({
        resourceLabel: "Intensive Support and Supervision",
        reference: s.referral.reference,
        meetingId: s.meetingId,
        recordedOn: "2026-03-05",
      }),
    ]);
    expect(codeOf(await listUnmetNeed(s.deps, s.actor(s.people.referrer), { panelId: s.panel.id }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("ISG outcomes and purchased placements", () => {
  it("sends the outcome to everyone involved and forwards a planned placement to the Prioritisation Group chair", async () => {
    const s = await atTheMeeting("isg");
    await decide(s, {
      kind: "resource-request",
      outcome: null,
      resource: { resource: "isg-purchased-placement", outcome: "agreed", placement: "planned" },
    });
    const { outbox } = s.store.contents();
    const to = (kind: string) =>
      outbox
        .filter((m) => m.kind === kind)
        .map((m) => m.recipient)
        .sort();
    expect(to("decision.isg-outcome")).toEqual([`person:${s.invitee.id}`, `person:${s.people.referrer.id}`]);
    expect(to("decision.placement-forwarded")).toEqual([`person:${s.people.authoriser.id}`]);
    for (const message of outbox.filter((m) => m.kind.startsWith("decision."))) {
      expect(JSON.stringify(message.payload)).not.toMatch(/given|family|dateOfBirth/i);
    }
    const outcomes = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(outcomes.ok && outcomes.value.outcomesDue).toEqual({
      label: "Outcome due",
      date: "2026-03-12",
      late: false,
    });
  });

  it("lists an unplanned placement for retrospective discussion at the next meeting, forwarding nothing yet", async () => {
    const s = await atTheMeeting("isg");
    await s.store.transaction((tx) =>
      tx.meetings.insert({
        id: "meeting-apr",
        panelId: s.panel.id,
        startsAt: "2026-04-02T10:00:00.000Z",
        endsAt: "2026-04-02T12:00:00.000Z",
        state: "planned",
        calendarEventId: null,
        joinUrl: null,
      }),
    );
    await decide(s, {
      kind: "resource-request",
      outcome: null,
      resource: { resource: "isg-purchased-placement", outcome: "agreed", placement: "unplanned" },
    });
    const { agenda, outbox } = s.store.contents();
    expect(agenda.filter((i) => i.meetingId === "meeting-apr")).toEqual([
      expect.objectContaining({
        source: "retrospective",
        childId: s.referral.childId,
        title: s.caseItem.title,
      }),
    ]);
    expect(outbox.some((m) => m.kind === "decision.placement-forwarded")).toBe(false);
  });
});

describe("actions", () => {
  const act = (
    s: VotingScenario,
    input: Partial<Parameters<typeof addAction>[2]> = {},
    who = s.people.chair,
  ) =>
    addAction(s.deps, s.actor(who), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      ownerId: s.people.member.id,
      description: "Ask the GP for a health summary",
      dueOn: "2026-03-19",
      ...input,
    });

  it("needs an owner known to Convenor, a due date and a chair, writing nothing otherwise", async () => {
    const s = await atTheMeeting();
    const before = s.store.contents();
    expect(codeOf(await act(s, { ownerId: "" }))).toBe("ACTION.OWNER_REQUIRED");
    expect(codeOf(await act(s, { ownerId: "ghost" }))).toBe("ACTION.UNKNOWN_OWNER");
    expect(codeOf(await act(s, { dueOn: "" }))).toBe("ACTION.DUE_DATE_REQUIRED");
    expect(codeOf(await act(s, { dueOn: "2026-02-30" }))).toBe("ACTION.DUE_DATE_INVALID");
    expect(codeOf(await act(s, { description: " " }))).toBe("ACTION.DESCRIPTION_REQUIRED");
    expect(codeOf(await act(s, { description: "x".repeat(501) }))).toBe("ACTION.DESCRIPTION_REQUIRED");
    expect(codeOf(await act(s, {}, s.people.member))).toBe("DECISION.CHAIR_ONLY");
    expect(s.store.contents().outbox).toEqual(before.outbox);
    expect(s.store.contents().actions).toEqual([]);
  });

  it("sends the owner a card, carries the action to the next meeting until done, and lets only the owner or chair complete it", async () => {
    const s = await atTheMeeting();
    const added = await act(s);
    if (!added.ok) throw new Error(added.error.message);
    const assigned = s.store.contents().outbox.filter((m) => m.kind === "action.assigned");
    expect(assigned.map((m) => [m.recipient, m.payload.actionId])).toEqual([
      [`person:${s.people.member.id}`, added.value.id],
    ]);

    await s.store.transaction((tx) =>
      tx.meetings.insert({
        id: "meeting-apr",
        panelId: s.panel.id,
        startsAt: "2026-04-02T10:00:00.000Z",
        endsAt: "2026-04-02T12:00:00.000Z",
        state: "planned",
        calendarEventId: null,
        joinUrl: null,
      }),
    );
    s.clock.set("2026-03-25T09:00:00.000Z");
    const april = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: "meeting-apr" });
    expect(april.ok && april.value.carriedForward).toEqual([
      expect.objectContaining({ id: added.value.id, ownerName: "Mhairi Member", overdue: true }),
    ]);

    expect(
      codeOf(await completeAction(s.deps, s.actor(s.people.referrer), { actionId: added.value.id })),
    ).toBe("ACTION.NOT_OWNER_OR_CHAIR");
    expect(codeOf(await completeAction(s.deps, s.actor(s.people.member), { actionId: added.value.id }))).toBe(
      "ok",
    );
    expect(codeOf(await completeAction(s.deps, s.actor(s.people.chair), { actionId: added.value.id }))).toBe(
      "ACTION.ALREADY_DONE",
    );
    const after = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: "meeting-apr" });
    expect(after.ok && after.value.carriedForward).toEqual([]);
  });
});

describe("family sharing and the child's record", () => {
  it("shows the chair whose sharing is outstanding until the Lead Professional's sharing is recorded, once", async () => {
    const s = await atTheMeeting();
    await decide(s);
    const outstanding = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(outstanding.ok && outstanding.value.outstandingSharing).toEqual([
      expect.objectContaining({
        role: "lead-professional",
        description: "B. Worker, Social Worker",
        personId: s.people.referrer.id,
        shared: null,
      }),
    ]);
    const share = (who = s.people.referrer) =>
      recordFamilySharing(s.deps, s.actor(who), {
        agendaItemId: s.caseItem.id,
        sharedOn: "2026-03-05",
        method: "phone",
      });
    expect(codeOf(await share(s.people.member))).toBe("DECISION.NOT_FAMILY_SHARER");
    expect(codeOf(await share())).toBe("ok");
    expect(codeOf(await share())).toBe("DECISION.FAMILY_SHARING_ALREADY_RECORDED");
    const done = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(done.ok && done.value.outstandingSharing).toEqual([]);
  });

  it("shows the child's decisions, sharing and actions to the referrer and panel members, audited, and to no one else", async () => {
    const s = await atTheMeeting();
    await decide(s);
    const childId = s.referral.childId;
    const record = await getChildRecord(s.deps, s.actor(s.people.referrer), { childId });
    if (!record.ok) throw new Error(record.error.message);
    const [entry] = record.value.entries;
    expect(entry?.decision).toMatchObject({
      outcome: "approved",
      decidedBy: ["Callum Chair"],
      byVote: false,
    });
    expect(record.value.entries).toEqual([
      expect.objectContaining({
        reference: s.caseItem.title,
        familySharing: { shared: null },
      }),
    ]);
    expect((await getChildRecord(s.deps, s.actor(s.people.member), { childId })).ok).toBe(true);
    expect(codeOf(await getChildRecord(s.deps, s.actor(s.people.outsider), { childId }))).toBe("NOT_FOUND");
    expect(codeOf(await getChildRecord(s.deps, s.actor(s.people.outsider), { childId: "nope" }))).toBe(
      "NOT_FOUND",
    );
    const views = s.store.contents().audit.filter((e) => e.action === "child.record-viewed");
    expect(views.map((e) => e.actorId)).toEqual([s.people.referrer.id, s.people.member.id]);
  });
});

describe("the outcome deadline and what an invitee sees", () => {
  it("shows the ISG's one-week outcome deadline late once missed with a case undecided", async () => {
    const s = await atTheMeeting("isg");
    s.clock.set("2026-03-13T09:00:00.000Z");
    const late = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(late.ok && late.value.outcomesDue).toEqual({
      label: "Outcome due",
      date: "2026-03-12",
      late: true,
    });
    await decide(s, { decidedOn: "2026-03-05" });
    const met = await getMeetingOutcomes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(met.ok && met.value.outcomesDue?.late).toBe(false);
  });

  it("shows an invited attendee only their item's outcome and actions, and no recording", async () => {
    const s = await atTheMeeting();
    await decide(s);
    const onItem = await addAction(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      ownerId: s.people.member.id,
      description: "Send the plan to the school",
      dueOn: "2026-03-12",
    });
    const onMeeting = await addAction(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      ownerId: s.people.member.id,
      description: "Book the room for April",
      dueOn: "2026-03-12",
    });
    expect(onItem.ok && onMeeting.ok).toBe(true);
    const seen = await getMeetingOutcomes(s.deps, s.actor(s.invitee), { meetingId: s.meetingId });
    expect(seen.ok && seen.value.canRecord).toBe(false);
    expect(seen.ok && seen.value.items.map((i) => i.agendaItemId)).toEqual([s.caseItem.id]);
    const actions = await listMeetingActions(s.deps, s.actor(s.invitee), { meetingId: s.meetingId });
    expect(actions.ok && actions.value.agreed.map((a) => a.description)).toEqual([
      "Send the plan to the school",
    ]);
    const member = await listMeetingActions(s.deps, s.actor(s.people.member), { meetingId: s.meetingId });
    expect(member.ok && member.value.agreed).toHaveLength(2);
  });
});
