import {
  graphError,
  json,
  readJson,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxUser } from "./sandbox-state.js";

/** Graph's installation id for the personal scope: base64 of `{userId}##{teamsAppId}`. */
const installationId = (userId: string, appId: string) =>
  Buffer.from(`${userId}##${appId}`).toString("base64").replace(/=+$/, "");

/** `POST /users/{id}/teamwork/installedApps`: installs a catalog app in the user's personal scope. */
export function installAppForUser(
  context: SandboxContext,
  request: SandboxRequest,
  user: SandboxUser,
): SandboxResponse {
  const bind = readJson<Record<string, unknown>>(request)?.["teamsApp@odata.bind"];
  const appId =
    typeof bind === "string" ? /\/v1\.0\/appCatalogs\/teamsApps\/([^/?#]+)$/.exec(bind)?.[1] : undefined;
  if (!appId)
    return graphError(
      400,
      "BadRequest",
      "teamsApp@odata.bind must be https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}.",
    );
  if (!context.state.teamsAppCatalog.has(appId))
    return graphError(404, "NotFound", `The Teams app '${appId}' is not in the organization's app catalog.`);
  const installed = context.state.installedApps.get(user.id) ?? new Set<string>();
  if (installed.has(appId))
    return graphError(409, "Conflict", "The app is already installed in the personal scope of the user.");
  installed.add(appId);
  context.state.installedApps.set(user.id, installed);
  return { status: 201 };
}

/** `GET /users/{id}/teamwork/installedApps`, with `$filter=teamsApp/id eq '{id}'` as Graph supports it. */
export function listAppsForUser(
  context: SandboxContext,
  request: SandboxRequest,
  user: SandboxUser,
): SandboxResponse {
  const filter = request.query.get("$filter");
  const wanted = filter ? /^teamsApp\/id eq '([^']+)'$/.exec(filter.trim())?.[1] : undefined;
  if (filter && !wanted) return graphError(400, "BadRequest", "Unsupported $filter.");
  const expand = (request.query.get("$expand") ?? "").split(",").includes("teamsApp");
  const value = [...(context.state.installedApps.get(user.id) ?? [])]
    .filter((appId) => !wanted || appId === wanted)
    .map((appId) => ({
      id: installationId(user.id, appId),
      ...(expand ? { teamsApp: { id: appId, distributionMethod: "organization" } } : {}),
    }));
  return json(200, {
    "@odata.context": `${context.url}/v1.0/$metadata#users('${user.id}')/teamwork/installedApps`,
    value,
  });
}
