import { describe, expect, it } from "vitest";
import { personChoice, withNamed } from "./agenda-people.js";

const police = { id: "p-police", displayName: "Ewan Munro", agency: "police" as const, onPanel: true };
const teacher = {
  id: "p-teacher",
  displayName: "Aileen MacLeod",
  agency: "education" as const,
  onPanel: false,
};

describe("the people a chair chooses from", () => {
  it("reads each as name and agency", () => {
    expect(personChoice(police)).toBe("Ewan Munro, Police");
    expect(personChoice({ id: "p-x", displayName: "Someone Named" })).toBe("Someone Named");
  });

  it("keeps someone already named whom the list lacks, in name order", () => {
    const named = { id: "p-new", displayName: "Brodie New" };
    expect(withNamed([teacher, police], [named]).map((p) => p.id)).toEqual([
      "p-teacher",
      "p-new",
      "p-police",
    ]);
    expect(withNamed([teacher, police], [police])).toEqual([teacher, police]);
  });
});
