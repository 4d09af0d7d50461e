import { TextRun, type IRunOptions } from "docx";

// XML 1.0 allows tab, line feed, carriage return and these ranges; anything else (control characters pasted
// from other programs, U+FFFE, lone surrogates) would make Word refuse to open the file.
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as Word can store it, on one line (titles, headings, document properties). */
export const oneLine = (text: string): string => text.replace(notXml, "").replace(/\s*[\r\n]+\s*/g, " ");

/** A paragraph's runs: each line of the text its own line in Word (a line break, not a new paragraph). */
export function runsOf(text: string, look: Omit<IRunOptions, "text" | "children" | "break"> = {}): TextRun[] {
  return text
    .replace(notXml, "")
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...look, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}
