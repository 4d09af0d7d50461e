import type { User } from "@microsoft/microsoft-graph-types";
import {
  graphError,
  json,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxUser } from "./sandbox-state.js";

export function userResource(user: SandboxUser): User {
  const person = user.person;
  return {
    id: user.id,
    displayName: person.displayName,
    userPrincipalName: person.email,
    mail: person.email,
    jobTitle: person.jobTitle,
    department: person.agency,
    userType: person.organisation === "internal" ? "Member" : "Guest",
  };
}

function selected(user: User, select: string | null): User {
  if (!select) return user;
  const wanted = new Set(["id", ...select.split(",").map((field) => field.trim())]);
  return Object.fromEntries(Object.entries(user).filter(([key]) => wanted.has(key)));
}

/** A page of a collection with Graph's `@odata.nextLink` (a `$skiptoken` offset). */
function page(
  context: SandboxContext,
  request: SandboxRequest,
  path: string,
  users: SandboxUser[],
): SandboxResponse {
  const top = Math.min(Math.max(Number(request.query.get("$top") ?? 100) || 100, 1), 999);
  const skip = Number(request.query.get("$skiptoken") ?? 0) || 0;
  const select = request.query.get("$select");
  const value = users.slice(skip, skip + top).map((user) => selected(userResource(user), select));
  const next = new URLSearchParams(request.query);
  next.set("$skiptoken", String(skip + top));
  return json(200, {
    "@odata.context": `${context.url}/v1.0/$metadata#users`,
    value,
    ...(skip + top < users.length
      ? { "@odata.nextLink": `${context.url}/v1.0${path}?${next.toString()}` }
      : {}),
  });
}

export function listUsers(context: SandboxContext, request: SandboxRequest): SandboxResponse {
  const filter = request.query.get("$filter");
  let users = [...context.state.users.values()];
  if (filter) {
    const match = /^(mail|userPrincipalName) eq '((?:[^']|'')*)'$/.exec(filter.trim());
    if (!match) return graphError(400, "Request_UnsupportedQuery", "Unsupported query.");
    const wanted = (match[2] ?? "").replace(/''/g, "'").toLowerCase();
    users = users.filter((user) => user.person.email.toLowerCase() === wanted);
  }
  return page(context, request, "/users", users);
}

export function getUser(request: SandboxRequest, user: SandboxUser): SandboxResponse {
  return json(200, selected(userResource(user), request.query.get("$select")));
}

export function groupMembers(
  context: SandboxContext,
  request: SandboxRequest,
  groupId: string,
  path: string,
): SandboxResponse {
  const group = context.state.groups.get(groupId);
  if (!group)
    return graphError(
      404,
      "Request_ResourceNotFound",
      `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  const members = group.memberIds
    .map((id) => context.state.users.get(id))
    .filter((user): user is SandboxUser => Boolean(user));
  return page(context, request, path, members);
}
