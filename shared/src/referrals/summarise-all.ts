import type { Child } from "../model/people.js";
import type { Panel } from "../model/panel.js";
import type { Referral } from "../model/referral.js";
import type { StoreTx } from "../ports/store.port.js";
import { summariseReferral, type ReferralSummary } from "./referral-summary.js";

/** Summaries of many referrals, loading each panel and child once. */
export async function summariseAll(
  tx: StoreTx,
  referrals: Referral[],
  today: string,
): Promise<ReferralSummary[]> {
  const panels = new Map<string, Panel | null>();
  const children = new Map<string, Child | null>();
  const summaries: ReferralSummary[] = [];
  for (const referral of referrals) {
    if (!panels.has(referral.panelId)) panels.set(referral.panelId, await tx.panels.get(referral.panelId));
    if (referral.childId && !children.has(referral.childId)) {
      children.set(referral.childId, await tx.children.get(referral.childId));
    }
    const child = referral.childId ? (children.get(referral.childId) ?? null) : null;
    summaries.push(summariseReferral(referral, panels.get(referral.panelId) ?? null, child, today));
  }
  return summaries;
}
