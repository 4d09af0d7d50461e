import type { AgendaItem } from "../model/meeting.js";
import type { Panel, PanelMembership, PanelRole } from "../model/panel.js";
import type { Person } from "../model/people.js";
import type { Referral } from "../model/referral.js";

/**
 * Who may do what, as pure functions over a person's panel memberships. Anything not granted here is
 * refused: referrers see their own referrals, panel members the cases on their panel's agendas, invited
 * attendees their one item, chairs and coordinators their panel (docs/domain.md "Confidentiality").
 */

export type ReferralAccessFacts = Pick<Referral, "id" | "panelId" | "referrerId" | "state" | "urgency">;

export function rolesOn(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): PanelRole[] {
  return memberships
    .filter((membership) => membership.personId === personId && membership.panelId === panelId)
    .flatMap((membership) => membership.roles);
}

function hasRole(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
  wanted: readonly PanelRole[],
): boolean {
  return rolesOn(memberships, personId, panelId).some((role) => wanted.includes(role));
}

/** Any role on the panel: it appears in the person's panel list. */
export function canViewPanel(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): boolean {
  return rolesOn(memberships, personId, panelId).length > 0;
}

export function canRefer(
  memberships: readonly PanelMembership[],
  personId: string,
  panel: Pick<Panel, "id" | "settings">,
): boolean {
  return (
    panel.settings.acceptsReferrals &&
    hasRole(memberships, personId, panel.id, ["referrer", "chair", "coordinator"])
  );
}

/** Chairs and coordinators screen (accept, return, decline) their panel's referrals. */
export function canScreen(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): boolean {
  return hasRole(memberships, personId, panelId, ["chair", "coordinator"]);
}

/**
 * The emergency authoriser decides urgent requests between meetings (000 8; 002 B 4.1 ii). A panel with no
 * emergency authoriser leaves them to its chairs, who then receive the urgent requests.
 */
export function canDecideUrgent(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
  panelMembers: readonly PanelMembership[],
): boolean {
  if (hasRole(memberships, personId, panelId, ["emergency-authoriser"])) return true;
  return urgentDecidersOf(panelMembers, panelId).includes(personId);
}

/** Who screens a panel's referrals: its chairs and coordinators. */
export function screenersOf(panelMembers: readonly PanelMembership[], panelId: string): string[] {
  const screeners = panelMembers.filter((m) => m.panelId === panelId && canScreen([m], m.personId, panelId));
  return [...new Set(screeners.map((m) => m.personId))];
}

/** Who decides a panel's urgent requests: its emergency authorisers, or its chairs when it has none. */
export function urgentDecidersOf(panelMembers: readonly PanelMembership[], panelId: string): string[] {
  const onPanel = panelMembers.filter((m) => m.panelId === panelId);
  const authorisers = onPanel.filter((m) => m.roles.includes("emergency-authoriser"));
  const deciders = authorisers.length ? authorisers : onPanel.filter((m) => m.roles.includes("chair"));
  return [...new Set(deciders.map((m) => m.personId))];
}

export function canChangePanelSettings(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): boolean {
  return hasRole(memberships, personId, panelId, ["chair"]);
}

/** Only the referrer edits, resubmits or sees a draft or a returned referral's question. */
export function isReferrerOf(personId: string, referral: Pick<Referral, "referrerId">): boolean {
  return referral.referrerId === personId;
}

/**
 * Whether the person may see the referral's identifying detail. `agendaItems` are the agenda items of
 * the meetings of the referral's own panel; only items listing this referral count.
 */
export function canViewReferral(
  memberships: readonly PanelMembership[],
  personId: string,
  referral: ReferralAccessFacts,
  agendaItems: readonly AgendaItem[],
): boolean {
  if (isReferrerOf(personId, referral)) return true;
  if (referral.state === "draft") return false;
  if (canScreen(memberships, personId, referral.panelId)) return true;
  if (
    referral.urgency === "urgent" &&
    hasRole(memberships, personId, referral.panelId, ["emergency-authoriser"])
  ) {
    return true;
  }
  const items = agendaItems.filter((item) => item.referralId === referral.id);
  if (items.some((item) => item.invitedPersonIds.includes(personId))) return true;
  return items.length > 0 && hasRole(memberships, personId, referral.panelId, ["member"]);
}

/** Panel members see every item of their panel's agenda; an invited attendee sees only their item. */
export function canViewAgendaItem(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
  item: Pick<AgendaItem, "invitedPersonIds">,
): boolean {
  if (hasRole(memberships, personId, panelId, ["chair", "coordinator", "member"])) return true;
  return item.invitedPersonIds.includes(personId);
}

/**
 * The organisation's closure days apply to every panel, so they are set by an administrator (a person's
 * `administrator` flag), not by a panel's chair. An unknown person is refused.
 */
export function canSetClosureDays(person: Pick<Person, "administrator"> | null): boolean {
  return person?.administrator === true;
}

/** Chairs and coordinators find slots for, schedule and set the scheduling settings of their panel's meetings. */
export function canSchedule(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): boolean {
  return hasRole(memberships, personId, panelId, ["chair", "coordinator"]);
}

/** Chairs and coordinators run their panel's meetings in the meeting chat: start, attendance, rounds, votes. */
export function canRunMeeting(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): boolean {
  return hasRole(memberships, personId, panelId, ["chair", "coordinator"]);
}

/** The panel's members proper (chair, coordinator, member): they attend, count towards quorum and vote. */
export function isPanelMember(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
): boolean {
  return hasRole(memberships, personId, panelId, ["chair", "coordinator", "member"]);
}

/** Panel members vote on every item; an attendee invited for one item votes on that item only. */
export function canVoteOnItem(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
  item: Pick<AgendaItem, "invitedPersonIds">,
): boolean {
  return isPanelMember(memberships, personId, panelId) || item.invitedPersonIds.includes(personId);
}

/** Retention periods are the organisation's data protection policy: an administrator sets and reads them. */
export function canManageRetention(person: Pick<Person, "administrator"> | null): boolean {
  return person?.administrator === true;
}

/** Who answers for the organisation's data protection is the organisation's choice: an administrator names them. */
export function canNameDataProtectionOfficer(person: Pick<Person, "administrator"> | null): boolean {
  return person?.administrator === true;
}
