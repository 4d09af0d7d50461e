import { describe, expect, it } from "vitest";
import { sanitiseName, sanitisePath } from "./sharepoint-names.js";

describe("SharePoint names from user text", () => {
  it.each([
    ['Minutes: "draft" v2?', "Minutes- -draft- v2-"],
    ["a/b\\c|d*e", "a-b-c-d-e"],
    ["  trailing dots...  ", "trailing dots"],
    ["~$locked.docx", "locked.docx"],
    ["CON", "CON-file"],
    ["aux.docx", "aux-file.docx"],
    ["my_vti_folder", "myvtifolder"],
    ["tab\there", "tab here"],
  ])("%j becomes %j", (input, expected) => {
    expect(sanitiseName(input)).toBe(expected);
  });

  it.each(["", "..", ".", "   ", "///"])("rejects %j", (input) => {
    expect(sanitiseName(input)).toBeNull();
  });

  it("shortens long names keeping the extension", () => {
    const name = sanitiseName(`${"x".repeat(300)}.docx`);
    expect(name?.length).toBe(120);
    expect(name?.endsWith(".docx")).toBe(true);
  });

  it("never produces a path that leaves its folder", () => {
    expect(sanitisePath(["..", "a"], "b.txt")).toBeNull();
    expect(sanitisePath(["a/../../b"], "c.txt")).toBe("a-..-..-b/c.txt");
  });
});
