import { agendaFingerprint, listTrackerDue, type Clock, type Store } from "@convenor/shared";
import { seedDemoAccessHistory } from "./demo-access-history.js";
import { seedDemoCapacityRefusals } from "./demo-capacity-refusals.js";
import { demoCinConsultations, demoCinConsultees, demoCinPlans } from "./demo-cin-plans.js";
import { demoCaseload, demoChildren } from "./demo-children.js";
import { demoMeetings } from "./demo-meetings.js";
import { seedDemoOutcomes } from "./demo-outcomes.js";
import { seedDemoMeetingRecords } from "./demo-minutes.js";
import { demoMemberships, demoPanels } from "./demo-panels.js";
import { demoPeople } from "./demo-people.js";
import { seedDemoHistory } from "./demo-history.js";
import { demoRatings } from "./demo-ratings.js";
import { seedDemoOldReferral } from "./demo-old-referral.js";
import { seedDemoReferrals } from "./demo-referrals.js";
import { seedDemoStrategicMinutes } from "./demo-strategic-minutes.js";

/**
 * Seeds the demo tenant on first start: people covering every role, one panel per preset, meetings, a year
 * of High Risk Panel ratings, Child in Need plans under review, referrals in every state, and the held meetings' attendance,
 * decisions, outcomes and actions; then a year of history for the reports (demo-history.ts), unless `history`
 * is false. Does nothing when people already exist.
 */
export async function seedDemoData(
  store: Store,
  clock: Clock,
  options: { history?: boolean } = {},
): Promise<{ seeded: boolean }> {
  const now = clock.now();
  const seeded = await store.transaction(async (tx) => {
    if ((await tx.people.list()).length > 0) return false;
    for (const person of demoPeople) await tx.people.upsert(person);
    for (const panel of demoPanels) {
      await tx.panels.upsert(panel);
      await tx.panels.setMembers(panel.id, demoMemberships(panel.id));
    }
    for (const child of demoChildren) await tx.children.insert(child);
    for (const meeting of demoMeetings(demoPanels, now)) await tx.meetings.insert(meeting);
    for (const tracked of demoCaseload) await tx.caseload.upsert(tracked);
    for (const rating of demoRatings("panel-hrp", now)) await tx.ratings.upsert(rating);
    for (const plan of demoCinPlans(now)) await tx.cinReviews.insertPlan(plan);
    await tx.cinReviews.setConsultees(demoCinConsultees);
    for (const task of demoCinConsultations(now)) await tx.cinReviews.insertConsultation(task);
    return true;
  });
  if (seeded) {
    await seedDemoReferrals(store, clock);
    await seedDemoOldReferral(store, clock);
    await seedDemoAccessHistory(store, clock);
    await seedDemoOutcomes(store, clock);
    await publishSeededAgendas(store);
    await seedDemoMeetingRecords(store);
    await seedDemoStrategicMinutes(store);
    // The two young people red twice running are on the next High Risk Panel's agenda, as the tracker puts them.
    const chair = { personId: "p-cic-manager", channel: "seed", origin: null, correlationId: null };
    const listed = await listTrackerDue({ store, clock }, chair, { panelId: "panel-hrp" });
    if (!listed.ok) throw new Error(listed.error.message);
    if (options.history ?? true) await seedDemoHistory(store, clock);
    if (options.history ?? true) await seedDemoCapacityRefusals(store, clock);
  }
  return { seeded };
}

/**
 * The agendas of meetings already held went out before them, so members see those as published; the
 * upcoming meetings' agendas are drafts until their chair publishes them.
 */
async function publishSeededAgendas(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (const panel of demoPanels) {
      for (const meeting of await tx.meetings.listByPanel(panel.id)) {
        const items = await tx.agenda.listForMeeting(meeting.id);
        if (meeting.state !== "held" || items.length === 0) continue;
        // Sent out ten days before the meeting, ahead of every preset's agenda deadline.
        const sentAt = new Date(Date.parse(meeting.startsAt) - 10 * 24 * 60 * 60_000).toISOString();
        await tx.agendaRecords.markPublished(meeting.id, sentAt, agendaFingerprint(meeting, items));
      }
    }
  });
}
