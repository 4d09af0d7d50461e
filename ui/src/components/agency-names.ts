import type { Agency } from "@convenor/shared";

/** Agencies as people write them (kept here so the front ends load none of shared's runtime). */
export const agencyNames: Record<Agency, string> = {
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
