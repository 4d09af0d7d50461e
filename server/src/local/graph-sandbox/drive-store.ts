import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { stableGuid } from "./sandbox-ids.js";
import type { SandboxContext } from "./sandbox-http.js";
import type { DriveFile, SandboxSite } from "./sandbox-state.js";

const forbidden = /["*:<>?\\|\p{Cc}]/u;
const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|\.lock|desktop\.ini)(\..*)?$/i;

/** SharePoint's own checks on a library path; null when valid, else the reason (what SharePoint answers 400 for). */
export function invalidPathReason(path: string): string | null {
  const segments = path.split("/");
  if (path.length > 400) return "The path is longer than 400 characters.";
  for (const segment of segments) {
    if (segment === "" || segment === "." || segment === "..")
      return "The path has an empty or relative segment.";
    if (
      forbidden.test(segment) ||
      reserved.test(segment) ||
      segment.startsWith("~$") ||
      /_vti_/i.test(segment)
    ) {
      return `The name '${segment}' contains characters or words SharePoint does not allow.`;
    }
    if (/[. ]$/.test(segment) || segment.startsWith(" "))
      return `The name '${segment}' cannot start with a space or end with a dot or space.`;
  }
  return null;
}

export const siteDir = (context: SandboxContext, site: SandboxSite): string =>
  resolve(context.dataDir, "sharepoint", site.name);

/** The file on disk for a library path, never outside the site's folder. */
export function diskPath(context: SandboxContext, site: SandboxSite, path: string): string {
  const root = siteDir(context, site);
  const target = resolve(root, ...path.split("/"));
  if (!target.startsWith(root + sep)) throw new Error("A library path escaped its site folder");
  return target;
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Applies the conflict behaviour; returns the path to write, or null when `fail` meets an existing file. */
export async function resolveConflict(
  context: SandboxContext,
  site: SandboxSite,
  path: string,
  conflict: string,
): Promise<string | null> {
  if (!(await exists(diskPath(context, site, path)))) return path;
  if (conflict === "replace") return path;
  if (conflict !== "rename") return null;
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 1; ; n++) {
    const candidate = `${folder}${stem} ${n}${extension}`;
    if (!(await exists(diskPath(context, site, candidate)))) return candidate;
  }
}

export async function storeFile(
  context: SandboxContext,
  site: SandboxSite,
  path: string,
  content: Buffer,
): Promise<DriveItem> {
  const file = diskPath(context, site, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
  const id = fileId(site, path);
  const existing = context.state.files.get(id);
  const record: DriveFile = existing ?? { id, site, path, fields: {} };
  context.state.files.set(id, { ...record, path });
  return driveItem(context, site, id, path, content.byteLength);
}

/** A file's drive item id: the same for the same path (as SharePoint keeps an item's id when it is replaced). */
export const fileId = (site: SandboxSite, path: string): string =>
  `01SANDBOX${stableGuid(`${site.id}/${path.toLowerCase()}`).replace(/-/g, "").slice(0, 24).toUpperCase()}`;

export function driveItem(
  context: SandboxContext,
  site: SandboxSite,
  id: string,
  path: string,
  size: number,
): DriveItem {
  const slash = path.lastIndexOf("/");
  const now = new Date().toISOString();
  return {
    id,
    name: path.slice(slash + 1),
    size,
    createdDateTime: now,
    lastModifiedDateTime: now,
    webUrl: `${context.url}/sites/${site.name}/Shared%20Documents/${path.split("/").map(encodeURIComponent).join("/")}`,
    file: { mimeType: "application/octet-stream" },
    parentReference: {
      driveId: site.driveId,
      driveType: "documentLibrary",
      siteId: site.id,
      path: `/drive/root:/${path.slice(0, Math.max(0, slash))}`,
    },
  };
}

export const fileOnDisk = (context: SandboxContext, siteName: string, path: string): string | null => {
  const site = [...context.state.sites.values()].find((candidate) => candidate.name === siteName);
  if (!site || invalidPathReason(path)) return null;
  return join(diskPath(context, site, path));
};
