import { ukLocalDate } from "../calendar/iso-date.js";
import { canRefer, isReferrerOf } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { idempotentReferralWrite } from "./idempotent-referral-write.js";
import { nextOpenMeeting, type MeetingWithDeadlines } from "./next-open-meeting.js";
import { ReferralCodes } from "./referral-codes.js";
import { referralAudit } from "./referral-records.js";
import { transition } from "./referral-state-machine.js";
import { validateReferralForm } from "./requirements/referral-requirements.js";
import { announceSubmission, prepareSubmission, validationFailedMessage } from "./submission.js";

export interface FileReferralInput {
  panelId: string;
  idempotencyKey: string;
  mode: "submit" | "draft";
  /** Continue (save again or submit) this draft of the actor's. */
  draftId?: string;
  form: Record<string, unknown>;
}

export interface FileReferralResult {
  referral: Referral;
  /** The referral's panel, for the confirmation to name. */
  panel: Panel;
  /** The next meeting this referral can still reach, with its deadlines. */
  nextMeeting: MeetingWithDeadlines | null;
  replayed: boolean;
}

/** Saves a draft or files a referral to a panel (draft -> submitted). */
export async function fileReferral(
  deps: UseCaseDeps,
  actor: Actor,
  input: FileReferralInput,
): Promise<Result<FileReferralResult>> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = ukLocalDate(at);

  const outcome = async (
    tx: StoreTx,
    referral: Referral,
    replayed: boolean,
    loaded?: Panel,
  ): Promise<Result<FileReferralResult>> => {
    const panel = loaded ?? (await tx.panels.get(referral.panelId));
    if (!panel) throw new Error(`Referral ${referral.id} belongs to a missing panel`);
    const nextMeeting = await nextOpenMeeting(tx, panel, now, today);
    return ok({ referral, panel, nextMeeting, replayed });
  };

  const loadDraft = async (tx: StoreTx, panel: Panel): Promise<Result<Referral | null>> => {
    if (!input.draftId) return ok(null);
    const draft = await tx.referrals.get(input.draftId);
    if (!draft || !isReferrerOf(actor.personId, draft) || draft.panelId !== panel.id) {
      return fail(ErrorCodes.notFound, "That draft referral was not found.");
    }
    if (draft.state !== "draft")
      return fail(ReferralCodes.draftNotEditable, "That referral has already been sent.");
    return ok(draft);
  };

  const referralId = input.draftId ?? newIdFrom(deps);
  return idempotentReferralWrite<FileReferralResult>(deps, actor, {
    scope: "referral.file",
    idempotencyKey: input.idempotencyKey,
    request: input,
    referralId,
    replay: async (tx, referralId) => {
      const referral = await tx.referrals.get(referralId);
      if (!referral) throw new Error(`Idempotency key points at a missing referral ${referralId}`);
      return outcome(tx, referral, true);
    },
    work: async (tx) => {
      const panel = await tx.panels.get(input.panelId);
      if (!panel) return fail(ErrorCodes.notFound, "That panel was not found.");
      if (!panel.settings.acceptsReferrals) {
        return fail(ReferralCodes.panelTakesNoReferrals, `${panel.name} does not take referrals.`);
      }
      const memberships = await tx.panels.membershipsOf(actor.personId);
      if (!canRefer(memberships, actor.personId, panel)) {
        return fail(ErrorCodes.forbidden, `You cannot refer to ${panel.name}.`);
      }
      const draftResult = await loadDraft(tx, panel);
      if (!draftResult.ok) return draftResult;
      const draft = draftResult.value;

      let referral: Referral;
      if (input.mode === "draft") {
        const validation = validateReferralForm(panel.preset, input.form, "draft", { today });
        if (!validation.ok) return fail(ErrorCodes.validation, validationFailedMessage, validation.errors);
        const base = draft ?? newDraft(referralId, panel, actor, at);
        referral = {
          ...base,
          form: validation.values,
          // A draft is not linked to any stored child: linking would let a name and date of birth look up another agency's record.
          childId: "",
          urgency: validation.values.urgency === "urgent" ? "urgent" : "routine",
          updatedAt: at,
          version: draft ? draft.version + 1 : base.version,
        };
      } else {
        const prepared = await prepareSubmission(deps, actor, tx, panel, input.form, today);
        if (!prepared.ok) return prepared;
        const { values, child } = prepared.value;
        const filled: Referral = {
          ...(draft ?? newDraft(referralId, panel, actor, at)),
          form: values,
          childId: child.id,
          urgency: values.urgency === "urgent" ? "urgent" : "routine",
          reference: await tx.referrals.nextReference(panel.id, panel.code, Number(today.slice(0, 4))),
        };
        const submitted = transition(filled, "submitted", { byPersonId: actor.personId, at });
        if (!submitted.ok) return submitted;
        referral = submitted.value;
      }

      if (draft) {
        if (!(await tx.referrals.update(referral, draft.version))) {
          return fail(
            ErrorCodes.conflict,
            "Someone changed this referral at the same time. Reload it and try again.",
          );
        }
      } else {
        await tx.referrals.insert(referral);
      }
      const action = input.mode === "draft" ? "referral.draft-saved" : "referral.filed";
      await tx.audit.append(referralAudit(deps, actor, action, referral, at));
      if (input.mode === "submit") await announceSubmission(deps, actor, tx, referral, at);
      return outcome(tx, referral, false, panel);
    },
  });
}

function newDraft(id: string, panel: Panel, actor: Actor, at: string): Referral {
  return {
    id,
    panelId: panel.id,
    reference: null,
    state: "draft",
    childId: "",
    referrerId: actor.personId,
    urgency: "routine",
    form: {},
    meetingId: null,
    retrospective: false,
    createdAt: at,
    updatedAt: at,
    version: 1,
    history: [{ from: null, to: "draft", at, byPersonId: actor.personId, reason: null }],
  };
}
