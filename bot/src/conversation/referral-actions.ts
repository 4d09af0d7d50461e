import { createHash } from "node:crypto";
import {
  ErrorCodes,
  fileReferral,
  listReferablePanels,
  openReturnedReferral,
  resubmitReferral,
  type Actor,
  type DomainError,
  type Panel,
} from "@convenor/shared";
import { literal, type AdaptiveCard } from "../cards/card-elements.js";
import { messageCard } from "../cards/message.card.js";
import { panelInputId } from "../cards/panel-choice.card.js";
import { referralConfirmationCard } from "../cards/referral-confirmation.card.js";
import {
  formActionData,
  parseAction,
  referralActionData,
  type FormActionData,
  type ParsedAction,
} from "./action-data.js";
import { malformedActionCard } from "./standard-replies.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { formFor } from "./refer-form.js";
import type { ActionTurn } from "./turn.js";

export async function choosePanel(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const panelId = typeof turn.data[panelInputId] === "string" ? turn.data[panelInputId] : "";
  const panels = await listReferablePanels(ctx.deps, actor);
  if (!panels.ok) return domainErrorCard(panels.error);
  const panel = panels.value.find((p) => p.id === panelId);
  if (!panel)
    return messageCard(
      "Choose a panel",
      "You cannot refer to that panel. Type **refer** to choose again.",
      "error",
    );
  return formFor(ctx, panel);
}

/** The panel to show a form for again: one this person may refer to, never just the id a card claims. */
async function referablePanel(ctx: BotContext, actor: Actor, panelId: string): Promise<Panel | null> {
  const panels = await listReferablePanels(ctx.deps, actor);
  return panels.ok ? (panels.value.find((panel) => panel.id === panelId) ?? null) : null;
}

/** The panel of the form a card holds: a returned referral's own panel, or one this person may refer to. */
async function formPanel(ctx: BotContext, actor: Actor, own: FormActionData): Promise<Panel | null> {
  if (!own.referralId) return referablePanel(ctx, actor, own.panelId);
  const returned = await openReturnedReferral(ctx.deps, actor, { referralId: own.referralId });
  return returned.ok && returned.value.waiting ? returned.value.panel : null;
}

/**
 * Input the card sent that cannot be acted on (far over any limit, not text, unknown): the same form comes
 * back with what was typed and a message under each such input; nothing is filed or saved.
 */
async function formWithProblems(
  ctx: BotContext,
  actor: Actor,
  action: ParsedAction<FormActionData>,
): Promise<AdaptiveCard> {
  const { own, inputs, problems } = action;
  const panel = await formPanel(ctx, actor, own);
  if (!panel) return malformedActionCard;
  const general = problems.find((problem) => problem.field === "");
  return formFor(ctx, panel, {
    values: inputs,
    errors: problems.filter((problem) => problem.field !== ""),
    cardId: own.cardId,
    ...(own.draftId ? { draftId: own.draftId } : {}),
    ...(own.referralId ? { referralId: own.referralId } : {}),
    banner: {
      text: general?.message ?? "Some answers could not be read as they were sent: see below.",
      style: "attention",
    },
  });
}

const refusals: readonly string[] = [ErrorCodes.forbidden, ErrorCodes.notFound];

/**
 * Submit (or resubmit) the form: the card's nonce is the idempotency key, so a second click files once. The
 * use case decides first; the panel shown afterwards is the referral's own, not the card's `panelId`.
 */
export async function submitReferral(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(formActionData, turn.data);
  if (!action) return malformedActionCard;
  if (action.problems.length > 0) return formWithProblems(ctx, actor, action);
  const { own, inputs } = action;
  const again = (panel: Panel, error: DomainError) =>
    formFor(ctx, panel, {
      values: inputs,
      errors: error.fields ?? [],
      cardId: own.cardId,
      ...(own.draftId ? { draftId: own.draftId } : {}),
      ...(own.referralId ? { referralId: own.referralId } : {}),
      ...(error.fields?.length ? {} : { banner: { text: error.message, style: "attention" as const } }),
    });

  if (own.referralId) {
    const result = await resubmitReferral(ctx.deps, actor, {
      referralId: own.referralId,
      idempotencyKey: own.cardId,
      form: inputs,
    });
    if (!result.ok) {
      // The use case refused anyone but the referrer; answers to fix are shown on the referral's panel form.
      if (refusals.includes(result.error.code)) return domainErrorCard(result.error);
      const returned = await openReturnedReferral(ctx.deps, actor, { referralId: own.referralId });
      return returned.ok && returned.value.waiting
        ? again(returned.value.panel, result.error)
        : domainErrorCard(result.error);
    }
    return referralConfirmationCard({
      referral: result.value.referral,
      panelName: result.value.panel.name,
      resubmitted: true,
    });
  }
  const result = await fileReferral(ctx.deps, actor, {
    panelId: own.panelId,
    idempotencyKey: own.cardId,
    mode: "submit",
    ...(own.draftId ? { draftId: own.draftId } : {}),
    form: inputs,
  });
  if (!result.ok) {
    ctx.logger.info(
      {
        code: result.error.code,
        fields: result.error.fields?.map((f) => f.field),
        correlationId: actor.correlationId,
      },
      "referral not filed",
    );
    if (result.error.code === ErrorCodes.forbidden) return domainErrorCard(result.error);
    const panel = await referablePanel(ctx, actor, own.panelId);
    return panel ? again(panel, result.error) : domainErrorCard(result.error);
  }
  ctx.logger.info(
    {
      referralId: result.value.referral.id,
      replayed: result.value.replayed,
      correlationId: actor.correlationId,
    },
    "referral filed",
  );
  return referralConfirmationCard({
    referral: result.value.referral,
    panelName: result.value.panel.name,
    nextMeeting: result.value.nextMeeting,
  });
}

/**
 * Save draft: keyed by the card, the draft it saves to and what it holds, so saving the same answers twice
 * writes once, and saving again from the updated card (which now names its draft) updates that draft.
 */
export async function saveDraft(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(formActionData, turn.data);
  if (!action) return malformedActionCard;
  if (action.problems.length > 0) return formWithProblems(ctx, actor, action);
  const { own, inputs } = action;
  const digest = createHash("sha256")
    .update(JSON.stringify(Object.entries(inputs).sort()))
    .digest("hex")
    .slice(0, 24);
  const result = await fileReferral(ctx.deps, actor, {
    panelId: own.panelId,
    idempotencyKey: `${own.cardId}:draft:${own.draftId ?? "new"}:${digest}`,
    mode: "draft",
    ...(own.draftId ? { draftId: own.draftId } : {}),
    form: inputs,
  });
  if (!result.ok) {
    if (result.error.code === ErrorCodes.forbidden) return domainErrorCard(result.error);
    const panel = await referablePanel(ctx, actor, own.panelId);
    if (!panel) return domainErrorCard(result.error);
    return formFor(ctx, panel, {
      values: inputs,
      errors: result.error.fields ?? [],
      cardId: own.cardId,
      ...(own.draftId ? { draftId: own.draftId } : {}),
      banner: { text: result.error.message, style: "attention" },
    });
  }
  return formFor(ctx, result.value.panel, {
    values: inputs,
    cardId: own.cardId,
    draftId: result.value.referral.id,
    banner: { text: "Draft saved. Submit it when it is ready.", style: "good" },
  });
}

/** "Edit and resubmit" on a returned referral: the form again, filled in, with the panel's question. */
export async function editReferral(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(referralActionData, turn.data);
  if (!action) return malformedActionCard;
  const returned = await openReturnedReferral(ctx.deps, actor, { referralId: action.own.referralId });
  if (!returned.ok) return domainErrorCard(returned.error);
  if (!returned.value.waiting) {
    return messageCard(
      "Nothing to answer",
      `Referral ${returned.value.reference ?? ""} is not waiting for more information.`,
      "info",
    );
  }
  const { panel, form, referralId, question } = returned.value;
  return formFor(ctx, panel, {
    values: form,
    referralId,
    banner: {
      text: `The panel asks: ${question ? literal(question) : "more information is needed."}`,
      style: "warning",
    },
  });
}
