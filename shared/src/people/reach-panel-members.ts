import { errorCatalogue, type ErrorCode } from "../model/error-codes.js";
import { ErrorCodes } from "../model/errors.js";
import type { PanelMembership } from "../model/panel.js";
import type { Person } from "../model/people.js";
import { fail, ok, type Result } from "../model/result.js";
import type { TeamsAppInstallerPort } from "../ports/teams-app-installer.port.js";
import { personChat } from "../conversations/conversation-key.js";
import type { UseCaseDeps } from "../use-case-deps.js";

export const ReachCodes = errorCatalogue.people;

export interface UnreachedMember {
  personId: string;
  /** `PEOPLE.NO_ENTRA_OBJECT_ID`, or the installer's code (e.g. `GRAPH.NOT_FOUND`, `GRAPH.THROTTLED`). */
  code: ErrorCode;
  message: string;
}

export interface ReachReport {
  /** Person ids the app was installed for now; Teams then opens the bot's personal chat with them. */
  installed: string[];
  /** Person ids who already had the app but whose personal chat the bot has not stored yet. */
  alreadyInstalled: string[];
  /** Who could not be reached, and why. */
  unreachable: UnreachedMember[];
}

/**
 * Makes panel members reachable before they are needed (an urgent request to an emergency authoriser who
 * has never chatted with Convenor would otherwise wait unseen): for every member of every panel, or of one
 * panel, whom the bot has no personal chat with yet, installs Convenor's Teams app for them. Members with a
 * personal chat are left alone, so running it again only retries those still unreached. Run by the
 * service itself, on no one's behalf.
 */
export async function reachPanelMembers(
  deps: UseCaseDeps & { installer: TeamsAppInstallerPort },
  input: { panelId?: string } = {},
): Promise<Result<ReachReport>> {
  const pending = await deps.store.read(async (tx) => {
    let memberships: PanelMembership[];
    if (input.panelId) {
      if (!(await tx.panels.get(input.panelId))) return null;
      memberships = await tx.panels.members(input.panelId);
    } else {
      const panels = await tx.panels.list();
      memberships = (await Promise.all(panels.map((panel) => tx.panels.members(panel.id)))).flat();
    }
    const people: Person[] = [];
    for (const personId of new Set(memberships.map((membership) => membership.personId))) {
      if (await tx.conversations.get(personChat(personId))) continue;
      const person = await tx.people.get(personId);
      if (person) people.push(person);
    }
    return people;
  });
  if (!pending) return fail(ErrorCodes.notFound, "No such panel.");

  const report: ReachReport = { installed: [], alreadyInstalled: [], unreachable: [] };
  // One at a time, outside any transaction: Teams throttles app installations per tenant.
  for (const person of pending) {
    if (!person.entraObjectId) {
      report.unreachable.push({
        personId: person.id,
        code: ReachCodes.noEntraObjectId,
        message:
          "Their Microsoft 365 account is not known to Convenor yet, so Teams cannot be set up for them.",
      });
      continue;
    }
    const outcome = await deps.installer.installForUser(person.entraObjectId);
    if (!outcome.ok) {
      report.unreachable.push({
        personId: person.id,
        code: outcome.error.code,
        message: outcome.error.message,
      });
    } else if (outcome.value === "installed") {
      report.installed.push(person.id);
    } else {
      report.alreadyInstalled.push(person.id);
    }
  }
  return ok(report);
}
