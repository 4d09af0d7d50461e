import { referralRequirements, ukLocalDate, type FieldError, type Panel } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { referralFormCard, type ReferralFormCardInput } from "../cards/referral-form.card.js";
import type { BotContext } from "./bot-context.js";

/** The referral form for a panel, from its preset's requirements. */
export function formFor(
  ctx: BotContext,
  panel: Panel,
  options: {
    values?: Record<string, unknown>;
    errors?: readonly FieldError[];
    cardId?: string;
    draftId?: string;
    referralId?: string;
    banner?: ReferralFormCardInput["banner"];
  } = {},
): AdaptiveCard {
  const today = ukLocalDate(ctx.deps.clock.now().toISOString());
  const requirements = referralRequirements(panel.preset, { today });
  return referralFormCard({
    panel,
    fields: requirements.fields,
    childProtectionNotice: requirements.notice,
    values: options.values ?? {},
    errors: options.errors ?? [],
    cardId: options.cardId ?? ctx.newNonce(),
    ...(options.draftId ? { draftId: options.draftId } : {}),
    ...(options.referralId ? { referralId: options.referralId } : {}),
    ...(options.banner ? { banner: options.banner } : {}),
  });
}
