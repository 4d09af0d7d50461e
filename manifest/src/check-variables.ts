import { appVariables, endpointDomains, type VariableKind } from "./app-variables.js";

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hostPattern = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i;

function problemWith(kind: VariableKind, value: string): string | null {
  switch (kind) {
    case "guid":
      return guidPattern.test(value) ? null : "must be a GUID";
    case "host":
      return hostPattern.test(value) ? null : "must be a host name with an optional port, no scheme or path";
    case "text":
      return [...value].some((char) => char.charCodeAt(0) < 0x20)
        ? "must not contain control characters"
        : null;
    case "url":
      return urlProblem(value);
  }
}

function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL";
  }
  // Teams tabs and Office add-ins load only over https, localhost included.
  if (url.protocol !== "https:") return "must be an https URL";
  if (value.endsWith("/") || url.search !== "" || url.hash !== "") {
    return "must have no trailing slash, query or fragment (the manifest appends paths)";
  }
  return null;
}

/** Problems with the values of the variables the template uses, each as `NAME: what is wrong`. */
export function variableProblems(used: ReadonlySet<string>, variables: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const { name, kind } of appVariables) {
    const value = variables[name];
    if (!used.has(name) || value === undefined) continue;
    const problem = problemWith(kind, value);
    if (problem) problems.push(`${name}: ${problem} (got "${value}")`);
  }
  for (const [endpoint, domain] of endpointDomains) {
    const endpointValue = variables[endpoint];
    const domainValue = variables[domain];
    if (!used.has(domain) || !endpointValue || !domainValue || urlProblem(endpointValue)) continue;
    if (new URL(endpointValue).host.toLowerCase() !== domainValue.toLowerCase()) {
      problems.push(
        `${domain}: must be the host of ${endpoint} ("${new URL(endpointValue).host}", got "${domainValue}")`,
      );
    }
  }
  return problems;
}
