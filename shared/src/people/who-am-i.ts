import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { PanelRole } from "../model/panel.js";
import type { Person } from "../model/people.js";
import { fail, ok, type Result } from "../model/result.js";
import type { Store } from "../ports/store.port.js";

export interface Me {
  person: Person;
  panels: { panelId: string; panelName: string; roles: PanelRole[] }[];
}

/** The signed-in person and the panels they hold a role on. */
export async function whoAmI(deps: { store: Store }, actor: Actor): Promise<Result<Me>> {
  return deps.store.read(async (tx) => {
    const person = await tx.people.get(actor.personId);
    if (!person) return fail(ErrorCodes.notFound, "Your account is not a Convenor user.");
    const memberships = await tx.panels.membershipsOf(person.id);
    const names = new Map((await tx.panels.list()).map((panel) => [panel.id, panel.name]));
    const panels = memberships.map((membership) => ({
      panelId: membership.panelId,
      panelName: names.get(membership.panelId) ?? membership.panelId,
      roles: membership.roles,
    }));
    return ok({ person, panels });
  });
}
