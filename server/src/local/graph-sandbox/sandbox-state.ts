import type { Panel, PanelMembership, Person } from "@convenor/shared";
import type { Event } from "@microsoft/microsoft-graph-types";
import { slug, stableGuid } from "./sandbox-ids.js";

export interface SandboxUser {
  id: string;
  person: Person;
  /** Free/busy of people in other organisations is never readable. */
  freeBusyVisible: boolean;
  workingHours: { daysOfWeek: string[]; startTime: string; endTime: string };
}

export interface SandboxSite {
  panelId: string;
  /** Graph site id: `hostname,siteCollectionId,webId`. */
  id: string;
  name: string;
  displayName: string;
  driveId: string;
  /** The panel's restricted site (chair and coordinators only): case observations are filed there. */
  restricted?: boolean;
}

export interface SandboxGroup {
  id: string;
  displayName: string;
  memberIds: string[];
}

export interface StoredEvent {
  organiserId: string;
  event: Event;
}

export interface DriveFile {
  id: string;
  site: SandboxSite;
  path: string;
  fields: Record<string, string>;
}

export interface UploadSessionState {
  id: string;
  site: SandboxSite;
  path: string;
  conflict: string;
  received: Buffer[];
  nextExpected: number;
  total: number | null;
  expiresAt: Date;
}

export interface IssuedToken {
  kind: "app" | "user";
  userId: string | null;
  expiresAt: number;
}

/** Convenor's id in the sandbox's Teams app catalog; the default `TEAMS_APP_CATALOG_ID` in local mode. */
export const sandboxTeamsAppCatalogId = "0c0a7e00-5a4d-4b0c-8a7e-000000000001";

/** Everything the sandbox knows, in memory; filed documents live on disk under `{dataDir}/sharepoint/`. */
export class SandboxState {
  readonly users = new Map<string, SandboxUser>();
  readonly sites = new Map<string, SandboxSite>();
  readonly groups = new Map<string, SandboxGroup>();
  readonly events = new Map<string, StoredEvent>();
  readonly files = new Map<string, DriveFile>();
  readonly uploads = new Map<string, UploadSessionState>();
  readonly tokens = new Map<string, IssuedToken>();
  /** The organisation's Teams app catalog (app ids), and the apps installed in each user's personal scope. */
  readonly teamsAppCatalog = new Set<string>([sandboxTeamsAppCatalogId]);
  readonly installedApps = new Map<string, Set<string>>();
  /** The apps installed in each chat (a Teams meeting's chat: its thread id). */
  readonly chatApps = new Map<string, Set<string>>();
  private eventCounter = 0;

  constructor(
    people: readonly Person[],
    panels: readonly Panel[],
    memberships: readonly PanelMembership[] | undefined,
  ) {
    for (const person of people) {
      const id = person.entraObjectId ?? stableGuid(`user:${person.id}`);
      const early = stableGuid(person.id).charCodeAt(0) % 3 === 0;
      this.users.set(id, {
        id,
        person,
        freeBusyVisible: person.organisation === "internal",
        workingHours: {
          daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
          startTime: early ? "08:30:00.0000000" : "09:00:00.0000000",
          endTime: early ? "16:30:00.0000000" : "17:00:00.0000000",
        },
      });
    }
    const usedNames = new Set<string>();
    for (const panel of panels) {
      let name = slug(panel.name);
      for (let n = 2; usedNames.has(name); n++) name = `${slug(panel.name)}-${n}`;
      usedNames.add(name);
      const site: SandboxSite = {
        panelId: panel.id,
        id: `sharepoint.sandbox.local,${stableGuid(`site:${panel.id}`)},${stableGuid(`web:${panel.id}`)}`,
        name,
        displayName: panel.name,
        driveId: `b!${Buffer.from(stableGuid(`drive:${panel.id}`)).toString("base64url")}`,
      };
      this.sites.set(site.id, site);
      const restricted: SandboxSite = {
        panelId: panel.id,
        id: `sharepoint.sandbox.local,${stableGuid(`restricted-site:${panel.id}`)},${stableGuid(`restricted-web:${panel.id}`)}`,
        name: `${name}-restricted`,
        displayName: `${panel.name} (restricted)`,
        driveId: `b!${Buffer.from(stableGuid(`restricted-drive:${panel.id}`)).toString("base64url")}`,
        restricted: true,
      };
      this.sites.set(restricted.id, restricted);
      const memberIds = (memberships ?? [])
        .filter((membership) => membership.panelId === panel.id)
        .map((membership) => this.userByPersonId(membership.personId)?.id)
        .filter((id): id is string => Boolean(id));
      const groupId = stableGuid(`group:${panel.id}`);
      this.groups.set(groupId, { id: groupId, displayName: panel.name, memberIds });
    }
    const everyoneId = stableGuid("group:everyone");
    this.groups.set(everyoneId, {
      id: everyoneId,
      displayName: "All Convenor people",
      memberIds: [...this.users.keys()],
    });
  }

  /** By object id, user principal name or mail (case-insensitive). */
  findUser(idOrUpn: string): SandboxUser | undefined {
    const direct = this.users.get(idOrUpn);
    if (direct) return direct;
    const wanted = idOrUpn.toLowerCase();
    return [...this.users.values()].find((user) => user.person.email.toLowerCase() === wanted);
  }

  userByPersonId(personId: string): SandboxUser | undefined {
    return [...this.users.values()].find((user) => user.person.id === personId);
  }

  nextEventId(): string {
    this.eventCounter++;
    return `AAMkAGSandbox${String(this.eventCounter).padStart(8, "0")}`;
  }
}
