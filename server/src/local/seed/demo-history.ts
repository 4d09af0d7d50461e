import type { Clock, Store } from "@convenor/shared";
import { cinReviewHistory } from "./demo-history-cin.js";
import { HistoryChildren } from "./demo-history-children.js";
import { historicMeetings } from "./demo-history-meetings.js";
import { historyProfiles } from "./demo-history-profiles.js";
import { leaversRatings } from "./demo-history-ratings.js";
import { seedReferralHistory, type HistoricResource } from "./demo-history-referrals.js";
import { demoPanels } from "./demo-panels.js";
import { lastTwelveMonths } from "./demo-ratings.js";
import { SeededRandom } from "./seeded-random.js";

/** Young people the High Risk Panel tracked earlier in the year and no longer does. */
const trackerLeavers = 40;

/**
 * A year of history before the live demo, so that a newcomer opening the reports sees real numbers: each
 * referral panel's monthly meetings and ended referrals (from several schools and agencies, for varied
 * reasons), the ICSMG's and ISG's resource decisions (the unmet need register, purchased placements), and the
 * High Risk Panel's tracker ratings of young people who have since left it, and the CIN review panel's plans
 * reviewed and ended during the year. Made-up children (`c-hist-…`)
 * throughout; nothing waits for anyone, and nothing is past its retention period. One transaction, the same
 * every start (a fixed seed).
 */
export async function seedDemoHistory(store: Store, clock: Clock): Promise<void> {
  const now = clock.now();
  const random = new SeededRandom(20_261_124);
  const children = new HistoryChildren(random);
  await store.transaction(async (tx) => {
    for (const profile of historyProfiles) {
      const panel = demoPanels.find((candidate) => candidate.id === profile.panelId)!;
      const held = await tx.meetings.get(`m-${panel.id.replace(/^panel-/, "")}-1`);
      if (!held) throw new Error(`The demo's held meeting of ${panel.id} is missing`);
      const older = historicMeetings(panel, held);
      for (const meeting of older) await tx.meetings.insert(meeting);
      await seedReferralHistory(
        tx,
        panel,
        profile,
        [held, ...older],
        (index) => resourcesDecided(panel.id, index, random),
        children,
        random,
      );
    }
    const leaversFrom = children.made.length;
    const ratings = leaversRatings("panel-hrp", lastTwelveMonths(now), trackerLeavers, children, random);
    for (const child of children.made.slice(leaversFrom)) await tx.children.insert(child);
    for (const rating of ratings) await tx.ratings.upsert(rating);
    const cinFrom = children.made.length;
    const cin = cinReviewHistory(
      demoPanels.find((panel) => panel.id === "panel-cin")!,
      now,
      children,
      random,
    );
    for (const child of children.made.slice(cinFrom)) await tx.children.insert(child);
    for (const plan of cin.plans) await tx.cinReviews.insertPlan(plan);
    for (const review of cin.reviews) await tx.cinReviews.insertReview(review);
  });
}

const times = (count: number, resource: HistoricResource): HistoricResource[] =>
  Array.from({ length: count }, () => resource);
const need = (resource: HistoricResource["resource"]): HistoricResource => ({
  resource,
  outcome: "agreed-unavailable",
  placement: null,
  retrospective: false,
});

/**
 * What a panel decided on significant resources at its `index`th older meeting. The ICSMG's Intensive
 * Support and Supervision ran full most of the year (no place until the spring intake, in months 4 to 6
 * back); the ISG purchased placements every month, most planned.
 */
function resourcesDecided(panelId: string, index: number, random: SeededRandom): HistoricResource[] {
  if (panelId === "panel-icsmg") {
    const springIntake = index >= 4 && index <= 6;
    return [
      ...times(springIntake ? random.int(0, 2) : random.int(5, 8), need("intensive-support-supervision")),
      ...times(random.int(2, 6), need("residential-placement-group")),
      ...times(
        random.weighted([
          [0, 3],
          [1, 2],
          [2, 1],
        ] as const),
        need("isms"),
      ),
      ...times(random.int(1, 3), { ...need("intensive-support-supervision"), outcome: "agreed" }),
    ];
  }
  if (panelId === "panel-isg") {
    const placement = (timing: "planned" | "unplanned", retrospective = false): HistoricResource => ({
      resource: "isg-purchased-placement",
      outcome: "agreed",
      placement: timing,
      retrospective,
    });
    return [
      ...times(random.int(5, 9), placement("planned")),
      ...times(
        random.weighted([
          [0, 2],
          [1, 3],
          [2, 2],
          [5, 1],
        ] as const),
        placement("unplanned"),
      ),
      ...times(
        random.weighted([
          [0, 3],
          [1, 2],
          [2, 1],
        ] as const),
        placement("unplanned", true),
      ),
      ...times(random.int(0, 2), need("isg-purchased-placement")),
      ...times(random.int(0, 1), { ...placement("planned"), outcome: "declined", placement: null }),
    ];
  }
  return [];
}
