export * from "./form-field.js";
export * from "./field-limits.js";
export { childProtectionNotice, requestKindChoices } from "./common-fields.js";
export { girfecQuestions } from "./girfec-fields.js";
export { icsmgResourceChoices } from "./icsmg-fields.js";
export { isGirfecPreset, presetFields } from "./preset-fields.js";
export { ageOn } from "./submit-rules.js";
export * from "./referral-error-codes.js";
export * from "./referral-requirements.js";
