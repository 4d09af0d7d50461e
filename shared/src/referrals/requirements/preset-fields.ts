import type { PresetKey } from "../../model/panel.js";
import { commonFields } from "./common-fields.js";
import type { FormField } from "./form-field.js";
import { girfecFields } from "./girfec-fields.js";
import { icsmgFields } from "./icsmg-fields.js";
import { isgFields } from "./isg-fields.js";

const girfecPresets: readonly PresetKey[] = ["icsmg", "lc-jst", "isg"];

export function isGirfecPreset(preset: PresetKey): boolean {
  return girfecPresets.includes(preset);
}

/** ICSMG and ISG requests are made by the Lead Professional (000 5, 002 B 3.3 iv). */
function withLeadProfessionalRequired(fields: FormField[]): FormField[] {
  return fields.map((field) =>
    field.id === "leadProfessional"
      ? { ...field, required: true, help: "The Lead Professional makes this request." }
      : field,
  );
}

/** The form fields for a referral to a panel of this preset, in display order. */
export function presetFields(preset: PresetKey): FormField[] {
  switch (preset) {
    case "icsmg":
      return [...withLeadProfessionalRequired(commonFields), ...girfecFields, ...icsmgFields];
    case "isg":
      return [...withLeadProfessionalRequired(commonFields), ...girfecFields, ...isgFields];
    case "lc-jst":
      return [...commonFields, ...girfecFields];
    default:
      return [...commonFields];
  }
}
