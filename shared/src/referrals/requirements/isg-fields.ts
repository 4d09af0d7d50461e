import { limits } from "./field-limits.js";
import type { FormField } from "./form-field.js";

const section = "ISG referral";

export const isgFields: FormField[] = [
  {
    id: "isg.lcjstOutcome",
    label: "LC-JST outcome (meeting date and outcome)",
    kind: "text",
    required: false,
    maxLength: limits.short,
    errorMessage:
      "Give the outcome of the child's Learning Community JST: an ISG referral must be considered there first.",
    section,
    help: "Needed when the LC-JST outcome is not already recorded in Convenor.",
  },
  {
    id: "isg.presentingIssues",
    label: "Presenting issues",
    kind: "multiline",
    required: true,
    maxLength: limits.long,
    errorMessage: "Describe the presenting issues.",
    section,
  },
  {
    id: "isg.chronology",
    label: "Chronology",
    kind: "multiline",
    required: true,
    maxLength: limits.chronology,
    errorMessage: "Give a chronology of significant events.",
    section,
  },
  {
    id: "isg.currentAssessment",
    label: "Current assessment",
    kind: "multiline",
    required: true,
    maxLength: limits.long,
    errorMessage: "Outline the current assessment.",
    section,
  },
  {
    id: "isg.resources",
    label: "Resources requested",
    kind: "multiline",
    required: true,
    maxLength: limits.answer,
    errorMessage: "Say which resources you are requesting.",
    section,
  },
];
