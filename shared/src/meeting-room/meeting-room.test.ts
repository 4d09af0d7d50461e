import { describe, expect, it } from "vitest";
import { meetingChat } from "../conversations/conversation-key.js";
import { aVotingScenario } from "../votes/meeting-votes.test-support.js";
import { markAttendance } from "./mark-attendance.js";
import { loadMeetingRoomView } from "./meeting-room-view.js";
import { startMeeting } from "./start-meeting.js";

describe("starting the meeting in its chat", () => {
  it("posts the running agenda card once, with references only", async () => {
    const s = await aVotingScenario();
    const again = await startMeeting(s.deps, s.actor(s.people.coordinator), {
      conversationId: s.conversationId,
    });
    expect(again).toEqual({ ok: true, value: { meetingId: s.meetingId, alreadyStarted: true } });
    const cards = s.store.contents().outbox.filter((m) => m.kind === "meeting.room-card");
    expect(cards).toHaveLength(1);
    expect(cards[0]?.recipient).toBe(meetingChat(s.meetingId));

    const view = await loadMeetingRoomView(s.deps, { meetingId: s.meetingId });
    const child = s.store.contents().children[0]!;
    const text = JSON.stringify(view);
    expect(text).toContain(s.referral.reference!);
    expect(text).not.toContain(child.givenName);
    expect(text).not.toContain(child.dateOfBirth);
  });

  it("is refused in a chat not linked to a meeting, and to a member who is not the chair", async () => {
    const s = await aVotingScenario();
    const unlinked = await startMeeting(s.deps, s.actor(s.people.chair), { conversationId: "19:other" });
    expect(unlinked.ok ? null : unlinked.error.code).toBe("MEETING_ROOM.CHAT_NOT_LINKED");
    const member = await startMeeting(s.deps, s.actor(s.people.member), { conversationId: s.conversationId });
    expect(member.ok ? null : member.error.code).toBe("MEETING_ROOM.CHAIR_ONLY");
  });
});

describe("attendance and quorum by agency", () => {
  it("counts distinct agencies of members present against the panel's quorum", async () => {
    const s = await aVotingScenario();
    const mark = (who: keyof typeof s.people | "police", status: "present" | "apologies" = "present") =>
      markAttendance(s.deps, s.actor(who === "police" ? s.police : s.people[who]), {
        meetingId: s.meetingId,
        status,
      });
    await mark("chair");
    const two = await mark("member");
    expect(two.ok && two.value.quorum).toMatchObject({
      required: 3,
      presentAgencies: ["education", "health"],
      missingAgencies: ["police"],
      met: false,
    });
    const three = await mark("police");
    expect(three.ok && three.value.quorum.met).toBe(true);
    const view = await loadMeetingRoomView(s.deps, { meetingId: s.meetingId });
    expect(view?.people.find((p) => p.personId === "police")?.status).toBe("present");
  });

  it("lets the chair mark a member's apologies, and no one else mark someone else", async () => {
    const s = await aVotingScenario();
    const byChair = await markAttendance(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      personId: s.police.id,
      status: "apologies",
    });
    expect(byChair.ok && byChair.value.attendance).toMatchObject({ personId: "police", markedById: "chair" });
    const byMember = await markAttendance(s.deps, s.actor(s.people.member), {
      meetingId: s.meetingId,
      personId: s.police.id,
      status: "present",
    });
    expect(byMember.ok ? null : byMember.error.code).toBe("MEETING_ROOM.CHAIR_ONLY");
    const outsider = await markAttendance(s.deps, s.actor(s.people.outsider), {
      meetingId: s.meetingId,
      status: "present",
    });
    expect(outsider.ok ? null : outsider.error.code).toBe("MEETING_ROOM.NOT_PANEL_MEMBER");
  });

  it("coalesces the running agenda card's updates: one waits however many marks arrive", async () => {
    const s = await aVotingScenario();
    for (const who of [s.people.chair, s.people.member, s.police, s.people.coordinator]) {
      await markAttendance(s.deps, s.actor(who), { meetingId: s.meetingId, status: "present" });
    }
    expect(s.store.contents().outbox.filter((m) => m.kind === "meeting.room-card")).toHaveLength(1);
  });
});
