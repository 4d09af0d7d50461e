import type { Panel } from "../model/panel.js";
import type { Child } from "../model/people.js";
import type { Referral, ReferralState, Urgency } from "../model/referral.js";
import { ageOn } from "./requirements/submit-rules.js";
import { requestKindChoices } from "./requirements/common-fields.js";
import { icsmgResourceChoices } from "./requirements/icsmg-fields.js";

/** A referral's non-identifying facts, safe for cards posted to shared conversations. */
export interface ReferralSummary {
  id: string;
  reference: string | null;
  panelId: string;
  panelName: string;
  state: ReferralState;
  urgency: Urgency;
  /** Labels of what is requested, from the form's choices (never free text). */
  requested: string[];
  /** "0-4", "5-10", "11-15", "16-17", "18+", or "unknown" for a draft without a date of birth. */
  ageBand: string;
  /** Consent to share was withheld or not sought: panel members must see this. */
  consentWithheld: boolean;
  updatedAt: string;
}

export function ageBand(dateOfBirth: string | null, today: string): string {
  if (!dateOfBirth) return "unknown";
  const age = ageOn(dateOfBirth, today);
  if (age < 5) return "0-4";
  if (age < 11) return "5-10";
  if (age < 16) return "11-15";
  if (age < 18) return "16-17";
  return "18+";
}

const requestLabels = new Map(
  [...requestKindChoices, ...icsmgResourceChoices].map((c) => [c.value, c.label]),
);

function requestedLabels(form: Record<string, unknown>): string[] {
  return [form["request.kinds"], form["icsmg.resources"]]
    .flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : []))
    .flatMap((value) =>
      typeof value === "string" && requestLabels.has(value) ? [requestLabels.get(value)!] : [],
    );
}

export function summariseReferral(
  referral: Pick<Referral, "id" | "reference" | "panelId" | "state" | "urgency" | "form" | "updatedAt">,
  panel: Pick<Panel, "name"> | null,
  child: Pick<Child, "dateOfBirth"> | null,
  today: string,
): ReferralSummary {
  const consent = referral.form["consent.status"];
  return {
    id: referral.id,
    reference: referral.reference,
    panelId: referral.panelId,
    panelName: panel?.name ?? "",
    state: referral.state,
    urgency: referral.urgency,
    requested: requestedLabels(referral.form),
    ageBand: ageBand(child?.dateOfBirth ?? null, today),
    consentWithheld: consent === "withheld" || consent === "not-sought",
    updatedAt: referral.updatedAt,
  };
}
