import type { NextFunction, Request, Response } from "express";
import { errorBody } from "./error-status.js";

export interface JsonShapeLimits {
  /** Deepest nesting of objects and arrays (the body itself is depth 1). */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers...) in the whole body. */
  maxValues: number;
}

export type JsonShapeProblem = { path: string; message: string };

/**
 * Checks a parsed JSON body without recursion, so that nothing after it (validation, fingerprints, the bot
 * adapter) walks a body that is too deep or too wide. A NUL character is refused anywhere: no field of
 * Convenor's accepts it, and PostgreSQL cannot store it.
 */
export function jsonShapeProblem(body: unknown, limits: JsonShapeLimits): JsonShapeProblem | null {
  const pending: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 1, path: "" }];
  let values = 0;
  while (pending.length > 0) {
    const { value, depth, path } = pending.pop()!;
    values += 1;
    if (values > limits.maxValues) {
      return { path: "(body)", message: `The body has more than ${limits.maxValues} values.` };
    }
    if (typeof value === "string") {
      if (value.includes("\u0000")) return { path: path || "(body)", message: "Must not contain NUL." };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > limits.maxDepth) {
      return { path: path || "(body)", message: `The body is nested deeper than ${limits.maxDepth} levels.` };
    }
    const entries = Array.isArray(value)
      ? value.map((entry, index) => [String(index), entry] as const)
      : Object.entries(value as Record<string, unknown>);
    for (const [key, entry] of entries) {
      const entryPath = path ? `${path}.${key}` : key;
      if (key.includes("\u0000")) return { path: path || "(body)", message: "A key contains NUL." };
      pending.push({ value: entry, depth: depth + 1, path: entryPath });
    }
  }
  return null;
}

/** Express middleware after a JSON parser: refuses a body over the limits with a 400 naming where. */
export function boundedJson(limits: JsonShapeLimits) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const problem = jsonShapeProblem(req.body, limits);
    if (!problem) return next();
    res.status(400).json(
      errorBody({
        code: "VALIDATION.FAILED",
        message: "The request is not valid.",
        fields: [{ field: problem.path, code: "VALIDATION.FAILED", message: problem.message }],
      }),
    );
  };
}
