import { canScreen } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { getReferralDetail, type ReferralDetail } from "./get-referral-detail.js";
import { lcjstStanding, type LcjstStanding } from "./isg-prior-consideration.js";
import { presetFields } from "./requirements/preset-fields.js";
import { resubmissionView, type ResubmissionView } from "./resubmission-view.js";

export interface ScreeningDetail {
  detail: ReferralDetail;
  /** Whether the actor may accept, return or decline it (the panel's chairs and coordinators). */
  canScreen: boolean;
  /** Planned meetings of the panel it could be accepted onto, soonest first. */
  upcomingMeetings: Meeting[];
  /** For an ISG referral: whether its LC-JST outcome is held in Convenor or only stated by the referrer. */
  lcjst: LcjstStanding | null;
  /** After a return and resubmit: the question, the referrer's answer and the answers that changed. */
  resubmission: ResubmissionView | null;
}

/** The per-user screening view: the audited case detail, whether the actor screens, and where it could go. */
export async function getScreeningDetail(
  deps: UseCaseDeps,
  actor: Actor,
  input: { referralId: string },
): Promise<Result<ScreeningDetail>> {
  const detail = await getReferralDetail(deps, actor, input);
  if (!detail.ok) return detail;
  const { referral, panel } = detail.value;
  const now = deps.clock.now().toISOString();
  // Reads only (the case detail above was read and audited in its own transaction): off the writer.
  return deps.store.read(async (tx) => {
    const screens = canScreen(await tx.panels.membershipsOf(actor.personId), actor.personId, panel.id);
    return ok({
      detail: detail.value,
      canScreen: screens,
      upcomingMeetings: await tx.meetings.upcoming(panel.id, now),
      lcjst: panel.preset === "isg" ? await lcjstStanding(tx, actor, referral, screens) : null,
      resubmission: resubmissionView(
        referral,
        await tx.referralVersions.list(referral.id),
        presetFields(panel.preset),
      ),
    });
  });
}

/** Whether the actor screens the referral's panel; reads nothing identifying, so nothing is audited. */
export async function screensReferral(
  deps: UseCaseDeps,
  actor: Actor,
  input: { referralId: string },
): Promise<boolean> {
  return deps.store.read(async (tx) => {
    const referral = await tx.referrals.get(input.referralId);
    if (!referral) return false;
    return canScreen(await tx.panels.membershipsOf(actor.personId), actor.personId, referral.panelId);
  });
}
