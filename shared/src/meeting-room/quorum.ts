import type { Attendance } from "../model/meeting.js";
import type { PanelMembership } from "../model/panel.js";
import { agencyLabels, type Agency } from "../model/people.js";

/** Quorum by agency: how many distinct agencies of the panel's members are present, against the setting. */
export interface Quorum {
  required: number;
  presentAgencies: Agency[];
  /** The panel's agencies with no member present. */
  missingAgencies: Agency[];
  met: boolean;
}

/** `members` are the panel's members proper (chair, coordinator, member); invitees do not count. */
export function quorumOf(
  members: readonly PanelMembership[],
  attendance: readonly Attendance[],
  required: number,
): Quorum {
  const present = new Set(attendance.filter((a) => a.status === "present").map((a) => a.personId));
  const agencies = [...new Set(members.map((m) => m.agency))].sort();
  const presentAgencies = agencies.filter((agency) =>
    members.some((m) => m.agency === agency && present.has(m.personId)),
  );
  return {
    required,
    presentAgencies,
    missingAgencies: agencies.filter((agency) => !presentAgencies.includes(agency)),
    met: presentAgencies.length >= required,
  };
}

/** "Quorum: 2 of 3 agencies (education, health) — not met", for cards and refusals. */
export function quorumSentence(quorum: Quorum): string {
  const present = quorum.presentAgencies.length;
  const which = present
    ? ` (${quorum.presentAgencies.map((agency) => agencyLabels[agency]).join(", ")})`
    : "";
  return `Quorum: ${present} of ${quorum.required} agencies${which} — ${quorum.met ? "met" : "not met"}`;
}
