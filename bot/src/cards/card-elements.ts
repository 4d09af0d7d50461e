/** Adaptive Card 1.5 JSON, as Teams renders it. Built by pure functions; no SDK involved. */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  refresh?: { action: CardElement; userIds?: string[] };
}

/** What every Convenor card action carries besides the inputs: the verb's own data. */
export interface ConvenorActionData {
  [key: string]: string | undefined;
}

export const dataKey = "convenor";

export function adaptiveCard(
  body: CardElement[],
  actions: CardElement[] = [],
  refresh?: AdaptiveCard["refresh"],
): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length ? { actions } : {}),
    ...(refresh ? { refresh } : {}),
  };
}

/**
 * Text from a person or the store, made literal for a TextBlock or fact, which Teams parses as markdown: no
 * links, emphasis or code from what someone typed. Block markers (lists, headings, quotes) only count at the
 * start of a line, so they are escaped only there and hyphenated words stay readable.
 */
export function literal(text: string): string {
  return text
    .replace(/[\\`*_[\]()!~<>]/g, "\\$&")
    .replace(/^(\s*)([#>+=-])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}

/** At most `length` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function clipText(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, Math.max(0, end));
}

export function heading(text: string): CardElement {
  return { type: "TextBlock", text, wrap: true, size: "Large", weight: "Bolder", style: "heading" };
}

export function subheading(text: string): CardElement {
  return { type: "TextBlock", text, wrap: true, size: "Medium", weight: "Bolder", spacing: "Large" };
}

export function paragraph(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text, wrap: true, ...options };
}

export function attention(text: string): CardElement {
  return { type: "TextBlock", text, wrap: true, color: "Attention", weight: "Bolder" };
}

export function notice(text: string, style: "warning" | "attention" | "good" | "emphasis"): CardElement {
  return { type: "Container", style, items: [paragraph(text)] };
}

export function facts(pairs: readonly (readonly [string, string])[]): CardElement {
  return { type: "FactSet", facts: pairs.map(([title, value]) => ({ title, value })) };
}

/** Questions and free-text answers: each answer wraps in full under its question, unlike a FactSet's column. */
export function answers(pairs: readonly (readonly [string, string])[]): CardElement {
  return {
    type: "Container",
    items: pairs.flatMap(([question, answer]) => [
      { type: "TextBlock", text: question, wrap: true, weight: "Bolder", spacing: "Medium" },
      { type: "TextBlock", text: answer, wrap: true, spacing: "Small" },
    ]),
  };
}

/** An `Action.Execute`: Teams sends the verb, this data under `convenor`, and the card's inputs. */
export function execute(
  title: string,
  verb: string,
  data: ConvenorActionData,
  options: { style?: "positive" | "destructive"; associatedInputs?: "auto" | "none" } = {},
): CardElement {
  return {
    type: "Action.Execute",
    title,
    verb,
    data: { [dataKey]: { verb, ...data } },
    ...(options.style ? { style: options.style } : {}),
    ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
  };
}

export function showCard(title: string, body: CardElement[], actions: CardElement[]): CardElement {
  return {
    type: "Action.ShowCard",
    title,
    card: { type: "AdaptiveCard", body, actions },
  };
}
