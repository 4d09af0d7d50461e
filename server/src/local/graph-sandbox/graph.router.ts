import {
  cancelEvent,
  createEvent,
  eventNotFound,
  findEvent,
  getCalendar,
  getSchedule,
  updateEvent,
} from "./calendar.routes.js";
import { getUser, groupMembers, listUsers } from "./directory.routes.js";
import { createUploadSession, getFields, listChildren, patchFields, putContent } from "./drive.routes.js";
import {
  decodeSegment,
  graphError,
  json,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxUser } from "./sandbox-state.js";
import { findOnlineMeetings, installAppInChat, listAppsInChat } from "./meeting-chat.routes.js";
import { installAppForUser, listAppsForUser } from "./teamwork.routes.js";

const notFound = (request: SandboxRequest) =>
  graphError(400, "BadRequest", `Resource not found for the segment '${request.path.split("/")[1] ?? ""}'.`);

/** Routes one Graph request (top-level or a `$batch` step) that has already passed authentication. */
export async function routeGraph(context: SandboxContext, request: SandboxRequest): Promise<SandboxResponse> {
  let path = request.path;
  if (path === "/me" || path.startsWith("/me/")) {
    if (!request.token?.userId)
      return graphError(400, "BadRequest", "/me request is only valid with delegated authentication flow.");
    path = `/users/${request.token.userId}${path.slice(3)}`;
  }
  const drive = /^\/sites\/([^/]+)\/drive\/root:\/(.+):\/(content|createUploadSession|children)$/.exec(path);
  if (drive) {
    const site = context.state.sites.get(decodeSegment(drive[1] ?? ""));
    if (!site) return graphError(404, "itemNotFound", "Requested site could not be found");
    const itemPath = (drive[2] ?? "").split("/").map(decodeSegment).join("/");
    if (drive[3] === "content" && request.method === "PUT")
      return putContent(context, request, site, itemPath);
    if (drive[3] === "createUploadSession" && request.method === "POST")
      return createUploadSession(context, request, site, itemPath);
    if (drive[3] === "children" && request.method === "GET") return listChildren(context, site, itemPath);
    return graphError(405, "invalidRequest", "Method not allowed.");
  }
  const segments = path.split("/").slice(1).map(decodeSegment);
  const [collection, key, ...rest] = segments;
  if (collection === "users") return routeUser(context, request, key, rest);
  if (collection === "chats" && key && rest.join("/") === "installedApps") {
    if (request.method === "POST") return installAppInChat(context, request, key);
    if (request.method === "GET") return listAppsInChat(context, request, key);
  }
  if (collection === "groups" && key && rest[0] === "members" && request.method === "GET") {
    return groupMembers(context, request, key, path);
  }
  if (
    collection === "sites" &&
    key &&
    rest.join("/").match(/^drive\/items\/[^/]+\/listItem\/fields$/) &&
    (request.method === "PATCH" || request.method === "GET")
  ) {
    const site = context.state.sites.get(key);
    if (!site) return graphError(404, "itemNotFound", "Requested site could not be found");
    return request.method === "PATCH"
      ? patchFields(context, request, site, rest[2] ?? "")
      : getFields(context, site, rest[2] ?? "");
  }
  return notFound(request);
}

function routeUser(
  context: SandboxContext,
  request: SandboxRequest,
  key: string | undefined,
  rest: string[],
): SandboxResponse {
  if (!key) return request.method === "GET" ? listUsers(context, request) : notFound(request);
  const user = context.state.findUser(key);
  if (!user)
    return graphError(
      404,
      "Request_ResourceNotFound",
      `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
    );
  const route = `${request.method} ${rest.join("/")}`;
  if (route === "GET ") return getUser(request, user);
  if (route === "POST teamwork/installedApps") return installAppForUser(context, request, user);
  if (route === "GET teamwork/installedApps") return listAppsForUser(context, request, user);
  if (route === "GET onlineMeetings") {
    // As in Graph: online meetings are addressed by the user's object id only, never a mail or UPN.
    if (key !== user.id)
      return graphError(404, "NotFound", "The user id must be the user's Entra object id.");
    return findOnlineMeetings(context, request, user);
  }
  if (!user.freeBusyVisible)
    return graphError(
      404,
      "MailboxNotEnabledForRESTAPI",
      "The mailbox is either inactive, soft-deleted, or is hosted on-premise.",
    );
  if (route === "GET calendar") return getCalendar(context, user);
  if (route === "POST calendar/getSchedule") return getSchedule(context, request, user);
  if (route === "POST events") return createEvent(context, request, user);
  return routeEvent(context, request, user, rest);
}

function routeEvent(
  context: SandboxContext,
  request: SandboxRequest,
  user: SandboxUser,
  rest: string[],
): SandboxResponse {
  const [events, eventId, action] = rest;
  if (events !== "events" || !eventId) return notFound(request);
  const event = findEvent(context, user, eventId);
  if (!event) return eventNotFound();
  if (!action && request.method === "GET") return json(200, event);
  if (!action && request.method === "PATCH") return updateEvent(context, request, event);
  if (!action && request.method === "DELETE")
    return cancelEvent(context, eventId).status === 202 ? { status: 204 } : eventNotFound();
  if (action === "cancel" && request.method === "POST") return cancelEvent(context, eventId);
  return notFound(request);
}
