import { appVariables } from "./app-variables.js";
import { variableProblems } from "./check-variables.js";
import { fail, ok, type Result } from "./result.js";

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const mayBeEmpty = new Set(
  appVariables.filter((variable) => variable.allowEmpty).map((variable) => variable.name),
);

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

/** The names of the `${{VAR}}` placeholders in a manifest template, sorted. */
export function placeholdersIn(template: unknown): string[] {
  const names = new Set<string>();
  mapStrings(template, (text) => {
    for (const match of text.matchAll(placeholder)) names.add(match[1] ?? "");
    return text;
  });
  return [...names].sort();
}

/**
 * Replaces every `${{VAR}}` in the template's string values. Fails naming each variable that is not set
 * (or empty) and each value that cannot be right (an id that is not a GUID, a URL that is not https...).
 */
export function fillManifest(
  template: unknown,
  variables: Record<string, string>,
): Result<Record<string, unknown>> {
  const used = placeholdersIn(template);
  const missing = used.filter((name) => {
    const value = variables[name];
    return value === undefined || (value.trim() === "" && !mayBeEmpty.has(name));
  });
  if (missing.length > 0) {
    return fail(
      "MANIFEST.VARIABLES_MISSING",
      `Set ${missing.join(", ")} in the environment or in the env file before packaging.`,
      missing,
    );
  }
  const problems = variableProblems(new Set(used), variables);
  if (problems.length > 0) {
    return fail("MANIFEST.VARIABLE_INVALID", `Fix these variables: ${problems.join("; ")}.`, problems);
  }
  const filled = mapStrings(template, (text) =>
    text.replace(placeholder, (_, name: string) => variables[name] ?? ""),
  );
  if (filled === null || typeof filled !== "object" || Array.isArray(filled)) {
    return fail("MANIFEST.TEMPLATE_INVALID", "The manifest template must be a JSON object.");
  }
  const manifest = filled as Record<string, unknown>;
  if (Array.isArray(manifest.validDomains)) manifest.validDomains = [...new Set(manifest.validDomains)];
  return ok(manifest);
}
