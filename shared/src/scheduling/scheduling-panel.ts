import type { ClosureDates } from "../calendar/working-days.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { canSchedule } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel, PanelMembership, PanelRole } from "../model/panel.js";
import type { Person } from "../model/people.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { SchedulingCodes } from "./scheduling-codes.js";

/** Roles whose holders attend the panel's meetings (referrers and invitees come for their item only). */
const attendingRoles: readonly PanelRole[] = ["chair", "coordinator", "member"];

export interface PanelAttendee {
  person: Person;
  membership: PanelMembership;
}

export interface SchedulingPanel {
  panel: Panel;
  /** The chair or coordinator asking: their mailbox organises the meeting. */
  scheduler: Person;
  /** Everyone who attends the panel's meetings, once each, in a stable order. */
  attendees: PanelAttendee[];
  /** The organisation's closure days: no working day, and deadlines skip them. */
  closed: ClosureDates;
}

/** The panel, if the actor chairs or coordinates it, with the people who attend its meetings. */
export async function loadSchedulingPanel(
  tx: StoreTx,
  actor: Actor,
  panelId: string,
  today: string,
): Promise<Result<SchedulingPanel>> {
  const panel = await tx.panels.get(panelId);
  if (!panel) return fail(ErrorCodes.notFound, "That panel was not found.");
  const members = await tx.panels.members(panel.id);
  if (!canSchedule(members, actor.personId, panel.id)) {
    return fail(
      SchedulingCodes.notScheduler,
      `Only the chair or a coordinator of ${panel.name} can schedule its meetings.`,
    );
  }
  const scheduler = await tx.people.get(actor.personId);
  if (!scheduler?.email) {
    return fail(
      SchedulingCodes.noOrganiserMailbox,
      "Your account has no mailbox to organise the meeting from.",
    );
  }
  // Two years either side of today: every slot window and its deadlines fall inside.
  const closed = await closureDatesAround(tx, today);
  return ok({ panel, scheduler, attendees: await attendeesOf(tx, members), closed });
}

/** The people who attend a panel's meetings, once each, in membership order. */
export async function attendeesOf(
  tx: StoreTx,
  members: readonly PanelMembership[],
): Promise<PanelAttendee[]> {
  const attendees: PanelAttendee[] = [];
  const seen = new Set<string>();
  for (const membership of members) {
    if (seen.has(membership.personId)) continue;
    if (!membership.roles.some((role) => attendingRoles.includes(role))) continue;
    const person = await tx.people.get(membership.personId);
    if (!person) continue;
    seen.add(person.id);
    attendees.push({ person, membership });
  }
  return attendees;
}
