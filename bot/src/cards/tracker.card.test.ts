import { describe, expect, it } from "vitest";
import { maxCardYoungPeople, type TrackerCardView } from "@convenor/shared";
import { cardBytes, cardProblems } from "./card-validation.test-support.js";
import { redListCard } from "./red-list.card.js";
import { trackerCard } from "./tracker.card.js";

const youngPerson = (index: number) => ({
  childId: `child-${String(index).padStart(36, "0")}`,
  displayName: `Young Person With A Long Family Name ${index}`,
  areas: {
    "missing-or-exploitation": "red" as const,
    "education-employment-training": null,
    "placement-permanency": null,
    "youth-justice": null,
    health: null,
  },
  lastMonth: {
    "missing-or-exploitation": "red" as const,
    "education-employment-training": "amber" as const,
    "placement-permanency": "green" as const,
    "youth-justice": "green" as const,
    health: "amber" as const,
  },
  complete: false,
});

const view = (count: number): TrackerCardView => ({
  panelId: "panel-hrp",
  panelName: "Children in Care High Risk Panel",
  month: "2026-11",
  youngPeople: Array.from({ length: count }, (_, index) => youngPerson(index)),
  submitted: false,
});

describe("the monthly tracker card", () => {
  it("parses as Adaptive Card 1.5 and stays under 80 KB with a full caseload", () => {
    const card = trackerCard(view(maxCardYoungPeople), { cardId: "card-00000001", reminder: true });
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(80 * 1024);
  });

  it("keeps the choices made so far and offers Red, Amber and Green for each area", () => {
    const card = trackerCard(view(1), { cardId: "card-00000001" });
    const inputs = card.body.filter((element) => element.type === "Input.ChoiceSet");
    expect(inputs).toHaveLength(5);
    expect(inputs[0]).toMatchObject({
      id: `rag:${youngPerson(0).childId}:missing-or-exploitation`,
      value: "red",
    });
    expect(inputs[1]).not.toHaveProperty("value");
    expect((inputs[0]!.choices as { value: string }[]).map((choice) => choice.value)).toEqual([
      "red",
      "amber",
      "green",
    ]);
  });
});

describe("the red list card", () => {
  it("shows counts and a link, and parses", () => {
    const card = redListCard(
      {
        panelName: "Children in Care High Risk Panel",
        meetingId: "m-1",
        startsAt: "2026-12-08T10:00:00.000Z",
        youngPeople: 4,
        newlyListed: 1,
        redListPath: "/tab/#/meetings/m-1/red-list",
      },
      "https://convenor.example/tab/#/meetings/m-1/red-list",
    );
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("Young people");
  });
});
