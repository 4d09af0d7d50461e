import { ragAreas, type MonthlyRating, type Rag, type RagArea } from "@convenor/shared";
import { demoCaseload, redTwiceChildIds, trackedChildIds } from "./demo-children.js";

/** The twelve months before `now`'s month, oldest first, as YYYY-MM. */
export function lastTwelveMonths(now: Date): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + index, 1));
    return date.toISOString().slice(0, 7);
  });
}

/**
 * A year of the CiC High Risk Panel tracker, each month rated by the young person's worker. The two
 * `redTwiceChildIds` are red in the same area in the last two months, so the two-reds rule lists them; no one
 * else is ever red two months running in any area (nor, so the demo reads the same either way, in any two).
 */
export function demoRatings(panelId: string, now: Date): MonthlyRating[] {
  const months = lastTwelveMonths(now);
  return trackedChildIds.flatMap((childId, childIndex) =>
    months.map((month, monthIndex) => {
      const isLastTwo = monthIndex >= months.length - 2;
      const areas = Object.fromEntries(
        ragAreas.map((area, areaIndex) => [area, rag(childIndex, monthIndex, areaIndex)]),
      ) as Record<RagArea, Rag>;
      if (redTwiceChildIds.includes(childId) && isLastTwo) {
        areas[childIndex % 2 === 0 ? "missing-or-exploitation" : "placement-permanency"] = "red";
      }
      const ratedById = demoCaseload.find((tracked) => tracked.childId === childId)?.workerId ?? "p-sw";
      return { panelId, childId, month, ratedById, areas };
    }),
  );
}

/** Amber and green in a fixed pattern, with a lone red every fourth month for some areas, never twice running. */
function rag(childIndex: number, monthIndex: number, areaIndex: number): Rag {
  const pattern = (childIndex * 7 + monthIndex * 3 + areaIndex * 5) % 11;
  if (pattern === 0 && monthIndex % 4 === 1 && monthIndex < 9) return "red";
  return pattern < 5 ? "amber" : "green";
}
