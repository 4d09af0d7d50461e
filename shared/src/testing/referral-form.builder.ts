import type { PresetKey } from "../model/panel.js";

/** A complete, valid raw form for a referral to a panel of the preset, as a card or the tab submits it. */
export function aValidReferralForm(
  preset: PresetKey = "isg",
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const common: Record<string, unknown> = {
    "child.givenName": "Morag",
    "child.familyName": "Example",
    "child.dateOfBirth": "2013-05-14",
    "child.school": "Northfield Academy",
    "child.locality": "Northfield",
    "referrer.agency": "education",
    namedPerson: "A. Teacher, Depute Head",
    leadProfessional: "B. Worker, Social Worker",
    reason: "Attendance has fallen to 40% and she is withdrawn in class.",
    "request.kinds": ["joint-assessment"],
    "request.detail": "A joint assessment with health and social work.",
    urgency: "routine",
    "consent.givenBy": "parent-carer",
    "consent.status": "given",
    "consent.recordedOn": "2026-01-10",
    "consent.childViews": "Wants help with school.",
    "consent.parentViews": "Agrees to the referral.",
  };
  const girfec: Record<string, unknown> = {
    shanarri: ["achieving", "included"],
    "girfec.q1": "Poor attendance and low mood.",
    "girfec.q2": "Yes, from school and health visitor.",
    "girfec.q3": "Daily check-in at school.",
    "girfec.q4": "Pastoral support plan.",
    "girfec.q5": "CAMHS consultation.",
    "plan.url": "https://contoso.sharepoint.com/sites/panels/Shared%20Documents/plan.docx",
  };
  const byPreset: Partial<Record<PresetKey, Record<string, unknown>>> = {
    icsmg: {
      ...girfec,
      "icsmg.managerDiscussed": true,
      "icsmg.resources": ["intensive-support-supervision"],
      "icsmg.alternatives": "Outreach support tried for six months.",
      "icsmg.availability": "One place free from March.",
    },
    "lc-jst": girfec,
    isg: {
      ...girfec,
      "isg.lcjstOutcome": "LC-JST 12 January 2026: refer to ISG",
      "isg.presentingIssues": "Non-attendance, family stress.",
      "isg.chronology": "2025-09 attendance drop; 2025-11 SIIM; 2026-01 LC-JST.",
      "isg.currentAssessment": "Wellbeing assessment updated January 2026.",
      "isg.resources": "Family support service.",
    },
  };
  return { ...common, ...(byPreset[preset] ?? {}), ...overrides };
}

/** The contract name for the same builder. */
export const aReferralForm = aValidReferralForm;
