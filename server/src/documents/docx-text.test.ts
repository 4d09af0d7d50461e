import { aChild } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import { docxText, findChildIdentifiers } from "./docx-text.test-support.js";
import { DocxWordDocuments } from "./docx-word-documents.js";

const morag = aChild({ givenName: "Morag", familyName: "MacLeod", dateOfBirth: "2013-05-04" });
const ewan = aChild({ givenName: "Ewan", familyName: "Ross", dateOfBirth: "2014-11-23" });

const docxWith = (paragraphs: string[], footer = "Draft") =>
  new DocxWordDocuments().render({
    preset: "isg",
    title: "ISG minutes",
    subtitle: [],
    footer,
    sections: [{ kind: "paragraphs", heading: "Notes", paragraphs }],
  });

describe("docxText", () => {
  it("reads the body and footers back as lines", async () => {
    const read = docxText(await docxWith(["First line", "Second line"], "Restricted"));
    expect(read.body).toContain("Notes\nFirst line\nSecond line");
    expect(read.footers[0]).toContain("Restricted");
  });
});

describe("findChildIdentifiers", () => {
  it("finds nothing in a minute that uses case references only", async () => {
    const docx = await docxWith([
      "ISG-2026-0042: accepted, review on 2026-06-04",
      "Rossshire locality report",
    ]);
    expect(findChildIdentifiers(docx, [morag, ewan])).toEqual([]);
  });

  it("finds a planted name, in any case, in the body or the footer", async () => {
    expect(findChildIdentifiers(await docxWith(["Discussed MORAG's plan"]), [morag, ewan])).toEqual([
      "given name: Morag",
    ]);
    expect(findChildIdentifiers(await docxWith(["Fine"], "Ross family"), [morag, ewan])).toEqual([
      "family name: Ross",
    ]);
  });

  it("does not count a staff name that shares a child's family name, when told it is one", async () => {
    const callum = aChild({ givenName: "Callum", familyName: "Fraser", dateOfBirth: "2013-11-11" });
    const docx = await docxWith(["Present: Dr Rhona Fraser (Health)", "Apologies: none"]);
    expect(findChildIdentifiers(docx, [callum])).toEqual(["family name: Fraser"]);
    expect(findChildIdentifiers(docx, [callum], { except: ["Dr Rhona Fraser"] })).toEqual([]);
    const named = await docxWith(["Present: Dr Rhona Fraser", "Callum Fraser's plan"]);
    expect(findChildIdentifiers(named, [callum], { except: ["Dr Rhona Fraser"] })).toEqual([
      "given name: Callum",
      "family name: Fraser",
    ]);
  });

  it.each(["2013-05-04", "04/05/2013", "4/5/2013", "4 May 2013", "04 May 2013", "4th May 2013"])(
    "finds a date of birth written as %s",
    async (written) => {
      expect(findChildIdentifiers(await docxWith([`Born ${written}.`]), [morag])).toEqual([
        "date of birth: 2013-05-04",
      ]);
    },
  );

  it("does not mistake other dates for a date of birth", async () => {
    const docx = await docxWith(["14/05/2013", "2013-05-041", "4 May 2014", "24 May 2013"]);
    expect(findChildIdentifiers(docx, [morag])).toEqual([]);
  });
});
