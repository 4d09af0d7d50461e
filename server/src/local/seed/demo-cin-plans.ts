import { addMonths, ukLocalDate, type Child, type CinPlan, type ConsultationTask } from "@convenor/shared";

/** Fictional children whose Child in Need plans the CIN review panel keeps under review. */
export const demoCinChildren: Child[] = [
  {
    id: "c-cin-1",
    givenName: "Rosie",
    familyName: "Baird",
    dateOfBirth: "2016-02-11",
    school: "Hilton Primary",
    locality: "Inverness South",
    lookedAfter: false,
  },
  {
    id: "c-cin-2",
    givenName: "Euan",
    familyName: "Macaskill",
    dateOfBirth: "2013-07-19",
    school: "Millburn Academy",
    locality: "Inverness East",
    lookedAfter: false,
  },
  {
    id: "c-cin-3",
    givenName: "Finlay",
    familyName: "Fairbairn",
    dateOfBirth: "2017-10-03",
    school: "Drummond School",
    locality: "Inverness",
    lookedAfter: false,
  },
];

/**
 * Three plans on the CIN review panel, dated from today: Rosie's review was due a month ago (overdue); Euan's
 * plan has run thirteen months (the 12-month consultation tasks follow); Finlay's has run eighteen months but
 * records the need for longer support (a disabled child, 003 3.6), so no task.
 */
export function demoCinPlans(now: Date): CinPlan[] {
  const today = ukLocalDate(now.toISOString());
  const ago = (months: number) => addMonths(today, -months);
  const plan = (id: string, childId: string, fields: Partial<CinPlan>): CinPlan => ({
    id,
    panelId: "panel-cin",
    childId,
    startedOn: ago(7),
    longerSupport: false,
    namedPersonIds: ["p-sw", "p-hv"],
    lastReviewedOn: null,
    nextReviewDue: null,
    state: "open",
    version: 1,
    ...fields,
  });
  return [
    plan("cin-plan-1", "c-cin-1", { startedOn: ago(7), lastReviewedOn: ago(4), nextReviewDue: ago(1) }),
    plan("cin-plan-2", "c-cin-2", { startedOn: ago(13), lastReviewedOn: ago(2), nextReviewDue: ago(-1) }),
    plan("cin-plan-3", "c-cin-3", {
      startedOn: ago(18),
      longerSupport: true,
      lastReviewedOn: ago(1),
      nextReviewDue: ago(-2),
    }),
  ];
}

/** The panel's Practice Manager; its Safeguarding Service Manager is not named, so the chair stands in. */
export const demoCinConsultees = {
  panelId: "panel-cin",
  practiceManagerId: "p-cic-manager",
  safeguardingServiceManagerId: null,
};

/**
 * Euan's plan has run thirteen months: its consultation tasks, as the review checks made them a month ago
 * (their cards long delivered, so the seed leaves nothing in the outbox; the checks never make them again).
 */
export function demoCinConsultations(now: Date): ConsultationTask[] {
  const createdAt = new Date(now.getTime() - 30 * 24 * 60 * 60_000).toISOString();
  const task = (role: ConsultationTask["role"], personId: string): ConsultationTask => ({
    id: `cin-task-2-${role}`,
    planId: "cin-plan-2",
    panelId: "panel-cin",
    childId: "c-cin-2",
    role,
    personId,
    createdAt,
  });
  return [
    task("practice-manager", "p-cic-manager"),
    task("safeguarding-service-manager", "p-cin-coordinator"),
  ];
}
