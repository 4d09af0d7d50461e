import { aMembership, aPerson } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, clickData, elementsOf, inputsOf, textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, expectNoChildData, fileUrgentIcsmgReferral } from "./support/scenario.js";

/** An emergency authoriser who is not the panel's chair (this test's own data, not the demo seed). */
const authoriser = aPerson({
  id: "p-test-authoriser",
  displayName: "Fiona Test-Authoriser",
  email: "fiona.authoriser@convenor.test",
  entraObjectId: "0e0e0000-0000-4000-8000-00000000a001",
  agency: "social-work",
});

describe("an urgent request decided by an emergency authoriser who is not a chair, over HTTP", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
    service.addPerson(authoriser, [
      aMembership({ id: "panel-icsmg" }, authoriser, ["emergency-authoriser"], { agency: "social-work" }),
    ]);
    await service.outbox.drainOnce();
    for (const id of ["p-test-authoriser", "p-sw", "p-coord"]) await as(service, connector, id).say("help");
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  async function fileUrgent(key: string) {
    const referral = await fileUrgentIcsmgReferral(service, key);
    await service.outbox.drainOnce();
    const reference = referral.reference!;
    const card = as(service, connector, "p-test-authoriser")
      .cards()
      .find((c) => textOf(c).includes(`Urgent request ${reference}`));
    if (!card) throw new Error(`no urgent card for ${reference}`);
    return { id: referral.id, reference, card };
  }
  const stateOf = async (id: string) =>
    (await service.store.transaction((tx) => tx.referrals.get(id)))?.state;

  it("opens the case from the urgent card, and approves it with a reason for retrospective consideration", async () => {
    const fiona = as(service, connector, "p-test-authoriser");
    await fiona.say("queue");
    expect(textOf(fiona.cards().at(-1))).toContain("Nothing is waiting for screening");

    const urgent = await fileUrgent("urgent-approve");
    expectNoChildData(JSON.stringify(urgent.card));
    const detail = await fiona.click("urgent.open", clickData(actionOf(urgent.card, "urgent.open")));
    expect(textOf(detail)).toContain("Kirsty Testchild");
    expect(textOf(detail)).toContain("Placement breaks down on Friday.");
    expect(inputsOf(detail).find((i) => i.id === "urgent.reason")).toMatchObject({ isRequired: true });
    const approve = actionOf(detail, "urgent.decide", (d) => d.decision === "approve");

    // A coordinator who is not an emergency authoriser forges the click: refused, nothing changes.
    const forged = await as(service, connector, "p-coord").click(
      "urgent.decide",
      clickData(approve, { "urgent.reason": "Looks fine to me." }),
    );
    expect(textOf(forged)).toContain("Not allowed");
    expect(await stateOf(urgent.id)).toBe("submitted");

    // A blank reason: the case comes back with the error under the reason, and nothing changes.
    const noReason = await fiona.click("urgent.decide", clickData(approve, { "urgent.reason": " " }));
    expect(elementsOf(noReason).find((e) => e.id === "urgent.reason.error")?.text).toMatch(/reason/i);
    expect(textOf(noReason)).toContain("Kirsty Testchild");
    actionOf(noReason, "urgent.decide", (d) => d.decision === "approve");
    expect(await stateOf(urgent.id)).toBe("submitted");

    const approved = await fiona.click(
      "urgent.decide",
      clickData(approve, { "urgent.reason": "Emergency placement agreed." }),
    );
    expect(textOf(approved)).toContain(`Urgent request ${urgent.reference} approved`);
    expect(["accepted", "scheduled"]).toContain(await stateOf(urgent.id));
    await service.outbox.drainOnce();
    const outcome = as(service, connector, "p-sw").cards().at(-1);
    expect(textOf(outcome)).toContain(urgent.reference);
    expect(textOf(outcome)).toContain("retrospective consideration");
  });

  it("declines from the opened case with a reason, which the referrer receives", async () => {
    const fiona = as(service, connector, "p-test-authoriser");
    const urgent = await fileUrgent("urgent-decline");
    const detail = await fiona.click("urgent.open", clickData(actionOf(urgent.card, "urgent.open")));
    const declined = await fiona.click(
      "urgent.decide",
      clickData(
        actionOf(detail, "urgent.decide", (d) => d.decision === "decline"),
        {
          "urgent.reason": "Can wait for the meeting on Tuesday.",
        },
      ),
    );
    expect(textOf(declined)).toContain(`Urgent request ${urgent.reference} declined`);
    expect(await stateOf(urgent.id)).toBe("declined");
    await service.outbox.drainOnce();
    const outcome = as(service, connector, "p-sw").cards().at(-1);
    expect(textOf(outcome)).toContain(`Referral ${urgent.reference}: declined`);
    expect(textOf(outcome)).toContain("Can wait for the meeting on Tuesday.");

    const reopened = await fiona.click("urgent.open", clickData(actionOf(urgent.card, "urgent.open")));
    expect(textOf(reopened)).toContain("This request has been decided: Declined");
  });

  it("refuses to open the case to someone who may not see it, and audits the refusal", async () => {
    const urgent = await fileUrgent("urgent-refused");
    const police = as(service, connector, "p-police");
    const view = await police.click("urgent.open", clickData(actionOf(urgent.card, "urgent.open")));
    expect(textOf(view)).toContain("Not allowed");
    expectNoChildData(JSON.stringify(view));
    expect(
      service.store
        .contents()
        .audit.some(
          (entry) =>
            entry.action === "referral.view-refused" &&
            entry.actorId === "p-police" &&
            entry.subjectId === urgent.id,
        ),
    ).toBe(true);
  });
});
