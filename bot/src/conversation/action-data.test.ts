import { describe, expect, it } from "vitest";
import { formActionData, inputBounds, parseAction } from "./action-data.js";

const own = { panelId: "panel-isg", cardId: "card-0001" };

describe("parseAction", () => {
  it("is null only when Convenor's own data is missing or malformed", () => {
    expect(parseAction(formActionData, { reason: "x" })).toBeNull();
    expect(parseAction(formActionData, { convenor: { panelId: "panel-isg", cardId: "short" } })).toBeNull();
    expect(parseAction(formActionData, { convenor: { ...own, panelId: "panel\u0000isg" } })).toBeNull();
  });

  it("reads a card's inputs as text: strings, multi-selects sent as lists, toggles sent as booleans", () => {
    const parsed = parseAction(formActionData, {
      convenor: own,
      reason: "Why",
      shanarri: ["safe", "included"],
      "icsmg.managerDiscussed": true,
      "consent.justification": null,
    });
    expect(parsed).toEqual({
      own,
      inputs: {
        reason: "Why",
        shanarri: "safe,included",
        "icsmg.managerDiscussed": "true",
        "consent.justification": "",
      },
      problems: [],
    });
  });

  it("keeps an answer over its field's limit whole, for the use case to report by its field", () => {
    const chronology = "c".repeat(21_000);
    const parsed = parseAction(formActionData, { convenor: own, "isg.chronology": chronology });
    expect(parsed?.inputs["isg.chronology"]).toBe(chronology);
    expect(parsed?.problems).toEqual([]);
  });

  it("cuts a value far over any limit and says so, keeping the rest of the form", () => {
    const parsed = parseAction(formActionData, {
      convenor: own,
      reason: "r".repeat(inputBounds.valueLength + 10),
      "child.givenName": "Morag",
    });
    expect(parsed?.inputs.reason).toHaveLength(inputBounds.valueLength);
    expect(parsed?.inputs["child.givenName"]).toBe("Morag");
    expect(parsed?.problems).toEqual([
      {
        field: "reason",
        code: "CARD.INPUT_TOO_LONG",
        message: "An answer of 64,010 characters is far over any limit: only the first 64,000 were kept.",
      },
    ]);
  });

  it("leaves out data no Convenor card sends and says so: values that are not text, and too many inputs", () => {
    const many = Object.fromEntries(
      Array.from({ length: inputBounds.inputs + 2 }, (_, i) => [`extra.${i}`, "x"]),
    );
    const parsed = parseAction(formActionData, {
      convenor: own,
      "child.givenName": { nested: "object" },
      ["k".repeat(inputBounds.idLength + 1)]: "x",
      ...many,
    });
    expect(parsed?.inputs).not.toHaveProperty("child.givenName");
    expect(Object.keys(parsed?.inputs ?? {})).toHaveLength(inputBounds.inputs);
    expect(parsed?.problems.map((p) => [p.field, p.code])).toEqual([
      ["child.givenName", "CARD.INPUT_NOT_TEXT"],
      ["", "CARD.INPUT_UNKNOWN"],
    ]);
    expect(parsed?.problems[1]?.message).toBe(
      "The card sent 3 values that no Convenor form has, which were left out.",
    );
  });
});
