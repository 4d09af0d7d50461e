import { ragAreas, type Child, type MonthlyRating, type Rag, type RagArea } from "@convenor/shared";
import type { HistoryChildren } from "./demo-history-children.js";
import type { SeededRandom } from "./seeded-random.js";

const workers = ["p-sw", "p-sw-north", "p-sw-locality"];
/** The area each leaver was most at risk in, as often as the High Risk Panel sees it. */
const riskAreas: readonly (readonly [RagArea, number])[] = [
  ["missing-or-exploitation", 7],
  ["placement-permanency", 5],
  ["education-employment-training", 4],
  ["youth-justice", 3],
  ["health", 2],
];

/**
 * Young people the High Risk Panel tracked earlier in the year who have since left its tracker: each turned
 * 18 the month after their last rating. Each was red in their main area every other month, and sometimes in a
 * second, never two months running in any area, so the two-reds rule lists none of them (the live demo's
 * two listed young people stay the only ones).
 */
export function leaversRatings(
  panelId: string,
  months: readonly string[],
  count: number,
  children: HistoryChildren,
  random: SeededRandom,
): MonthlyRating[] {
  return Array.from({ length: count }, (_, index) => {
    // The last rated month: from the sixth of the twelve to the tenth, so the last two are the live demo's.
    const last = random.int(5, 9);
    const leaver = aLeaver(months[last + 1]!, children, random);
    const main = random.weighted(riskAreas);
    const second = random.next() < 0.4 ? random.pick(ragAreas.filter((area) => area !== main)) : null;
    const ratedById = workers[index % workers.length]!;
    return months.slice(0, last + 1).map((month, monthIndex) => {
      const redMonth = (monthIndex + index) % 2 === 0;
      const areas = Object.fromEntries(
        ragAreas.map((area) => [area, rag(area, redMonth, main, second, random)]),
      ) as Record<RagArea, Rag>;
      return { panelId, childId: leaver.id, month, ratedById, areas };
    });
  }).flat();
}

function rag(
  area: RagArea,
  redMonth: boolean,
  main: RagArea,
  second: RagArea | null,
  random: SeededRandom,
): Rag {
  if (redMonth && (area === main || area === second)) return "red";
  return random.next() < 0.45 ? "amber" : "green";
}

/** Looked after, turning 18 in `eighteenthMonth` (YYYY-MM), at college or not in education. */
function aLeaver(eighteenthMonth: string, children: HistoryChildren, random: SeededRandom): Child {
  const college = random.pick(["Inverness College UHI", "North Highland College UHI", "Not in education"]);
  return children.makeTurning18In(eighteenthMonth, college, "Highland");
}
