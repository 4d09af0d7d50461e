import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { WordDocument, WordDocumentsPort, WordSection } from "@convenor/shared";
import { bodyFont, houseStyleOf, muted, sizes, type HouseStyle } from "./house-style.js";
import { oneLine, runsOf } from "./word-text.js";

/** The content type to file a rendered document with (`FileUpload.contentType`). */
export const docxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Lays a `WordDocument` out as .docx in the panel's house style. The title is Heading 1 and each section's
 * heading Heading 2 (Word's own styles, so the navigation pane and screen readers see the outline); a table's
 * first row repeats on every page; every page's footer carries the document's footer text and "Page n of m".
 */
export class DocxWordDocuments implements WordDocumentsPort {
  async render(document: WordDocument): Promise<Uint8Array> {
    const style = houseStyleOf(document.preset);
    const file = new Document({
      title: oneLine(document.title),
      subject: style.kicker,
      description: oneLine(document.subtitle.join("; ")),
      creator: "Convenor",
      lastModifiedBy: "Convenor",
      styles: stylesFor(style),
      sections: [
        {
          footers: { default: footerOf(document.footer) },
          children: [
            new Paragraph({
              children: [
                new TextRun({ text: style.kicker, bold: true, color: style.accent, size: sizes.kicker }),
              ],
            }),
            new Paragraph({ text: oneLine(document.title), heading: HeadingLevel.HEADING_1 }),
            ...document.subtitle.map((line) => new Paragraph({ children: runsOf(line, { color: muted }) })),
            ...document.sections.flatMap((section) => sectionBlocks(section, style)),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(file));
  }
}

function stylesFor(style: HouseStyle) {
  const heading = (size: number) => ({
    run: { font: bodyFont, size, bold: true, color: style.accent },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: bodyFont, size: sizes.body, language: { value: "en-GB" } },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(sizes.heading1),
      heading2: heading(sizes.heading2),
    },
  };
}

function footerOf(text: string): Footer {
  const look = { color: muted, size: sizes.footer };
  return new Footer({
    children: [
      // As `text`, never `children`: docx reads a child string "CURRENT" as a page number field.
      new Paragraph({ children: runsOf(text, look) }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], ...look }),
        ],
      }),
    ],
  });
}

function sectionBlocks(section: WordSection, style: HouseStyle): FileChild[] {
  const heading = new Paragraph({ text: oneLine(section.heading), heading: HeadingLevel.HEADING_2 });
  switch (section.kind) {
    case "paragraphs":
      return [heading, ...section.paragraphs.map((text) => new Paragraph({ children: runsOf(text) }))];
    case "list":
      return section.items.length === 0
        ? [heading, new Paragraph({ text: "None." })]
        : [
            heading,
            ...section.items.map((text) => new Paragraph({ children: runsOf(text), bullet: { level: 0 } })),
          ];
    case "table":
      return [heading, tableOf(section.columns, section.rows, style)];
  }
}

function tableOf(columns: string[], rows: string[][], style: HouseStyle): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  const cell = (text: string, header: boolean) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: style.accent } } : {}),
      children: [
        new Paragraph({
          children: runsOf(text, { bold: header, ...(header ? { color: "FFFFFF" } : {}) }),
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((name) => cell(name, true)) }),
      // Word needs the same number of cells in every row: a short row is padded, a long one cut to the columns.
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((_, index) => cell(row[index] ?? "", false)),
          }),
      ),
    ],
  });
}
