import { z } from "zod";
import { errorCatalogue, identifier, type FieldError } from "@convenor/shared";
import { clipText, dataKey } from "../cards/card-elements.js";

/** Ids and nonces Convenor put on its own cards: never a control character (PostgreSQL refuses a NUL). */
const id = identifier(100);
const nonce = identifier(100, 8);

export const formActionData = z.object({
  panelId: id,
  cardId: nonce,
  draftId: id.optional(),
  referralId: id.optional(),
});
export type FormActionData = z.infer<typeof formActionData>;
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

/**
 * Bounds on what a card's inputs can carry. They are far above any field's own limit (the longest is 8,000
 * characters): an answer over its field's limit is the use case's to report, by its field, so that the
 * form comes back with what was typed. Only data no Convenor card sends is refused here.
 */
export const inputBounds = { inputs: 200, idLength: 200, valueLength: 64_000 } as const;

/** Stable codes for input a card action carried that Convenor could not take as it came. */
export const ActionInputCodes = errorCatalogue.cardInput;

export interface ParsedAction<T> {
  own: T;
  /** The card's input values as text, within `inputBounds`. */
  inputs: Record<string, string>;
  /**
   * Input that was dropped or cut to fit `inputBounds`, each with a message that says so. Empty for anything a
   * Convenor card sends. An edge shows them with the form (kept, with `inputs`) instead of acting on it.
   */
  problems: FieldError[];
}

type InputText = { text: string } | { problem: FieldError };

/** Cards send strings; a multi-select may arrive as a list and a toggle as a boolean. */
function inputText(key: string, value: unknown): InputText {
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean" || typeof value === "number") return { text: String(value) };
  if (Array.isArray(value) && value.every((item) => typeof item === "string"))
    return { text: value.join(",") };
  if (value === null || value === undefined) return { text: "" };
  return {
    problem: {
      field: key,
      code: ActionInputCodes.notText,
      message:
        "The card sent an answer that is not text, so it was left out. Check the form and send it again.",
    },
  };
}

/**
 * Splits an action's data into Convenor's own data (validated) and the card's input values. Null only when
 * Convenor's own data is missing or malformed: the card is not one Convenor can act on.
 */
export function parseAction<T>(schema: z.ZodType<T>, data: Record<string, unknown>): ParsedAction<T> | null {
  const { [dataKey]: own, ...rest } = data;
  const parsedOwn = schema.safeParse(own);
  if (!parsedOwn.success) return null;
  const inputs: Record<string, string> = {};
  const problems: FieldError[] = [];
  let unknown = 0;
  let kept = 0;
  for (const [key, value] of Object.entries(rest)) {
    if (key.length > inputBounds.idLength || kept >= inputBounds.inputs) {
      unknown += 1;
      continue;
    }
    const read = inputText(key, value);
    if ("problem" in read) {
      problems.push(read.problem);
      continue;
    }
    inputs[key] = clipText(read.text, inputBounds.valueLength);
    kept += 1;
    if (read.text.length > inputBounds.valueLength) {
      problems.push({
        field: key,
        code: ActionInputCodes.tooLong,
        message: `An answer of ${read.text.length.toLocaleString("en-GB")} characters is far over any limit: only the first ${inputBounds.valueLength.toLocaleString("en-GB")} were kept.`,
      });
    }
  }
  if (unknown) {
    problems.push({
      field: "",
      code: ActionInputCodes.unknown,
      message: `The card sent ${unknown} value${unknown === 1 ? "" : "s"} that no Convenor form has, which ${unknown === 1 ? "was" : "were"} left out.`,
    });
  }
  return { own: parsedOwn.data, inputs, problems };
}
export const meetingAttendData = z.object({
  meetingId: id,
  /** `chosen`: the chair's form says whom and how. */
  status: z.enum(["present", "apologies", "chosen"]),
});
export const meetingActionData = z.object({ meetingId: id });
export const questionActionData = z.object({ questionId: id });
