import type { WhoSawReport } from "../api/data-protection-requests.js";
import type { Actor } from "../model/actor.js";
import type { ActionItem } from "../model/action.js";
import type { CinPlan, CinReview } from "../model/cin-review.js";
import type { Decision, FamilySharing } from "../model/decision.js";
import type { CaseObservation, MinuteVersion } from "../model/minute.js";
import type { Child } from "../model/people.js";
import type { AgreedRating, MonthlyRating } from "../model/rating.js";
import type { Referral } from "../model/referral.js";
import type { ReferralVersion } from "../model/referral-version.js";
import type { TrackerEntry } from "../model/tracker.js";
import { ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { dataProtectionEntry, loadDataProtectionAccess, refusedEntry } from "./data-protection-access.js";
import { buildWhoSawReport } from "./who-saw-report.js";

/** Everything Convenor holds about one child (a subject access request), as structured data to be packed. */
export interface SubjectAccessExport {
  generatedAt: string;
  generatedById: string;
  child: Child;
  referrals: { referral: Referral; earlierVersions: ReferralVersion[] }[];
  decisions: Decision[];
  familySharing: FamilySharing[];
  actions: ActionItem[];
  tracker: {
    panelId: string;
    ratings: MonthlyRating[];
    entries: TrackerEntry[];
    agreedRatings: AgreedRating[];
  }[];
  caseObservations: CaseObservation[];
  cinPlans: { plan: CinPlan; reviews: CinReview[] }[];
  /** Minutes of meetings where the child had a case item; minutes name no child, only the case reference. */
  minutes: { meetingId: string; caseReferences: string[]; versions: MinuteVersion[] }[];
  /** Every audited access to the child's record, ever (including this export). */
  whoSaw: WhoSawReport;
}

const everRows = 100_000;

/**
 * A subject access export for one child: the data protection officer only (anyone else is refused, and the
 * refusal audited). The export is itself audited before the who-saw part is read, so it lists itself.
 */
export async function exportSubjectAccess(
  deps: UseCaseDeps,
  actor: Actor,
  input: { childId: string },
): Promise<Result<SubjectAccessExport>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadDataProtectionAccess(tx, actor, input.childId, { officerOnly: true });
    if (!access.ok) {
      await tx.audit.append(refusedEntry(deps, actor, at, "subject-access", input.childId, access.error));
      return access;
    }
    const { child } = access.value;
    await tx.audit.append(
      dataProtectionEntry(deps, actor, at, "data-protection.subject-access-exported", child.id, {}),
    );
    const referrals = await tx.referrals.list({ childId: child.id });
    const decisions = await tx.votes.decisionsOfChild(child.id);
    const items = await tx.agenda.listForChild(child.id);
    const whoSaw = await buildWhoSawReport(
      tx,
      { kind: "all" },
      child.id,
      {
        from: "0000-01-01",
        to: at.slice(0, 10),
        fromIso: "0000-01-01T00:00:00.000Z",
        toIso: "9999-12-31T00:00:00.000Z",
      },
      everRows,
    );
    return ok({
      generatedAt: at,
      generatedById: actor.personId,
      child,
      referrals: await Promise.all(
        referrals.map(async (referral) => ({
          referral,
          earlierVersions: await tx.referralVersions.list(referral.id),
        })),
      ),
      decisions,
      familySharing: await tx.familySharing.ofDecisions(decisions.map((d) => d.id)),
      actions: await tx.actions.listForItems(items.map((i) => i.id)),
      tracker: await trackerOf(tx, child.id),
      caseObservations: await tx.caseObservations.ofChild(child.id),
      cinPlans: await cinPlansOf(tx, child.id),
      minutes: await Promise.all(
        [...new Set(items.map((i) => i.meetingId))].map(async (meetingId) => ({
          meetingId,
          caseReferences: items.filter((i) => i.meetingId === meetingId).map((i) => i.title),
          versions: await tx.minutes.versions(meetingId),
        })),
      ),
      whoSaw,
    });
  });
}

async function trackerOf(tx: StoreTx, childId: string): Promise<SubjectAccessExport["tracker"]> {
  const found: SubjectAccessExport["tracker"] = [];
  for (const panel of await tx.panels.list()) {
    const ratings = await tx.ratings.listForChild(panel.id, childId);
    const entries = (await tx.ratings.entriesBetween(panel.id, "0000-01", "9999-12")).filter(
      (entry) => entry.childId === childId,
    );
    const agreedRatings = await tx.votes.agreedRatingsOf(panel.id, childId);
    if (ratings.length + entries.length + agreedRatings.length > 0) {
      found.push({ panelId: panel.id, ratings, entries, agreedRatings });
    }
  }
  return found;
}

async function cinPlansOf(tx: StoreTx, childId: string): Promise<SubjectAccessExport["cinPlans"]> {
  const found: SubjectAccessExport["cinPlans"] = [];
  for (const panel of await tx.panels.list()) {
    for (const plan of (await tx.cinReviews.listPlans(panel.id)).filter((p) => p.childId === childId)) {
      found.push({ plan, reviews: await tx.cinReviews.reviewsOf(plan.id) });
    }
  }
  return found;
}
