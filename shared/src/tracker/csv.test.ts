import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";

const records = (text: string) => {
  const parsed = parseCsv(text, 100);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.records;
};

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM", () => {
    expect(records('\uFEFFa,b\r\n"x, y","say ""hi""\r\nthere"\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\r\nthere'],
    ]);
  });

  it("keeps empty fields and a last record without a line break", () => {
    expect(records("a,,c\n,\nz")).toEqual([["a", "", "c"], ["", ""], ["z"]]);
  });

  it("keeps formula-looking cells as text, never evaluated", () => {
    expect(records('=1+1,"=HYPERLINK(""x"")"\n')).toEqual([["=1+1", '=HYPERLINK("x")']]);
  });

  it("refuses a quote that is never closed or stray text after one", () => {
    expect(parseCsv('"open,b\n', 10).ok).toBe(false);
    expect(parseCsv('"a"b,c\n', 10).ok).toBe(false);
    expect(parseCsv('a"b,c\n', 10).ok).toBe(false);
  });

  it("stops reading past the record limit", () => {
    const parsed = parseCsv("a\nb\nc\nd\ne\n", 2);
    expect(parsed.ok && parsed.records.length).toBe(3);
  });
});
