import { describe, expect, it } from "vitest";
import { childMatchKey } from "./child-match-key.js";

describe("the child match key", () => {
  it("is the same however the same names are typed", () => {
    const key = childMatchKey("Seán", "MacLeod");
    expect(childMatchKey("Sea\u0301n", "MacLeod")).toBe(key); // decomposed accent, as some phones send it
    expect(childMatchKey(" SEÁN ", "macleod")).toBe(key);
    expect(childMatchKey("Se\u200Bán", "Mac\u200DLeod")).toBe(key); // zero-width space and joiner
    expect(childMatchKey("\u202ESeán", "MacLeod\u200E")).toBe(key); // direction override and mark
    expect(childMatchKey("Mary  Anne", "Smith")).toBe(childMatchKey("Mary Anne", "Smith"));
  });

  it("still tells different names apart", () => {
    expect(childMatchKey("Sean", "MacLeod")).not.toBe(childMatchKey("Seán", "MacLeod"));
    expect(childMatchKey("MaryAnne", "Smith")).not.toBe(childMatchKey("Mary Anne", "Smith"));
    expect(childMatchKey("Ann", "Lee Smith")).not.toBe(childMatchKey("Ann Lee", "Smith"));
  });
});
