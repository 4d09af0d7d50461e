import type { Agency } from "../model/people.js";

const names: Record<Agency, string> = {
  education: "Education",
  health: "Health",
  "social-work": "Social work",
  police: "Police",
  reporter: "Children's Reporter",
  psychology: "Psychology",
  "youth-justice": "Youth justice",
  housing: "Housing",
  voluntary: "Voluntary sector",
  other: "Other",
};

/** Agencies as a reader would write them: "Health and Social work". */
export function agencyList(list: readonly Agency[]): string {
  const words = list.map((agency) => names[agency]);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}
