import {
  addCalendarDays,
  addMonths,
  rollToWorkingDay,
  ukLocalDate,
  type CinPlan,
  type CinReview,
  type Panel,
  type ReviewOutcome,
} from "@convenor/shared";
import type { HistoryChildren } from "./demo-history-children.js";
import type { SeededRandom } from "./seeded-random.js";

/** Child in Need plans the North Team's review panel closed or stepped up during the year. */
const endedPlans = 70;

/** The schools of the children the North Team's plans support, with their pupils' ages. */
const schools = [
  { name: "Hilton Primary", locality: "Inverness South", ages: [4, 11] },
  { name: "Merkinch Primary", locality: "Inverness", ages: [4, 11] },
  { name: "Drummond School", locality: "Inverness", ages: [5, 16] },
  { name: "Inverness Royal Academy", locality: "Inverness", ages: [12, 16] },
  { name: "Charleston Academy", locality: "Inverness West", ages: [12, 16] },
  { name: "Millburn Academy", locality: "Inverness East", ages: [12, 16] },
] as const;

const reasons: Record<ReviewOutcome, readonly string[]> = {
  continue: [
    "Progress against the plan reviewed; the plan continues unchanged.",
    "Attendance and home conditions steady; plan continues.",
  ],
  amend: [
    "Support from the family support worker added to the plan.",
    "Health actions updated after the school nurse's review.",
  ],
  close: [
    "Outcomes of the plan met; support continues through universal services.",
    "Family engaging well with early help; the plan closes.",
  ],
  "step-up": ["Concerns escalated; stepped up to a child protection conference."],
};

export interface CinHistory {
  plans: CinPlan[];
  reviews: CinReview[];
}

/**
 * The CIN review panel's year, so its minimum data set counts case reviews: plans started before or during
 * the year, reviewed on working days about every three months (continue or amend), each ending in the year
 * (closed, or now and then stepped up to child protection) before today. Every plan is ended, so none is open,
 * due, overdue or owed a 12-month consultation. The children are `children`'s made-up ones (`c-hist-…`).
 */
export function cinReviewHistory(
  panel: Panel,
  now: Date,
  children: HistoryChildren,
  random: SeededRandom,
): CinHistory {
  const today = ukLocalDate(now.toISOString());
  const workingDayBy = (date: string) => rollToWorkingDay(date, "earlier", panel.settings.nation);
  const plans: CinPlan[] = [];
  const reviews: CinReview[] = [];
  for (let index = 0; index < endedPlans; index++) {
    const id = `cin-plan-hist-${String(index + 1).padStart(3, "0")}`;
    const school = random.pick(schools);
    const child = children.make(today, school.ages[0], school.ages[1], school.name, school.locality);
    const stepsUp = random.next() < 0.15;
    const count = stepsUp ? random.int(1, 4) : random.int(2, 7);
    // The last review in the year before today, more of them lately (a panel ending plans it long reviewed);
    // the earlier ones two or three months apart before it, each a few days before its due date.
    const reviewedOn: string[] = [addCalendarDays(today, -Math.ceil(355 * random.next() ** 1.5) - 3)];
    const gaps: number[] = [];
    for (let number = 0; number < count; number++) {
      gaps.unshift(random.int(2, 3));
      // A plan often closes at a review brought forward: its aims met, or concerns grown.
      const early = number === 0 ? random.int(0, 40) : random.int(0, 10);
      const dueOn = addCalendarDays(reviewedOn[0]!, early);
      reviewedOn.unshift(addMonths(dueOn, -gaps[0]!));
    }
    const startedOn = workingDayBy(reviewedOn.shift()!);
    let dueOn = addMonths(startedOn, gaps[0]!);
    reviewedOn.forEach((on, at) => {
      const reviewed = workingDayBy(on < dueOn ? on : dueOn);
      const last = at === count - 1;
      const outcome: ReviewOutcome = last
        ? stepsUp
          ? "step-up"
          : "close"
        : random.weighted([
            ["continue", 13],
            ["amend", 7],
          ] as const);
      const nextReviewOn = last ? null : addMonths(reviewed, gaps[at + 1]!);
      reviews.push({
        id: `${id}-review-${at + 1}`,
        planId: id,
        dueOn,
        reviewedOn: reviewed,
        outcome,
        reasons: random.pick(reasons[outcome]),
        nextReviewOn,
        exceptionalReason: null,
        recordedById: random.weighted([
          ["p-cin-coordinator", 3],
          ["p-coord", 1],
        ] as const),
        recordedAt: `${reviewed}T15:30:00.000Z`,
      });
      if (nextReviewOn) dueOn = nextReviewOn;
    });
    plans.push({
      id,
      panelId: panel.id,
      childId: child.id,
      startedOn,
      longerSupport: false,
      namedPersonIds: ["p-sw", "p-hv"],
      lastReviewedOn: reviews.at(-1)!.reviewedOn,
      nextReviewDue: null,
      state: stepsUp ? "stepped-up" : "closed",
      version: count + 1,
    });
  }
  return { plans, reviews };
}
