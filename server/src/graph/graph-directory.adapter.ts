import type { Client } from "@microsoft/microsoft-graph-client";
import type { User } from "@microsoft/microsoft-graph-types";
import {
  ok,
  systemClock,
  type Clock,
  type DirectoryPerson,
  type DirectoryPort,
  type Result,
} from "@convenor/shared";
import { graphCall, GraphErrorCodes } from "./graph-errors.js";

const fields = ["id", "displayName", "userPrincipalName", "mail", "jobTitle", "department"];

interface Cached<T> {
  value: T;
  expiresAt: number;
}

/** Entra ID users and group members through Microsoft Graph, cached for `ttlMs`. */
export class GraphDirectory implements DirectoryPort {
  private readonly cache = new Map<string, Cached<unknown>>();

  constructor(
    private readonly client: Client,
    private readonly options: { ttlMs: number; clock: Clock } = { ttlMs: 5 * 60_000, clock: systemClock },
  ) {}

  findPerson(idOrUpn: string): Promise<Result<DirectoryPerson | null>> {
    return this.cached(`person:${idOrUpn.toLowerCase()}`, async () => {
      const found = await graphCall(
        async () =>
          (await this.client
            .api(`/users/${encodeURIComponent(idOrUpn)}`)
            .select(fields)
            .get()) as User,
      );
      if (!found.ok) return found.error.code === GraphErrorCodes.notFound ? ok(null) : found;
      return ok(toPerson(found.value));
    });
  }

  findByMail(mail: string): Promise<Result<DirectoryPerson | null>> {
    return this.cached(`mail:${mail.toLowerCase()}`, () =>
      graphCall(async () => {
        const page = (await this.client
          .api("/users")
          .filter(`mail eq '${mail.replace(/'/g, "''")}'`)
          .select(fields)
          .get()) as { value: User[] };
        const [first] = page.value;
        return first ? toPerson(first) : null;
      }),
    );
  }

  groupMembers(groupId: string): Promise<Result<DirectoryPerson[]>> {
    return this.cached(`group:${groupId}`, () =>
      graphCall(async () => {
        const people: DirectoryPerson[] = [];
        let page = (await this.client
          .api(`/groups/${encodeURIComponent(groupId)}/members/microsoft.graph.user`)
          .select(fields)
          .top(100)
          .get()) as { value: User[]; "@odata.nextLink"?: string };
        people.push(...page.value.map(toPerson));
        while (page["@odata.nextLink"]) {
          page = (await this.client.api(this.relative(page["@odata.nextLink"])).get()) as typeof page;
          people.push(...page.value.map(toPerson));
        }
        return people;
      }),
    );
  }

  /** The SDK parses only https links; a next link is made relative to the client's own base URL. */
  private relative(link: string): string {
    const url = new URL(link);
    return `${url.pathname.replace(/^\/v1\.0/, "")}${url.search}`;
  }

  private async cached<T>(key: string, load: () => Promise<Result<T>>): Promise<Result<T>> {
    const now = this.options.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > now) return ok(hit.value as T);
    const result = await load();
    if (result.ok) this.cache.set(key, { value: result.value, expiresAt: now + this.options.ttlMs });
    return result;
  }
}

function toPerson(user: User): DirectoryPerson {
  if (!user.id) throw new Error("Graph returned a user without an id");
  return {
    id: user.id,
    displayName: user.displayName ?? "",
    userPrincipalName: user.userPrincipalName ?? "",
    mail: user.mail ?? null,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
  };
}
