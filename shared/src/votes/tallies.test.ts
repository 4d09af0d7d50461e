import { describe, expect, it } from "vitest";
import type { Vote } from "../model/rating.js";
import { decisionCounts, leadingChoices, majorityRag, ratingDistribution } from "./tallies.js";

const vote = (voterId: string, choice: Vote["choice"]): Vote => ({
  questionId: "q-1",
  voterId,
  choice,
  reason: null,
  castAt: "2026-03-05T10:00:00.000Z",
});

describe("decision tallies", () => {
  it("leaves abstentions out of the majority", () => {
    const counts = decisionCounts([
      vote("a", "approve"),
      vote("b", "abstain"),
      vote("c", "abstain"),
      vote("d", "decline"),
      vote("e", "approve"),
    ]);
    expect(counts).toEqual({ approve: 2, decline: 1, defer: 0, abstain: 2 });
    expect(leadingChoices(counts)).toEqual(["approve"]);
  });

  it("reports a tie as several leading choices, and no leader when everyone abstained", () => {
    expect(leadingChoices(decisionCounts([vote("a", "approve"), vote("b", "defer")]))).toEqual([
      "approve",
      "defer",
    ]);
    expect(leadingChoices(decisionCounts([vote("a", "abstain")]))).toEqual([]);
  });
});

describe("rating distribution", () => {
  it("counts each area's ratings and finds a single majority, or none on a tie", () => {
    const distribution = ratingDistribution(
      ["health", "youth-justice"],
      [
        vote("a", { health: "red", "youth-justice": "green" }),
        vote("b", { health: "red", "youth-justice": "amber" }),
        vote("c", { health: "amber" }),
      ],
    );
    expect(distribution).toEqual({
      health: { red: 2, amber: 1, green: 0 },
      "youth-justice": { red: 0, amber: 1, green: 1 },
    });
    expect(majorityRag(distribution.health!)).toBe("red");
    expect(majorityRag(distribution["youth-justice"]!)).toBeNull();
  });
});
