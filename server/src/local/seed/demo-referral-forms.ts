import type { Child, PresetKey } from "@convenor/shared";

/** Referral answers as a practitioner would type them, for the child given. Fictional throughout. */
export function demoReferralForm(preset: PresetKey, child: Child, overrides: Record<string, unknown> = {}) {
  const common: Record<string, unknown> = {
    "child.givenName": child.givenName,
    "child.familyName": child.familyName,
    "child.dateOfBirth": child.dateOfBirth,
    "child.school": child.school,
    "child.locality": child.locality,
    "referrer.agency": "education",
    namedPerson: "Aileen MacLeod, Principal Teacher (Guidance)",
    leadProfessional: "Daniel Okafor, Social Worker",
    reason: "Attendance has fallen below 60% this term and staff report the child is withdrawn and tired.",
    "request.kinds": ["joint-assessment"],
    "request.detail": "A joint plan with health and social work, and advice on support at home.",
    urgency: "routine",
    "consent.givenBy": "parent-carer",
    "consent.status": "given",
    "consent.recordedOn": "2026-10-02",
    "consent.childViews": "Would like help to get to school and to see friends more.",
    "consent.parentViews": "Agrees to the referral and wants advice on routines.",
  };
  const girfec: Record<string, unknown> = {
    shanarri: ["achieving", "healthy", "included"],
    "girfec.q1": "Low attendance, poor sleep and worry about a parent's health.",
    "girfec.q2": "Yes: school, health visitor and GP have shared what they know.",
    "girfec.q3": "Daily check-in with guidance staff and a quiet space at lunch.",
    "girfec.q4": "A pastoral support plan reviewed every four weeks.",
    "girfec.q5": "Family support at home and a health assessment of sleep.",
    "plan.url": "https://convenor.sharepoint.com/sites/panels/Shared%20Documents/childs-plan.docx",
  };
  const byPreset: Partial<Record<PresetKey, Record<string, unknown>>> = {
    icsmg: {
      ...girfec,
      "icsmg.managerDiscussed": true,
      "icsmg.resources": ["intensive-support-supervision"],
      "icsmg.alternatives": "Outreach youth work and a part-time timetable were tried for a term.",
      "icsmg.availability": "The Intensive Support service expects a place from January.",
    },
    "lc-jst": girfec,
    isg: {
      ...girfec,
      "isg.lcjstOutcome": "Millburn LC-JST, September: refer to ISG for family support.",
      "isg.presentingIssues": "Non-attendance and stress at home.",
      "isg.chronology": "August: attendance drop. September: LC-JST. October: plan reviewed.",
      "isg.currentAssessment": "Wellbeing assessment updated in October.",
      "isg.resources": "Family support service, 12 weeks.",
    },
  };
  return { ...common, ...(byPreset[preset] ?? {}), ...overrides };
}
