import {
  graphError,
  json,
  readJson,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxUser } from "./sandbox-state.js";

/** The Teams meeting chat of a sandbox event: the thread its join link names, as Teams makes it. */
export const meetingThreadId = (eventId: string) => `19:meeting_${eventId}@thread.v2`;

/** The app id a `teamsApp@odata.bind` names, as Graph requires it. */
export function boundAppId(request: SandboxRequest): string | null {
  const bind = readJson<Record<string, unknown>>(request)?.["teamsApp@odata.bind"];
  return typeof bind === "string"
    ? (/\/v1\.0\/appCatalogs\/teamsApps\/([^/?#]+)$/.exec(bind)?.[1] ?? null)
    : null;
}

/**
 * `GET /users/{id}/onlineMeetings?$filter=JoinWebUrl eq '{joinUrl}'`: the organiser's online meeting with
 * that join link (Graph's only way from a calendar event to its meeting), with `chatInfo.threadId`.
 */
export function findOnlineMeetings(
  context: SandboxContext,
  request: SandboxRequest,
  user: SandboxUser,
): SandboxResponse {
  const filter = request.query.get("$filter")?.trim() ?? "";
  const quoted = /^joinWebUrl eq '(.*)'$/i.exec(filter)?.[1];
  if (quoted === undefined)
    return graphError(400, "BadRequest", "Filter on JoinWebUrl is required (for application permissions).");
  const joinUrl = quoted.replace(/''/g, "'");
  const value = [...context.state.events.values()]
    .filter((stored) => stored.organiserId === user.id && stored.event.onlineMeeting?.joinUrl === joinUrl)
    .map(({ event }) => ({
      id: Buffer.from(`1*${user.id}*0**${meetingThreadId(event.id ?? "")}`).toString("base64"),
      subject: event.subject,
      startDateTime: event.start?.dateTime,
      endDateTime: event.end?.dateTime,
      joinWebUrl: joinUrl,
      chatInfo: { threadId: meetingThreadId(event.id ?? ""), messageId: "0", replyChainMessageId: null },
    }));
  return json(200, {
    "@odata.context": `${context.url}/v1.0/$metadata#users('${user.id}')/onlineMeetings`,
    value,
  });
}

/** A chat the sandbox knows: a Teams meeting's chat, for each event that is a Teams meeting. */
function chatExists(context: SandboxContext, chatId: string): boolean {
  return [...context.state.events.values()].some(
    ({ event }) => event.onlineMeeting && meetingThreadId(event.id ?? "") === chatId,
  );
}

/** `POST /chats/{id}/installedApps`: installs a catalog app in a chat (for a meeting's chat, the meeting). */
export function installAppInChat(
  context: SandboxContext,
  request: SandboxRequest,
  chatId: string,
): SandboxResponse {
  const appId = boundAppId(request);
  if (!appId)
    return graphError(
      400,
      "BadRequest",
      "teamsApp@odata.bind must be https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}.",
    );
  if (!chatExists(context, chatId)) return graphError(404, "NotFound", `Chat '${chatId}' was not found.`);
  if (!context.state.teamsAppCatalog.has(appId))
    return graphError(404, "NotFound", `The Teams app '${appId}' is not in the organization's app catalog.`);
  const installed = context.state.chatApps.get(chatId) ?? new Set<string>();
  if (installed.has(appId)) return graphError(409, "Conflict", "The app is already installed in the chat.");
  installed.add(appId);
  context.state.chatApps.set(chatId, installed);
  return { status: 201 };
}

/** `GET /chats/{id}/installedApps`, with `$expand=teamsApp` and `$filter=teamsApp/id eq '{id}'`. */
export function listAppsInChat(
  context: SandboxContext,
  request: SandboxRequest,
  chatId: string,
): SandboxResponse {
  if (!chatExists(context, chatId)) return graphError(404, "NotFound", `Chat '${chatId}' was not found.`);
  const filter = request.query.get("$filter");
  const wanted = filter ? /^teamsApp\/id eq '([^']+)'$/.exec(filter.trim())?.[1] : undefined;
  if (filter && !wanted) return graphError(400, "BadRequest", "Unsupported $filter.");
  const expand = (request.query.get("$expand") ?? "").split(",").includes("teamsApp");
  const value = [...(context.state.chatApps.get(chatId) ?? [])]
    .filter((appId) => !wanted || appId === wanted)
    .map((appId) => ({
      id: Buffer.from(`${chatId}##${appId}`).toString("base64").replace(/=+$/, ""),
      ...(expand ? { teamsApp: { id: appId, distributionMethod: "organization" } } : {}),
    }));
  return json(200, {
    "@odata.context": `${context.url}/v1.0/$metadata#chats('${chatId}')/installedApps`,
    value,
  });
}
