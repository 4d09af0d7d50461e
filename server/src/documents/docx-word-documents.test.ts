import type { WordDocument } from "@convenor/shared";
import { describe, expect, it } from "vitest";
import { docxPart, docxText } from "./docx-text.test-support.js";
import { DocxWordDocuments } from "./docx-word-documents.js";

const minute: WordDocument = {
  preset: "isg",
  title: "ISG North minutes, 4 March 2026",
  subtitle: ["Panel: Test ISG North", "Meeting: 2026-03-04", "Version 2, circulated"],
  footer: "Draft, version 2",
  sections: [
    {
      kind: "paragraphs",
      heading: "Attendance",
      paragraphs: ["Chair: Alex Chair (Social work)", "Quorate: yes"],
    },
    { kind: "list", heading: "Apologies", items: ["Health", "Education"] },
    { kind: "list", heading: "Declarations of interest", items: [] },
    {
      kind: "table",
      heading: "Decisions",
      columns: ["Case", "Decision", "Owner"],
      rows: [
        ["ISG-2026-0042", "Accepted: Team Around the Child", "Social work"],
        ["ISG-2026-0043", "Deferred"],
      ],
    },
  ],
};

const render = (document: WordDocument) => new DocxWordDocuments().render(document);

describe("DocxWordDocuments", () => {
  it("reads, top to bottom, as the panel kind, the title, the subtitle lines and each section", async () => {
    const read = docxText(await render(minute));
    expect(read.body.split("\n")).toEqual([
      "Integrated Support Group",
      "ISG North minutes, 4 March 2026",
      "Panel: Test ISG North",
      "Meeting: 2026-03-04",
      "Version 2, circulated",
      "Attendance",
      "Chair: Alex Chair (Social work)",
      "Quorate: yes",
      "Apologies",
      "Health",
      "Education",
      "Declarations of interest",
      "None.",
      "Decisions",
      "Case",
      "Decision",
      "Owner",
      "ISG-2026-0042",
      "Accepted: Team Around the Child",
      "Social work",
      "ISG-2026-0043",
      "Deferred",
    ]);
    expect(read.title).toBe("ISG North minutes, 4 March 2026");
  });

  it("uses Word's Heading 1 for the title and Heading 2 for sections (the navigation pane's outline), bullets for lists", async () => {
    const { paragraphs } = docxText(await render(minute));
    expect(paragraphs.filter((p) => p.style?.startsWith("Heading"))).toEqual([
      { style: "Heading1", text: "ISG North minutes, 4 March 2026" },
      { style: "Heading2", text: "Attendance" },
      { style: "Heading2", text: "Apologies" },
      { style: "Heading2", text: "Declarations of interest" },
      { style: "Heading2", text: "Decisions" },
    ]);
    expect(paragraphs.filter((p) => p.style === "ListParagraph").map((p) => p.text)).toEqual([
      "Health",
      "Education",
    ]);
  });

  it("repeats a table's header row on every page and gives every row all the columns", async () => {
    const xml = docxPart(await render(minute), "word/document.xml");
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((match) => match[1] ?? "");
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.includes("<w:tblHeader/>"))).toEqual([true, false, false]);
    expect(rows.map((row) => row.match(/<w:tc>/g)?.length)).toEqual([3, 3, 3]);
  });

  it("puts the footer text and 'Page n of m' in every page's footer", async () => {
    const docx = await render(minute);
    const { footers } = docxText(docx);
    expect(footers).toHaveLength(1);
    expect(footers[0]?.split("\n")).toEqual(["Draft, version 2", "Page  of"]);
    const footer = docxPart(docx, "word/footer1.xml");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it("styles each panel kind its own way: the wording above the title and the heading colour", async () => {
    const cin = await render({ ...minute, preset: "cin-review" });
    const isg = await render(minute);
    expect(docxText(cin).body.split("\n")[0]).toBe("Child in Need review");
    const headingColour = (docx: Uint8Array) =>
      /<w:style [^>]*w:styleId="Heading1".*?<w:color w:val="([0-9A-F]{6})"/s.exec(
        docxPart(docx, "word/styles.xml"),
      )?.[1];
    expect(headingColour(cin)).toBe("7A3B0C");
    expect(headingColour(isg)).toBe("5B2C83");
    const styles = docxPart(isg, "word/styles.xml");
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).toContain('<w:lang w:val="en-GB"/>'); // spelling and screen reader voice: British English
    expect(docxPart(isg, "docProps/core.xml")).toContain("<dc:creator>Convenor</dc:creator>");
  });

  it("keeps a line break typed in a paragraph, and drops characters Word cannot open", async () => {
    const docx = await render({
      ...minute,
      title: "Minutes\nof the meeting\u0001",
      sections: [
        { kind: "paragraphs", heading: "Notes", paragraphs: ["First line\nSecond line\u000B\uFFFE\uD800"] },
      ],
    });
    const { paragraphs, title } = docxText(docx);
    expect(title).toBe("Minutes of the meeting");
    expect(paragraphs.map((p) => p.text)).toContain("First line\nSecond line");
    const xml = docxPart(docx, "word/document.xml");
    expect(["\u0001", "\u000B", "\uFFFE", "\uD800"].filter((character) => xml.includes(character))).toEqual(
      [],
    );
  });

  it("keeps text with markup characters as typed", async () => {
    const read = docxText(
      await render({ ...minute, title: `Minutes <draft> & "notes" for O'Neil's panel`, sections: [] }),
    );
    expect(read.title).toBe(`Minutes <draft> & "notes" for O'Neil's panel`);
    expect(read.body).toContain(`Minutes <draft> & "notes" for O'Neil's panel`);
  });
});
