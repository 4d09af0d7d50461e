import {
  addCalendarDays,
  isWorkingDay,
  ukLocalDate,
  type Meeting,
  type MinuteContent,
  type MinuteVersion,
  type OutcomeProgressRow,
  type Store,
} from "@convenor/shared";
import { londonTimeToUtc } from "./london-time.js";

const panelId = "panel-icsp";

const school = "Children and young people succeed at school";
const adults = "Young people become successful adults";
const early = "Parents and young children thrive";

/** The group's first review of the plan (001 Appendix 1's themes, in the review group's words). */
const firstReview: OutcomeProgressRow[] = [
  {
    outcome: early,
    indicator: "More of the families referred after a domestic abuse incident are referred only once",
    workUndertaken: "Multi-agency screening of police concern reports piloted in two localities",
    workPlanned: "Agree how partners respond to a concern once screened",
    halfYearData: "Awaited from Police Scotland",
    notes: "Child protection committee is overseeing the referral procedure",
  },
  {
    outcome: school,
    indicator: "Fewer exclusions from school",
    workUndertaken: "Working group set up to redesign the inclusion and support service",
    workPlanned: "Proposals to the Education committee before the end of the year",
    halfYearData: "Figures due next quarter",
    notes: "Ask the lead officer for the half-year figures",
  },
  {
    outcome: school,
    indicator: "Better S4 attainment for looked-after young people",
    workUndertaken: "Attainment tracking in place for every looked-after young person",
    workPlanned: "Training days for designated teachers",
    halfYearData: "At the end of the session",
    notes: "Report back on linking the tracking to looked-after reviews",
  },
  {
    outcome: adults,
    indicator: "More school leavers in a positive destination",
    workUndertaken: "16+ group formed with four priorities, early intervention among them",
    workPlanned: "Recruit to the 16+ development post",
    halfYearData: "Available in February",
    notes: "",
  },
];

/** The next review: the same indicators moved on, and one added. */
const secondReview: OutcomeProgressRow[] = [
  {
    ...firstReview[0]!,
    workUndertaken: "Screening in place in every locality; first review of integrated assessment done",
    workPlanned: "Changes to the integrated assessment process after its review",
    halfYearData: "68% referred once (baseline 61%)",
    notes: "",
  },
  {
    ...firstReview[1]!,
    workUndertaken: "Redesign agreed; schools consulted on devolving the support budget",
    workPlanned: "New inclusion service from August",
    halfYearData: "212 exclusions (same half last year: 247)",
    notes: "No further action needed",
  },
  {
    ...firstReview[2]!,
    workUndertaken: "Designated teachers trained; education attends looked-after reviews",
    halfYearData: "At the end of the session",
    workPlanned: "Compare this year's results with last year's",
    notes: "",
  },
  {
    ...firstReview[3]!,
    workUndertaken: "16+ development officer in post; action plan under way",
    workPlanned: "Follow up leavers not yet in a destination",
    halfYearData: "91.2% in a positive destination",
    notes: "",
  },
  {
    outcome: adults,
    indicator: "Fewer young drivers killed or seriously injured on the roads",
    workUndertaken: "Police operation targeting repeat young offending drivers; driving ambition courses",
    workPlanned: "Carry on with both",
    halfYearData: "5 in the first half year (14 in the whole of last year)",
    notes: "No further action needed",
  },
];

const content = (progress: OutcomeProgressRow[]): MinuteContent => ({
  present: [
    { name: "Graham Ross", agency: "education" },
    { name: "Iain Robertson", agency: "other" },
    { name: "Morag Chalmers", agency: "social-work" },
    { name: "Sam Patel", agency: "health" },
  ],
  apologies: [{ name: "Helen Carter", agency: "social-work" }],
  quorum: "Quorum: 3 of 3 agencies (Education, Health, Social work) — met",
  items: [],
  generalBusiness: "The group reviewed the plan's progress table and agreed the next steps in it.",
  actions: [],
  unmetNeed: [],
  progress,
});

/** A working day on the group's weekday, `weeks` weeks before `date`. */
function weeksBefore(date: string, weeks: number): string {
  let day = addCalendarDays(date, -7 * weeks);
  while (!isWorkingDay(day, "scotland")) day = addCalendarDays(day, -7);
  return day;
}

/**
 * The strategic group's two meetings before the one held about a month ago, a quarter apart, each minute
 * agreed at the next meeting with its progress table, so the strategic review report shows two periods; the
 * last meeting's minute is not drafted yet (the report says so). Written straight to the store.
 */
export async function seedDemoStrategicMinutes(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    const last = await tx.meetings.get("m-icsp-1");
    if (!last) return;
    const lastDate = ukLocalDate(last.startsAt);
    const time = new Date(last.startsAt).toLocaleTimeString("en-GB", {
      timeZone: "Europe/London",
      hour: "2-digit",
      minute: "2-digit",
    });
    const length = Date.parse(last.endsAt) - Date.parse(last.startsAt);
    const earlier = [26, 13].map((weeks, index): Meeting => {
      const startsAt = londonTimeToUtc(weeksBefore(lastDate, weeks), time);
      return {
        ...last,
        id: `m-icsp-past-${index + 1}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + length).toISOString(),
        state: "held",
      };
    });
    for (const meeting of earlier) await tx.meetings.insert(meeting);
    const agreedAt = [earlier[1]!.startsAt, last.startsAt];
    for (const [index, progress] of [firstReview, secondReview].entries()) {
      const meeting = earlier[index]!;
      const week = new Date(Date.parse(meeting.startsAt) + 7 * 24 * 60 * 60_000).toISOString();
      const minute: MinuteVersion = {
        meetingId: meeting.id,
        panelId,
        version: 1,
        revision: 4,
        status: "agreed",
        content: content(progress),
        agreements: [],
        contentiousIssues: "",
        editedById: "p-coord",
        editedAt: week,
        circulatedAt: week,
        agreedById: "p-education-manager",
        agreedAt: agreedAt[index]!,
        filedUrl: null,
        filedItemId: null,
        filedAt: null,
      };
      await tx.minutes.insert(minute);
    }
  });
}
