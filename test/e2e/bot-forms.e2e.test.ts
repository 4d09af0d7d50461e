import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, asCardInputs, clickData, textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, testChild } from "./support/scenario.js";

describe("the referral form's Save draft and resubmission, over HTTP", () => {
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

  const teacherReferrals = () =>
    service.store.transaction((tx) => tx.referrals.list({ referrerId: "p-teacher" }));
  const panelName = async (id: string) =>
    (await service.store.transaction((tx) => tx.panels.get(id)))?.name ?? "missing";

  it("saves a draft once for the same answers, keeps what was typed, and files that draft on submit", async () => {
    const teacher = as(service, connector, "p-teacher");
    await teacher.say("refer");
    const form = await teacher.click(
      "refer.choose-panel",
      clickData(actionOf(teacher.cards().at(-1), "refer.choose-panel"), { panelId: "panel-lcjst" }),
    );
    const drafts = async () => (await teacherReferrals()).filter((r) => r.state === "draft");
    const draftsBefore = (await drafts()).length;
    const partial = { "child.givenName": "Kirsty", "child.familyName": "Testchild" };

    const draftIdOn = (card: Record<string, unknown>) =>
      (actionOf(card, "referral.submit").data as { convenor: { draftId?: string } }).convenor.draftId;
    const saveOn = (card: Record<string, unknown>, inputs: Record<string, string>) =>
      teacher.click("referral.save-draft", clickData(actionOf(card, "referral.save-draft"), inputs));

    const saved = await saveOn(form, partial);
    expect(textOf(saved)).toContain("Draft saved");
    const draftId = draftIdOn(saved);
    expect(draftId).toBeDefined();
    const doubleClick = await saveOn(form, partial);
    expect(draftIdOn(doubleClick)).toBe(draftId);
    const unchanged = await saveOn(saved, partial); // from the updated card, which now names its draft
    expect(textOf(unchanged)).toContain("Draft saved");
    const again = await saveOn(saved, { ...partial, "child.school": "Millburn Academy" });
    expect(textOf(again)).toContain("Draft saved");
    expect(draftIdOn(again)).toBe(draftId);
    expect(await drafts()).toHaveLength(draftsBefore + 1);
    const stored = await service.store.transaction((tx) => tx.referrals.get(draftId!));
    expect(stored?.form["child.school"]).toBe("Millburn Academy");

    const sent = await teacher.click(
      "referral.submit",
      clickData(actionOf(again, "referral.submit"), asCardInputs(aValidReferralForm("lc-jst", testChild))),
    );
    expect(textOf(sent)).toContain("Referral sent");
    expect(await drafts()).toHaveLength(draftsBefore);
    const filed = await service.store.transaction((tx) => tx.referrals.get(draftId!));
    expect(filed?.state).toBe("submitted");
  });

  it("resubmits a returned referral to its own panel, whatever panel id the card claims", async () => {
    const teacher = as(service, connector, "p-teacher");
    const returned = (await teacherReferrals()).find((r) => r.state === "returned");
    if (!returned) throw new Error("the seed has a returned referral of the teacher's");
    const own = await panelName(returned.panelId);
    const claimed = returned.panelId === "panel-isg" ? "panel-icsmg" : "panel-isg";

    const invalid = await teacher.click("referral.submit", {
      convenor: {
        verb: "referral.submit",
        panelId: claimed,
        cardId: "forged-resubmit-1",
        referralId: returned.id,
      },
      "child.givenName": "Kirsty",
    });
    expect(textOf(invalid)).toContain(`Edit and resubmit: ${own}`);
    expect(textOf(invalid)).not.toContain(await panelName(claimed));

    const noSuchPanel = await teacher.click("referral.submit", {
      convenor: {
        verb: "referral.submit",
        panelId: "panel-nope",
        cardId: "forged-resubmit-2",
        referralId: returned.id,
      },
      ...asCardInputs(aValidReferralForm("lc-jst", testChild)),
      "resubmission.answer": "The school is Millburn Academy.",
    });
    expect(textOf(noSuchPanel)).toContain("Referral resubmitted");
    expect(textOf(noSuchPanel)).toContain(`Panel: ${own}`);
    expect((await service.store.transaction((tx) => tx.referrals.get(returned.id)))?.state).toBe("submitted");
  });
});
