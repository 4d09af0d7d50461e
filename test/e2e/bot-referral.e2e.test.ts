import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, asCardInputs, clickData, inputsOf, textOf } from "./support/card-inspection.js";
import { CapturingConnector, cardOf } from "./support/capturing-connector.js";
import { as, expectNoChildData, testChild } from "./support/scenario.js";

const isgChat = { id: "19:isg-screening@thread.v2", type: "groupChat" as const };

describe("a referral from Teams chat, over HTTP", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  const referralsBy = (personId: string) =>
    service.store.transaction((tx) => tx.referrals.list({ referrerId: personId }));

  it("files, validates, confirms, screens in the panel chat and tells the referrer", async () => {
    const chair = as(service, connector, "p-chair");
    const coordinator = as(service, connector, "p-coord");
    const teacher = as(service, connector, "p-teacher");
    const chairInPanelChat = as(service, connector, "p-chair", isgChat);

    // Chair and coordinator have talked to Convenor, so their per-user view can be refreshed.
    expect((await chair.say("help")).status).toBe(200);
    await coordinator.say("help");
    await chairInPanelChat.say("link panel ISG", true);
    expect(textOf(chairInPanelChat.cards().at(-1))).toContain("Panel linked");

    // refer: the teacher refers to several panels, so she chooses one first.
    await teacher.say("refer");
    const choice = teacher.cards().at(-1);
    const panelInput = inputsOf(choice).find((i) => i.id === "panelId");
    expect((panelInput?.choices as { value: string }[]).map((c) => c.value)).toEqual(
      expect.arrayContaining(["panel-icsmg", "panel-lcjst", "panel-isg"]),
    );
    const form = await teacher.click(
      "refer.choose-panel",
      clickData(actionOf(choice, "refer.choose-panel"), { panelId: "panel-isg" }),
    );
    expect(textOf(form)).toContain("child protection procedures");
    expect(inputsOf(form).map((i) => i.id)).toEqual(
      expect.arrayContaining(["child.givenName", "isg.lcjstOutcome", "shanarri"]),
    );
    const submit = actionOf(form, "referral.submit");
    const before = (await referralsBy("p-teacher")).length;

    // Bad input: the same form comes back with what was typed and an error by each field; nothing stored.
    const invalid = await teacher.click(
      "referral.submit",
      clickData(submit, {
        "child.givenName": "Kirsty",
        "child.dateOfBirth": "2012-02-30",
        reason: "x".repeat(5000),
      }),
    );
    expect(textOf(invalid)).toContain("Some answers need attention");
    expect(inputsOf(invalid).find((i) => i.id === "child.givenName")?.value).toBe("Kirsty");
    const errorIds = (invalid.body as { id?: string }[])
      .map((e) => e.id)
      .filter((id) => id?.endsWith(".error"));
    expect(errorIds).toEqual(
      expect.arrayContaining(["child.familyName.error", "child.dateOfBirth.error", "reason.error"]),
    );
    expect((await referralsBy("p-teacher")).length).toBe(before);

    // A valid submit files once, even when the card is clicked twice at the same moment.
    const inputs = asCardInputs(aValidReferralForm("isg", testChild));
    const [first, second] = await Promise.all([
      teacher.click("referral.submit", clickData(submit, inputs)),
      teacher.click("referral.submit", clickData(submit, inputs)),
    ]);
    const reference = /ISG-\d{4}-\d{4}/.exec(textOf(first))?.[0];
    expect(reference).toBeDefined();
    expect(textOf(first)).toContain("Referral sent");
    expect(textOf(first)).toContain("Next meeting");
    expect(textOf(second)).toContain(reference);
    const replay = await teacher.click("referral.submit", clickData(submit, inputs));
    expect(textOf(replay)).toContain(reference);
    expect((await referralsBy("p-teacher")).length).toBe(before + 1);

    // The outbox posts the screening card to the panel chat: reference and non-identifying facts only.
    await service.outbox.drainOnce();
    const screeningCard = chairInPanelChat.cards().at(-1);
    expect(textOf(screeningCard)).toContain(reference);
    expect(textOf(screeningCard)).toMatch(/Age band: \d+-\d+/);
    expectNoChildData(JSON.stringify(screeningCard));
    expect((screeningCard?.refresh as { userIds: string[] }).userIds).toEqual(
      expect.arrayContaining(["29:p-chair", "29:p-coord"]),
    );

    // A panel member may not screen. Their client refreshes the card by itself (Teams does, in a chat under
    // 60 people): they keep the shared card and nothing is audited. Clicking "Open" is refused, and audited.
    const member = as(service, connector, "p-police", isgChat);
    const audited = () =>
      service.store
        .contents()
        .audit.filter(
          (entry) => entry.action === "referral.viewed" || entry.action === "referral.view-refused",
        );
    const auditedBefore = audited().length;
    expect(await member.refresh(screeningCard)).toEqual(screeningCard);
    expect(audited()).toHaveLength(auditedBefore);
    const openAction = actionOf(screeningCard, "screening.open");
    const memberView = await member.click("screening.open", clickData(openAction));
    expect(textOf(memberView)).toContain("Not allowed");
    expectNoChildData(JSON.stringify(memberView));
    expect(audited().map((entry) => [entry.action, entry.actorId])).toContainEqual([
      "referral.view-refused",
      "p-police",
    ]);
    const refreshed = await chairInPanelChat.refresh(screeningCard);
    expect(textOf(refreshed)).toContain("Kirsty Testchild");
    const detail = await chairInPanelChat.click("screening.open", clickData(openAction));
    expect(textOf(detail)).toContain("Kirsty Testchild");
    const accept = actionOf(detail, "screening.decide", (d) => d.decision === "accept");
    const forged = await member.click(
      "screening.decide",
      clickData(accept, { "screening.meetingId": "next" }),
    );
    expect(textOf(forged)).toContain("Only the panel's chair or coordinator");

    const accepted = await chairInPanelChat.click(
      "screening.decide",
      clickData(accept, { "screening.meetingId": "next" }),
    );
    expect(textOf(accepted)).toContain("Accepted");
    expectNoChildData(JSON.stringify(accepted));
    const again = await chairInPanelChat.click(
      "screening.decide",
      clickData(accept, { "screening.meetingId": "next" }),
    );
    expect(textOf(again)).toContain("Accepted");

    // The card updates for everyone, and the referrer hears the outcome in her personal chat.
    await service.outbox.drainOnce();
    const update = connector.updatesIn(isgChat.id).at(-1);
    const posted = connector.calls.find(
      (c) =>
        c.kind !== "update" &&
        c.conversationId === isgChat.id &&
        textOf(cardOf(c.activity)).includes(reference!),
    );
    expect(update?.activityId).toBe(posted?.activityId);
    expect(textOf(cardOf(update?.activity))).toContain("Screened by: Morag Chalmers");
    expectNoChildData(JSON.stringify(update?.activity));
    const outcome = teacher.cards().at(-1);
    expect(textOf(outcome)).toContain(`Referral ${reference}: accepted`);
    expect(textOf(outcome)).toContain("Meeting:");
    expect(connector.updatesIn(isgChat.id)).toHaveLength(1);

    // my referrals lists it with its state.
    await teacher.say("my referrals");
    expect(textOf(teacher.cards().at(-1))).toMatch(new RegExp(`${reference}.*Accepted`));

    for (const call of connector.calls.filter((c) => c.conversationId === isgChat.id)) {
      expectNoChildData(JSON.stringify(call.activity));
    }
    expectNoChildData(service.logs.join("\n"));
  });
});
