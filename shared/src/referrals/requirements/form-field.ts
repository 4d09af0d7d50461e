/** A renderer-neutral description of one form input: Adaptive Cards, the tab and the add-in render from it. */
export type FormFieldKind = "text" | "multiline" | "date" | "choice" | "multichoice" | "toggle" | "url";

export interface FormChoice {
  value: string;
  label: string;
}

export interface FormField {
  /** Flat id, also the key in the submitted form, e.g. `child.givenName`, `consent.status`, `shanarri`. */
  id: string;
  label: string;
  /** The label as someone else reads the answer, where `label` speaks to the referrer ("Your agency"). */
  readerLabel?: string;
  kind: FormFieldKind;
  /** Required on submit. Fields required only in some cases (e.g. a consent justification) are false here. */
  required: boolean;
  /** Most characters accepted (for a multichoice: of the comma-joined values). */
  maxLength: number;
  /** Pattern the value must match, for renderers that validate on the client (Adaptive Card `regex`). */
  regex?: string;
  /** What to tell the user when the field is missing or malformed. */
  errorMessage: string;
  choices?: FormChoice[];
  /** Human heading the field is grouped under. */
  section: string;
  help?: string;
}

/** A submitted form after parsing: absent and blank answers removed. */
export type ReferralFormValues = Record<string, string | string[] | boolean>;
