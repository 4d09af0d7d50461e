import {
  buildAgenda,
  fileReferral,
  linkedMeeting,
  meetingChat,
  panelChat,
  screenReferral,
  updateAgendaItem,
} from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, clickData, inputsOf, textOf } from "./support/card-inspection.js";
import { cardOf, CapturingConnector } from "./support/capturing-connector.js";
import { as, expectNoChildData, testChild } from "./support/scenario.js";

const panelChatConversation = { id: "19:icsmg-panel@thread.v2", type: "groupChat" as const };
const meetingChatConversation = { id: "19:meeting_icsmg-2@thread.v2", type: "groupChat" as const };
const meetingId = "m-icsmg-2";
const actor = (personId: string) => ({ personId, channel: "test", origin: null, correlationId: null });
type Card = Record<string, unknown>;

describe("rating and voting in the meeting chat, over HTTP to Teams", () => {
  let service: BotService;
  let connector: CapturingConnector;
  let reference = "";
  let itemId = "";
  let referralId = "";

  const inMeeting = (personId: string) => as(service, connector, personId, meetingChatConversation);
  /** Every card the meeting chat was sent or had updated, oldest first: what anyone in the chat could see. */
  const sharedCards = () =>
    connector.calls
      .filter((call) => call.conversationId === meetingChatConversation.id)
      .map((call) => cardOf(call.activity))
      .filter((card): card is Card => card !== null);
  /** The latest version of the posted card whose text matches. */
  const latestShared = (matching: string) =>
    sharedCards()
      .filter((card) => textOf(card).includes(matching))
      .at(-1);

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
    for (const id of [
      "p-chair",
      "p-police",
      "p-education-manager",
      "p-reporter",
      "p-teacher",
      "p-hv",
      "p-sw",
    ]) {
      await as(service, connector, id).say("help");
    }
    await as(service, connector, "p-chair", panelChatConversation).say("link panel icsmg", true);

    const filed = await fileReferral(service.deps, actor("p-sw"), {
      panelId: "panel-icsmg",
      idempotencyKey: "votes-e2e-file",
      mode: "submit",
      form: aValidReferralForm("icsmg", { ...testChild, "referrer.agency": "social-work" }),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    reference = filed.value.referral.reference!;
    referralId = filed.value.referral.id;
    const accepted = await screenReferral(service.deps, actor("p-chair"), {
      referralId,
      idempotencyKey: "votes-e2e-accept",
      decision: { kind: "accept", meetingId },
    });
    if (!accepted.ok) throw new Error(accepted.error.message);
    const agenda = await buildAgenda(service.deps, actor("p-chair"), { meetingId });
    if (!agenda.ok) throw new Error(agenda.error.message);
    itemId = agenda.value.items.find((i) => i.reference === reference)!.id;
    const invited = await updateAgendaItem(service.deps, actor("p-chair"), {
      meetingId,
      version: agenda.value.version,
      itemId,
      invitedPersonIds: ["p-hv"],
    });
    if (!invited.ok) throw new Error(invited.error.message);

    // What linking the meeting chat stores (Teams' install event or `link meeting`, both in
    // bot-meeting-chat.e2e.test.ts): the meeting chat's reference, and which meeting it is.
    await service.store.transaction(async (tx) => {
      const panelReference = await tx.conversations.get(panelChat("panel-icsmg"));
      await tx.conversations.put(meetingChat(meetingId), {
        ...panelReference,
        conversation: { id: meetingChatConversation.id, conversationType: "groupChat" },
      });
      await tx.conversations.put(linkedMeeting(meetingChatConversation.id), { meetingId });
    });
    await service.outbox.drainOnce();
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  it("starts the meeting for the chair only, posting the running agenda with references and no child", async () => {
    await inMeeting("p-police").say("start meeting", true);
    expect(textOf(inMeeting("p-police").cards().at(-1))).toContain("Only the panel's chair or coordinator");

    await inMeeting("p-chair").say("start meeting", true);
    expect(textOf(inMeeting("p-chair").cards().at(-1))).toContain("Meeting started");
    await service.outbox.drainOnce();
    const room = latestShared("Attendance");
    expect(textOf(room)).toContain(reference);
    expect(textOf(room)).toContain("Quorum: 0 of 3 agencies — not met");

    await inMeeting("p-chair").say("start meeting", true);
    await service.outbox.drainOnce();
    expect(
      connector
        .activitiesIn(meetingChatConversation.id)
        .filter((a) => textOf(cardOf(a)).includes("Attendance")),
    ).toHaveLength(1);
  });

  it("takes attendance: members mark themselves, the chair marks apologies, quorum by agency shows", async () => {
    const room = latestShared("Attendance");
    const here = actionOf(room, "meeting.attend", (d) => d.status === "present");
    for (const id of ["p-chair", "p-police"]) await inMeeting(id).click("meeting.attend", clickData(here));
    const afterTwo = await inMeeting("p-education-manager").click("meeting.attend", clickData(here));
    expect(textOf(afterTwo)).toMatch(/Quorum: 3 of 3 agencies \(Education, Police, Social work\) — met/);

    const mark = actionOf(room, "meeting.attend", (d) => d.status === "chosen");
    const marked = await inMeeting("p-chair").click(
      "meeting.attend",
      clickData(mark, { attendancePerson: "p-reporter", attendanceStatus: "apologies" }),
    );
    expect(textOf(marked)).toContain(
      `${service.person("p-reporter").displayName} (Children's Reporter): Apologies`,
    );
    const notChair = await inMeeting("p-police").click(
      "meeting.attend",
      clickData(mark, { attendancePerson: "p-reporter", attendanceStatus: "present" }),
    );
    expect(textOf(notChair)).toContain("Only the chair or coordinator can mark someone else");

    const updatesBefore = connector.updatesIn(meetingChatConversation.id).length;
    await service.outbox.drainOnce();
    // Four changes since the last delivery: one update of the posted card, showing the last of them.
    expect(connector.updatesIn(meetingChatConversation.id).length).toBe(updatesBefore + 1);
    expect(textOf(latestShared("Attendance"))).toContain("Quorum: 3 of 3 agencies");
    expect(textOf(latestShared("Attendance"))).toContain("(Children's Reporter): Apologies");
  });

  it("keeps a rating round blind until the chair reveals it; each member sees and changes their own", async () => {
    const room = latestShared("Attendance");
    await inMeeting("p-chair").click(
      "meeting.open-question",
      clickData(actionOf(room, "meeting.open-question"), { questionItem: itemId, questionKind: "rating" }),
    );
    await service.outbox.drainOnce();
    const round = latestShared("Rating round")!;
    expect(textOf(round)).toContain(reference);
    const refresh = round.refresh as { userIds: string[] };
    expect(refresh.userIds.length).toBeGreaterThan(0);
    expect(refresh.userIds.length).toBeLessThanOrEqual(60);

    const police = await inMeeting("p-police").refresh(round);
    expect(textOf(police)).toContain(testChild["child.givenName"]);
    const save = actionOf(police, "vote.cast");
    await inMeeting("p-police").click("vote.cast", clickData(save, { "rate.overall": "amber" }));
    const changed = await inMeeting("p-police").click(
      "vote.cast",
      clickData(save, { "rate.overall": "red" }),
    );
    expect(textOf(changed)).toContain("Yours: Overall Red");
    await inMeeting("p-education-manager").click("vote.cast", clickData(save, { "rate.overall": "amber" }));

    // The teacher refers to this panel but is not a member: the shared card, not a personal view.
    const teacher = await inMeeting("p-teacher").refresh(round);
    expect(textOf(teacher)).not.toContain(testChild["child.givenName"]);

    await service.outbox.drainOnce();
    const blind = latestShared("Rating round");
    expect(textOf(blind)).toContain("Rated: 2 of");
    expect(textOf(blind)).toContain(`Waiting for: `);
    expect(JSON.stringify(blind)).not.toMatch(/\b(red|amber|green)\b/i);

    const chairView = await inMeeting("p-chair").refresh(round);
    await inMeeting("p-chair").click("vote.reveal", clickData(actionOf(chairView, "vote.reveal")));
    await service.outbox.drainOnce();
    expect(textOf(latestShared("Rating round"))).toContain("Overall: 1 red, 1 amber, 0 green");

    const late = await inMeeting("p-chair").click("vote.cast", clickData(save, { "rate.overall": "green" }));
    expect(textOf(late)).toContain("Voting closed");

    const revealed = await inMeeting("p-chair").refresh(round);
    const agree = actionOf(revealed, "vote.agree");
    const noReason = await inMeeting("p-chair").click(
      "vote.agree",
      clickData(agree, { "agreed.overall": "amber" }),
    );
    expect(textOf(noReason)).toContain("no single majority: give the reason");
    const agreed = await inMeeting("p-chair").click(
      "vote.agree",
      clickData(agree, { "agreed.overall": "amber", "agreedReason.overall": "Agreed after discussion" }),
    );
    expect(textOf(agreed)).toContain("Agreed: Overall amber");
  });

  it("closes a decision vote only when quorate, with the dissent recorded, and tells the referrer", async () => {
    const room = latestShared("Attendance");
    await inMeeting("p-chair").click(
      "meeting.open-question",
      clickData(actionOf(room, "meeting.open-question"), { questionItem: itemId, questionKind: "decision" }),
    );
    await service.outbox.drainOnce();
    const vote = latestShared("Decision vote")!;
    const castAction = actionOf(await inMeeting("p-police").refresh(vote), "vote.cast");
    const ownData = (castAction.data as { convenor: Card }).convenor;
    const cast = (personId: string, decision: string, forged: Card = {}) =>
      inMeeting(personId).click("vote.cast", {
        ...clickData(castAction, { voteDecision: decision }),
        convenor: { ...ownData, ...forged },
      });

    await cast("p-police", "approve");
    await cast("p-police", "decline");
    await cast("p-chair", "approve");
    // Someone else's vote cannot be cast: the voter is whoever clicked, whatever the card's data says.
    await cast("p-education-manager", "approve", { voterId: "p-police" });
    await cast("p-education-manager", "approve");
    const outsider = await cast("p-teacher", "approve");
    expect(textOf(outsider)).toContain("Not allowed to vote");
    const invitee = await cast("p-hv", "abstain");
    expect(textOf(invitee)).toContain("Yours: Abstain");

    // The same click again counts once: no second vote, and no card update asked for.
    await service.outbox.drainOnce();
    const replay = await cast("p-chair", "approve");
    expect(textOf(replay)).toContain("Yours: Approve");
    expect(service.store.contents().outbox.filter((m) => m.deliveredAt === null)).toEqual([]);

    await inMeeting("p-chair").click(
      "meeting.attend",
      clickData(
        actionOf(room, "meeting.attend", (d) => d.status === "chosen"),
        {
          attendancePerson: "p-police",
          attendanceStatus: "apologies",
        },
      ),
    );
    const chairView = await inMeeting("p-chair").refresh(vote);
    const close = actionOf(chairView, "vote.close");
    const dissentInput = inputsOf(chairView).find((input) => input.id === "dissent.p-police");
    expect(dissentInput).toBeDefined();
    const notQuorate = await inMeeting("p-chair").click(
      "vote.close",
      clickData(close, { closeReasons: "Support from the family team" }),
    );
    expect(textOf(notQuorate)).toContain("Not quorate");
    expect(textOf(notQuorate)).toContain(
      "Not present: Health, Other, Police, Psychological service, Children's Reporter.",
    );

    await inMeeting("p-police").click(
      "meeting.attend",
      clickData(actionOf(room, "meeting.attend", (d) => d.status === "present")),
    );
    const noDissent = await inMeeting("p-chair").click(
      "vote.close",
      clickData(close, { closeReasons: "Support from the family team" }),
    );
    expect(textOf(noDissent)).toContain(
      `${service.person("p-police").displayName} voted decline and gave no reason`,
    );

    const closed = await inMeeting("p-chair").click(
      "vote.close",
      clickData(close, {
        closeReasons: "Support from the family team",
        "dissent.p-police": "Wants the police concern heard first",
      }),
    );
    expect(textOf(closed)).toContain("Decision: Approved");
    const late = await cast("p-education-manager", "decline");
    expect(textOf(late)).toContain("Voting closed");

    await service.outbox.drainOnce();
    const shared = textOf(latestShared("Decision vote"));
    expect(shared).toContain("Decision: Approved");
    expect(shared).toContain(`Dissent recorded: ${service.person("p-police").displayName}`);
    expect(shared).toContain("Votes: 2 approve, 1 decline, 0 defer, 1 abstain");
    expect(textOf(latestShared("Attendance"))).toContain(`${reference} (presenter`);
    expect(textOf(latestShared("Attendance"))).toMatch(/decision vote closed/);

    // The demo seed's held meetings have decisions of their own.
    const decisions = service.store.contents().decisions.filter((d) => d.referralId === referralId);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      outcome: "approved",
      referralId,
      dissent: [{ personId: "p-police", reasonFrom: "chair" }],
    });
    const votes = service.store.contents().votes.filter((v) => v.questionId === decisions[0]!.questionId);
    expect(votes.map((v) => [v.voterId, v.choice]).sort()).toEqual([
      ["p-chair", "approve"],
      ["p-education-manager", "approve"],
      ["p-hv", "abstain"],
      ["p-police", "decline"],
    ]);

    const outcome = as(service, connector, "p-sw")
      .cards()
      .map(textOf)
      .filter((text) => text.includes("Panel decision"));
    expect(outcome).toHaveLength(1);
    expect(outcome[0]).toContain(reference);
    expect(outcome[0]).toContain("Panel decision: Approved");
  });

  it("never shows a child's name or date of birth in the meeting chat, nor logs it", () => {
    // Staff names are shown (attendance, who has not voted); one psychologist shares a seeded child's surname.
    const staff = service.store
      .contents()
      .attendance.map((a) => a.personId)
      .concat(["p-psych", "p-external", "p-coord"])
      .map((id) => service.person(id).displayName);
    for (const card of sharedCards()) {
      expectNoChildData(staff.reduce((text, name) => text.replaceAll(name, "(staff)"), JSON.stringify(card)));
    }
    expect(service.logs.join("\n")).not.toContain(testChild["child.familyName"]);
  });
});
