import { shanarriIndicators } from "../../model/referral.js";
import { limits, sharePointUrlRegex } from "./field-limits.js";
import type { FormField } from "./form-field.js";

const wellbeing = "Wellbeing (GIRFEC)";

const shanarriLabels: Record<(typeof shanarriIndicators)[number], string> = {
  safe: "Safe",
  healthy: "Healthy",
  achieving: "Achieving",
  nurtured: "Nurtured",
  active: "Active",
  respected: "Respected",
  responsible: "Responsible",
  included: "Included",
};

/** The five GIRFEC questions, answered at single-agency level before a referral progresses (002 A 6.4). */
export const girfecQuestions = [
  "What is getting in the way of this child's wellbeing?",
  "Do I have all the information I need to help?",
  "What can I do now to help?",
  "What can my agency do?",
  "What additional help, if any, may be needed from others?",
] as const;

export const girfecFields: FormField[] = [
  {
    id: "shanarri",
    label: "Wellbeing concerns (SHANARRI indicators)",
    kind: "multichoice",
    required: true,
    maxLength: 120,
    choices: shanarriIndicators.map((value) => ({ value, label: shanarriLabels[value] })),
    errorMessage: "Choose at least one wellbeing indicator of concern.",
    section: wellbeing,
  },
  ...girfecQuestions.map((question, index): FormField => ({
    id: `girfec.q${index + 1}`,
    label: question,
    kind: "multiline",
    required: true,
    maxLength: limits.answer,
    errorMessage: `Answer the GIRFEC question: ${question}`,
    section: wellbeing,
    ...(index === 0 ? { help: "All five questions must be answered at single-agency level first." } : {}),
  })),
  {
    id: "plan.url",
    label: "Child's Plan or Wellbeing Assessment and Plan (SharePoint link)",
    kind: "url",
    required: true,
    maxLength: limits.url,
    regex: sharePointUrlRegex,
    errorMessage: "Link the Child's Plan with an https SharePoint address (https://….sharepoint.com/…).",
    section: wellbeing,
    help: "Share the document in SharePoint and paste its link; do not attach it in chat.",
  },
];
