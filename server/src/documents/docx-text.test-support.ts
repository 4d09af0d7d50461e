import { unzipSync } from "fflate";
import type { Child } from "@convenor/shared";

/** What a reader of a .docx sees: the body, headers and footers as text (a line per paragraph), and its title. */
export interface DocxText {
  body: string;
  headers: string[];
  footers: string[];
  /** The document properties' title (File > Info in Word). */
  title: string;
  /** The body's paragraphs with their Word style id (`Heading1`, `Heading2`, `ListParagraph`; null for Normal). */
  paragraphs: { style: string | null; text: string }[];
}

/** One part of the .docx as XML text, e.g. `word/styles.xml`; throws when the package has no such part. */
export function docxPart(docx: Uint8Array, name: string): string {
  const bytes = unzipSync(docx, { filter: (file) => file.name === name })[name];
  if (!bytes) throw new Error(`The .docx has no ${name}`);
  return new TextDecoder().decode(bytes);
}

/** Reads a .docx back as text, for tests: paragraphs become lines, table cells too. */
export function docxText(docx: Uint8Array): DocxText {
  const parts = unzipSync(docx);
  const part = (name: string): string => {
    const bytes = parts[name];
    if (!bytes) throw new Error(`The .docx has no ${name}`);
    return new TextDecoder().decode(bytes);
  };
  const named = (pattern: RegExp) =>
    Object.keys(parts)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => xmlText(part(name)));
  const core = parts["docProps/core.xml"] ? part("docProps/core.xml") : "";
  const document = part("word/document.xml");
  return {
    body: xmlText(document),
    headers: named(/^word\/header\d*\.xml$/),
    footers: named(/^word\/footer\d*\.xml$/),
    title: decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? ""),
    paragraphs: [...document.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)].map((match) => ({
      style: /<w:pStyle w:val="([^"]*)"/.exec(match[1] ?? "")?.[1] ?? null,
      text: xmlText(`${match[1] ?? ""}`),
    })),
  };
}

/** Paragraphs as lines; runs of one paragraph joined as Word shows them. */
function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<w:br\/>/g, "\n")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, "")
    .split(/(<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|\n|\t)/)
    .map((piece) => {
      const text = /^<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>$/.exec(piece);
      if (text) return decodeXml(text[1] ?? "");
      return piece === "\n" || piece === "\t" ? piece : "";
    })
    .join("")
    .trim();
}

const decodeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? "";
  });

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The ways a date of birth may be written in a document: 2015-03-04, 04/03/2015, 4/3/2015, 4 March 2015, 4 Mar 2015. */
function dateForms(isoDate: string): RegExp[] {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const monthName = months[month - 1] ?? "";
  return [
    new RegExp(`(?<!\\d)${isoDate}(?!\\d)`),
    new RegExp(`(?<!\\d)0?${day}/0?${month}/${year}(?!\\d)`),
    new RegExp(
      `(?<!\\d)0?${day}(?:st|nd|rd|th)? (?:${monthName}|${monthName.slice(0, 3)}) ${year}(?!\\d)`,
      "i",
    ),
  ];
}

/** The phrase as a whole word (or words), whatever its case: "Ann" is not found in "Annual". */
const wordPattern = (phrase: string, flags: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${phrase.normalize("NFC").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    flags,
  );

/**
 * Any child's given name, family name or date of birth found anywhere a reader of the .docx could see it
 * (body, headers, footers, title), as "given name: Ellie" etc. Empty when the document names no child.
 * `except` lists phrases that may appear and are not a child, e.g. staff names in the attendance: the demo's
 * "Dr Rhona Fraser" shares a family name with the demo child Callum Fraser.
 */
export function findChildIdentifiers(
  docx: Uint8Array,
  children: readonly Pick<Child, "givenName" | "familyName" | "dateOfBirth">[],
  options: { except?: readonly string[] } = {},
): string[] {
  const read = docxText(docx);
  const text = (options.except ?? []).reduce(
    (remaining, phrase) =>
      phrase.trim() ? remaining.replace(wordPattern(phrase.trim(), "giu"), " ") : remaining,
    [read.title, read.body, ...read.headers, ...read.footers].join("\n").normalize("NFC"),
  );
  const found = new Set<string>();
  const has = (name: string) => name.trim() !== "" && wordPattern(name.trim(), "iu").test(text);
  for (const child of children) {
    if (has(child.givenName)) found.add(`given name: ${child.givenName}`);
    if (has(child.familyName)) found.add(`family name: ${child.familyName}`);
    if (dateForms(child.dateOfBirth).some((form) => form.test(text)))
      found.add(`date of birth: ${child.dateOfBirth}`);
  }
  return [...found];
}
