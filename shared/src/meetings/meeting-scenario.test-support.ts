import type { PresetKey } from "../model/panel.js";
import type { Person } from "../model/people.js";
import type { Referral } from "../model/referral.js";
import { screenReferral } from "../referrals/screen-referral.js";
import { aMembership, aPerson } from "../testing/builders.js";
import { FakeDocuments } from "../testing/fake-documents.js";
import { aFiledReferral, aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { buildAgenda } from "./build-agenda.js";

export interface MeetingScenario extends ReferralScenario {
  documents: FakeDocuments;
  /** Not on the panel: invited to one item only. */
  invitee: Person;
  siteId: string;
}

/**
 * The referral scenario (2 February 2026; meetings on 5 February and 5 March) with a fake SharePoint
 * library for the panel and a person to invite to one item.
 */
export async function aMeetingScenario(preset: PresetKey = "icsmg"): Promise<MeetingScenario> {
  const s = aReferralScenario(preset);
  const documents = new FakeDocuments();
  const invitee = aPerson({ id: "invitee", displayName: "Isla Invitee" });
  const siteId = "site-1";
  await s.store.transaction(async (tx) => {
    await tx.people.upsert(invitee);
    await tx.panelLibraries.setSite(s.panel.id, siteId);
  });
  return { ...s, deps: { ...s.deps, documents }, documents, invitee, siteId };
}

/** A referral filed and accepted by the chair onto `meetingId` (default the March meeting). */
export async function anAcceptedReferral(
  s: ReferralScenario,
  meetingId = "meeting-mar",
  overrides: Record<string, unknown> = {},
): Promise<Referral> {
  const referral = await aFiledReferral(s, overrides);
  const accepted = await screenReferral(s.deps, s.actor(s.people.chair), {
    referralId: referral.id,
    idempotencyKey: `accept-${referral.id}`,
    decision: { kind: "accept", meetingId },
  });
  if (!accepted.ok) throw new Error(accepted.error.message);
  return accepted.value.referral;
}

/** The chair builds the agenda; throws on failure. */
export async function builtAgenda(s: ReferralScenario, meetingId = "meeting-mar") {
  const built = await buildAgenda(s.deps, s.actor(s.people.chair), { meetingId });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

/** Adds a member to the scenario's panel. */
export async function addMember(s: ReferralScenario, person: Person): Promise<void> {
  await s.store.transaction(async (tx) => {
    await tx.people.upsert(person);
    const members = await tx.panels.members(s.panel.id);
    await tx.panels.setMembers(s.panel.id, [...members, aMembership(s.panel, person, ["member"])]);
  });
}
