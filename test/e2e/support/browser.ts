import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium, headless, with nothing that reaches beyond this machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Serious and critical axe-core findings (WCAG 2.1 A and AA, and best practice) on the page, one line each. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  // Colours are judged at rest: a button fading from disabled to enabled is not a contrast failure. A
  // spinner never rests, so the wait gives up after a moment.
  await page
    .waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')", null, {
      timeout: 3_000,
    })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
}
