import {
  addCalendarDays,
  addMonths,
  ukLocalDate,
  type CapacityRefusal,
  type CapacityRefusalReason,
  type Clock,
  type Store,
} from "@convenor/shared";

const organisations = [
  ["Riverside Family Support", "Family support worker"],
  ["Northlight Youth Project", "One-to-one youth work"],
  ["Thistle Counselling Service", "Counselling for young people"],
  ["Harbour Parenting Network", "Parenting group"],
  ["Ness Bank Mentoring", "Mentoring"],
] as const;

/** Who refers on each panel, and the localities its Named Persons work in. */
const panels = [
  { panelId: "panel-lcjst", recorders: ["p-teacher", "p-hv", "p-sw"], localities: ["Inverness East"] },
  {
    panelId: "panel-icsmg",
    recorders: ["p-sw", "p-teacher", "p-coord"],
    localities: ["Inverness", "Nairn", "Badenoch & Strathspey"],
  },
] as const;

/** Refusals per month, ten months back to this one, by reason: enough months at 5 or more to draw a chart. */
const perMonth: Record<CapacityRefusalReason, readonly number[]> = {
  "no-capacity": [6, 5, 7, 3, 6, 8, 5, 2, 6, 5, 1],
  "waiting-list": [5, 2, 6, 5, 1, 5, 7, 5, 3, 6, 1],
};

/**
 * Ten months of third-sector capacity refusals on the LC-JST and the ICSMG (002 Appendix 2), so that the unmet
 * need report shows them per month and the unmet need page lists recent ones. No child in any of them.
 */
export async function seedDemoCapacityRefusals(store: Store, clock: Clock): Promise<void> {
  const today = ukLocalDate(clock.now().toISOString());
  const refusals: CapacityRefusal[] = [];
  for (const [p, panel] of panels.entries()) {
    for (const [reason, counts] of Object.entries(perMonth) as [CapacityRefusalReason, number[]][]) {
      counts.forEach((count, index) => {
        const monthsAgo = counts.length - 1 - index;
        for (let i = 0; i < count; i += 1) {
          const n = refusals.length;
          // This month's few are from the last days; earlier months' spread over the month.
          const refusedOn =
            monthsAgo === 0
              ? addCalendarDays(today, -i)
              : `${addMonths(today, -monthsAgo).slice(0, 7)}-${String(2 + ((i * 5 + p * 3) % 26)).padStart(2, "0")}`;
          const [organisation, service] = organisations[(n + index) % organisations.length]!;
          refusals.push({
            id: `cap-${panel.panelId.slice(6)}-${String(n + 1).padStart(3, "0")}`,
            panelId: panel.panelId,
            organisation,
            service,
            reason,
            waitingWeeks: reason === "waiting-list" ? 4 + ((n * 7) % 20) : null,
            refusedOn,
            locality: panel.localities[n % panel.localities.length]!,
            recordedById: panel.recorders[n % panel.recorders.length]!,
            recordedAt: `${refusedOn}T1${n % 8}:15:00.000Z`,
          });
        }
      });
    }
  }
  await store.transaction(async (tx) => {
    for (const refusal of refusals) await tx.capacityRefusals.insert(refusal);
  });
}
