import { describe, expect, it } from "vitest";
import { checkDecisionWords, DocumentsCodes, ErrorCodes, ReferralTransitionCodes } from "@convenor/shared";
import { domainErrorCard } from "./domain-error.js";

const shown = (card: ReturnType<typeof domainErrorCard>) => ({
  title: card.body[0]?.text,
  text: JSON.stringify(card.body.slice(1)),
});

describe("a domain error as a card", () => {
  it("titles a validation failure as answers needing attention, under the use case's own sentence", () => {
    const refused = checkDecisionWords("reason", "  ", "a reason for the decision");
    const card = shown(domainErrorCard(refused!.error));
    expect(card.title).toBe("Some answers need attention");
    expect(card.text).toContain("Give a reason for the decision.");
  });

  it.each([
    [ErrorCodes.forbidden, "Not allowed"],
    [ErrorCodes.notFound, "Not found"],
    [ErrorCodes.conflict, "Changed by someone else"],
    [ReferralTransitionCodes.invalidTransition, "Already screened"],
    [DocumentsCodes.nameConflict, "A file with that name exists"],
    ["GRAPH.UNAVAILABLE", "Microsoft 365 is not available"],
  ] as const)("titles %s as %j", (code, title) => {
    const card = shown(domainErrorCard({ code, message: "Because." }));
    expect(card.title).toBe(title);
    expect(card.text).toContain("Because.");
  });
});
