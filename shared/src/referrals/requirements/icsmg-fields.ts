import { limits } from "./field-limits.js";
import type { FormChoice, FormField } from "./form-field.js";

const section = "ICSMG request";

/** Significant resources and decisions the ICSMG allocates (000 4, 6, 7). */
export const icsmgResourceChoices: FormChoice[] = [
  { value: "residential-placement-group", label: "Residential Placement Group" },
  { value: "intensive-support-supervision", label: "Intensive Support and Supervision" },
  { value: "isms", label: "Intensive Support and Monitoring Service (ISMS)" },
  { value: "asbo", label: "Anti-Social Behaviour Order (ASBO)" },
  { value: "parenting-order", label: "Parenting Order" },
  { value: "other-significant-resource", label: "Other significant resource" },
  { value: "dispute-resolution", label: "Dispute resolution" },
  { value: "grave-concern-review", label: "Grave concern review" },
];

export const icsmgFields: FormField[] = [
  {
    id: "icsmg.managerDiscussed",
    label: "I have discussed this request with my manager",
    readerLabel: "The referrer has discussed this request with their manager",
    kind: "toggle",
    required: true,
    maxLength: 5,
    errorMessage: "Discuss the request with your manager before referring to the ICSMG.",
    section,
  },
  {
    id: "icsmg.resources",
    label: "Resource requested",
    kind: "multichoice",
    required: true,
    maxLength: 250,
    choices: icsmgResourceChoices,
    errorMessage: "Choose the resource or decision you are requesting.",
    section,
  },
  {
    id: "icsmg.alternatives",
    label: "Alternatives considered",
    kind: "multiline",
    required: true,
    maxLength: limits.answer,
    errorMessage: "Describe the alternatives you considered.",
    section,
  },
  {
    id: "icsmg.availability",
    label: "Current availability of the resource",
    kind: "multiline",
    required: true,
    maxLength: limits.short,
    errorMessage: "Say what you know of the resource's current availability.",
    section,
  },
];
