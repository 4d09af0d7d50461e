import { referralRequirements, type FormField } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { type Browser, type Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@convenor/server";
import { startAgentsPlayground, type RunningPlayground } from "@convenor/server/local";
import { startBotService, type BotService } from "./support/bot-service.js";
import { testChild } from "./support/scenario.js";
import { launchChromium } from "./support/browser.js";

/** Types or clicks one answer into the Adaptive Card form, as a person would. */
async function answer(card: Locator, field: FormField, value: unknown): Promise<void> {
  const choiceLabel = (v: string) => field.choices?.find((c) => c.value === v)?.label ?? v;
  if (field.kind === "choice") {
    await card
      .getByRole("radio", { name: choiceLabel(String(value)), exact: true })
      .first()
      .check();
  } else if (field.kind === "multichoice") {
    for (const v of value as string[]) {
      await card
        .locator(`input[type=checkbox][aria-label="${choiceLabel(v)}"]`)
        .first()
        .check();
    }
  } else if (field.kind === "toggle") {
    if (value === true) await card.getByRole("checkbox", { name: field.label }).first().check();
  } else {
    const startsWithLabel = new RegExp(`^${field.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    await card.getByLabel(startsWithLabel).first().fill(String(value));
  }
}

describe("the Agents Playground in headless Chromium", () => {
  let service: BotService;
  let playground: RunningPlayground;
  let browser: Browser;

  beforeAll(async () => {
    service = await startBotService();
    playground = await startAgentsPlayground({
      botEndpoint: `${service.url}/api/messages`,
      port: 56_150 + Math.floor(Math.random() * 800),
      configPath: `${process.cwd()}/.m365agentsplayground.yml`,
      logger: createLogger({ level: "silent" }),
      logFile: `${process.env.TMPDIR ?? "/tmp"}/convenor-playground-test.log`,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await service?.close();
  });

  const girfecPanels = [
    { preset: "lc-jst", name: "Millburn Learning Community JST", reference: /LCJST-\d{4}-\d{4}/ },
    {
      preset: "icsmg",
      name: "ICSMG Inverness, Nairn, Badenoch & Strathspey",
      reference: /ICSMG-\d{4}-\d{4}/,
    },
    { preset: "isg", name: "Inverness Integrated Support Group", reference: /ISG-\d{4}-\d{4}/ },
  ] as const;

  it.each(girfecPanels)(
    "files a referral to the $preset panel: refer, choose the panel, fill its form, see the confirmation",
    async ({ preset, name, reference }) => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(15_000);
      await page.goto(playground.url);
      const message = page.getByRole("textbox").first();
      await message.fill("refer");
      await message.press("Enter");

      const choice = page.locator(".ac-adaptiveCard").filter({ hasText: "Open the form" }).last();
      await choice.getByText(name, { exact: true }).click();
      await choice.getByRole("button", { name: "Open the form" }).click();
      const form = page
        .locator(".ac-adaptiveCard")
        .filter({ hasText: `Referral to ${name}` })
        .last();
      await form.getByText("child protection procedures").first().waitFor();

      // A different child per panel: an LC-JST referral still awaiting its outcome would hold back an ISG one.
      const child = { ...testChild, "child.familyName": `Testchild-${preset}` };
      const values = aValidReferralForm(preset, child);
      for (const field of referralRequirements(preset).fields) {
        if (values[field.id] !== undefined) await answer(form, field, values[field.id]);
      }
      await form.getByRole("button", { name: "Submit referral" }).click();

      const confirmation = page.locator(".ac-adaptiveCard").filter({ hasText: "Referral sent" }).last();
      await confirmation.waitFor({ timeout: 15_000 });
      const shown = reference.exec(await confirmation.innerText())?.[0];
      expect(shown).toBeDefined();
      const filed = await service.store.transaction((tx) =>
        tx.referrals.list({ referrerId: "p-teacher", states: ["submitted"] }),
      );
      expect(filed.find((r) => r.reference === shown)?.form["child.familyName"]).toBe(`Testchild-${preset}`);
      await page.close();
    },
    120_000,
  );
});
