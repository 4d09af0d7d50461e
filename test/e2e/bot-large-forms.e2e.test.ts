import { referralRequirements } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, asCardInputs, clickData, inputsOf, textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, testChild } from "./support/scenario.js";

/** An ISG form with every free-text answer filled to its limit: about 44 KB of card data. */
function filledToEveryLimit(): Record<string, string> {
  const form = asCardInputs(aValidReferralForm("isg", testChild));
  for (const field of referralRequirements("isg").fields) {
    if (field.kind === "multiline" || (field.kind === "text" && !field.id.startsWith("child.")))
      form[field.id] = "a".repeat(field.maxLength);
  }
  return form;
}

describe("large referral forms, over HTTP", () => {
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

  async function isgForm() {
    const teacher = as(service, connector, "p-teacher");
    await teacher.say("refer");
    const form = await teacher.click(
      "refer.choose-panel",
      clickData(actionOf(teacher.cards().at(-1), "refer.choose-panel"), { panelId: "panel-isg" }),
    );
    return { teacher, form };
  }

  it("files a form filled to every limit", async () => {
    const { teacher, form } = await isgForm();
    const data = clickData(actionOf(form, "referral.submit"), filledToEveryLimit());
    expect(Buffer.byteLength(JSON.stringify(data))).toBeGreaterThan(40_000);
    const sent = await teacher.click("referral.submit", data);
    expect(textOf(sent)).toContain("Referral sent");
  });

  it("answers an over-long answer with the form, what was typed and the error by it, never 'out of date'", async () => {
    const { teacher, form } = await isgForm();
    const chronology = "c".repeat(21_000);
    const back = await teacher.click(
      "referral.submit",
      clickData(actionOf(form, "referral.submit"), { ...filledToEveryLimit(), "isg.chronology": chronology }),
    );
    expect(textOf(back)).not.toContain("out of date");
    expect(textOf(back)).toContain('Keep "Chronology" to 8000 characters or fewer.');
    expect(textOf(back)).toContain("You typed 21,000 characters here; the form keeps the first 16,000.");
    const inputs = inputsOf(back);
    expect(String(inputs.find((i) => i.id === "isg.chronology")?.value)).toBe("c".repeat(16_000));
    expect(inputs.find((i) => i.id === "child.familyName")?.value).toBe(testChild["child.familyName"]);
    expect(inputs.find((i) => i.id === "reason")?.value).toBe("a".repeat(4000));
    expect(Buffer.byteLength(JSON.stringify(back))).toBeLessThan(80 * 1024);
  });

  it("answers an answer far over any limit, or one that is not text, with the form kept and a message that says so", async () => {
    const { teacher, form } = await isgForm();
    const stored = () =>
      service.deps.store.transaction((tx) => tx.referrals.list({ referrerId: "p-teacher" }));
    const before = (await stored()).length;
    const back = await teacher.click(
      "referral.submit",
      clickData(actionOf(form, "referral.submit"), {
        ...filledToEveryLimit(),
        "isg.chronology": "c".repeat(70_000),
        reason: { nested: "object" },
      }),
    );
    expect(textOf(back)).not.toContain("out of date");
    expect(textOf(back)).toContain("far over any limit");
    expect(inputsOf(back).find((i) => i.id === "child.familyName")?.value).toBe(
      testChild["child.familyName"],
    );
    expect(Buffer.byteLength(JSON.stringify(back))).toBeLessThan(80 * 1024);
    expect(await stored()).toHaveLength(before);
  });
});
