/**
 * What typed text may contain. Control characters are never typed by a person: a NUL or a stray escape
 * comes from a broken client or a forged request (and PostgreSQL refuses a NUL outright). Direction
 * overrides, embeddings and isolates reorder how a name reads wherever it is shown, so a one-line answer
 * (a name, a school, an identifier) refuses them too; a free-text answer keeps its tabs and line breaks.
 */
const forbiddenInLine = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const forbiddenInFreeText = /(?![\t\n\r])\p{Cc}/u;

/** A character that shows: not a space, a line break, a control or a format character (zero-width, bidi). */
const visible = /[^\s\p{Z}\p{Cc}\p{Cf}]/u;

export function hasForbiddenCharacters(value: string, multiline: boolean): boolean {
  return (multiline ? forbiddenInFreeText : forbiddenInLine).test(value);
}

export function hasVisibleText(value: string): boolean {
  return visible.test(value);
}
