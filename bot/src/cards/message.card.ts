import { adaptiveCard, heading, notice, paragraph, type AdaptiveCard } from "./card-elements.js";

/** A short message: a title, a sentence, and a tone. */
export function messageCard(
  title: string,
  text: string,
  tone: "info" | "warning" | "error" | "success" = "info",
): AdaptiveCard {
  const style = { info: "emphasis", warning: "warning", error: "attention", success: "good" } as const;
  return adaptiveCard([heading(title), tone === "info" ? paragraph(text) : notice(text, style[tone])]);
}
