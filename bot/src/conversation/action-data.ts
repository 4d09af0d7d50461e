import { z } from "zod";
import { dataKey } from "../cards/card-elements.js";

const id = z.string().min(1).max(100);
const nonce = z.string().min(8).max(100);

export const formActionData = z.object({
  panelId: id,
  cardId: nonce,
  draftId: id.optional(),
  referralId: id.optional(),
});
export const referralActionData = z.object({ referralId: id });
export const screeningDecisionData = z.object({
  referralId: id,
  decision: z.enum(["accept", "return", "decline"]),
  nonce,
});
export const urgentDecisionData = z.object({
  referralId: id,
  decision: z.enum(["approve", "decline"]),
  nonce,
});

/** Input values a card can send: strings only, each bounded, at most 200 of them. */
const inputValues = z
  .record(z.string().max(200), z.string().max(20_000))
  .refine((v) => Object.keys(v).length <= 200);

export interface ParsedAction<T> {
  own: T;
  inputs: Record<string, string>;
}

/** Splits an action's data into Convenor's own data (validated) and the card's input values. */
function inputText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string").join(",");
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  return "";
}

export function parseAction<T>(schema: z.ZodType<T>, data: Record<string, unknown>): ParsedAction<T> | null {
  const { [dataKey]: own, ...rest } = data;
  const parsedOwn = schema.safeParse(own);
  const inputs = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inputText(value)]));
  const parsedInputs = inputValues.safeParse(inputs);
  if (!parsedOwn.success || !parsedInputs.success) return null;
  return { own: parsedOwn.data, inputs: parsedInputs.data };
}
