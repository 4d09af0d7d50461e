import type { AuditEntry, Clock, Store } from "@convenor/shared";

/**
 * Who read two demo children's records over the last weeks, as the audit would have it had the demo been in
 * use: Lucy Brennan (`c-08`, on the High Risk Panel's red list) and Jamie McKenzie (`c-02`, referred to the
 * LC-JST), each from the surfaces people use. The data protection officer's "who saw this child" then has a
 * story to tell, and a High Risk Panel chair sees only the panel's part of it.
 */
const accesses: readonly {
  daysAgo: number;
  time: string;
  actorId: string;
  action: string;
  channel: "tab" | "bot" | "outlook" | "api";
  childId: string;
  panelId: string;
}[] = [
  {
    daysAgo: 27,
    time: "09:12",
    actorId: "p-sw",
    action: "tracker.viewed",
    channel: "tab",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 23,
    time: "14:05",
    actorId: "p-cic-manager",
    action: "tracker.red-list-viewed",
    channel: "tab",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 23,
    time: "14:20",
    actorId: "p-police",
    action: "tracker.red-list-viewed",
    channel: "tab",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 22,
    time: "10:31",
    actorId: "p-youth-justice",
    action: "case.viewed-in-meeting",
    channel: "bot",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 22,
    time: "10:33",
    actorId: "p-external",
    action: "case.viewed-in-meeting",
    channel: "bot",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 16,
    time: "16:48",
    actorId: "p-cic-manager",
    action: "child.record-viewed",
    channel: "tab",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 6,
    time: "11:02",
    actorId: "p-sw",
    action: "tracker.viewed",
    channel: "tab",
    childId: "c-08",
    panelId: "panel-hrp",
  },
  {
    daysAgo: 26,
    time: "08:55",
    actorId: "p-chair",
    action: "referral.viewed",
    channel: "tab",
    childId: "c-02",
    panelId: "panel-lcjst",
  },
  {
    daysAgo: 25,
    time: "13:40",
    actorId: "p-psych",
    action: "referral.paper-opened",
    channel: "outlook",
    childId: "c-02",
    panelId: "panel-lcjst",
  },
  {
    daysAgo: 25,
    time: "15:10",
    actorId: "p-coord",
    action: "referral.viewed",
    channel: "api",
    childId: "c-02",
    panelId: "panel-lcjst",
  },
  {
    daysAgo: 12,
    time: "09:45",
    actorId: "p-chair",
    action: "child.record-viewed",
    channel: "tab",
    childId: "c-02",
    panelId: "panel-lcjst",
  },
];

export async function seedDemoAccessHistory(store: Store, clock: Clock): Promise<void> {
  const today = Date.UTC(clock.now().getUTCFullYear(), clock.now().getUTCMonth(), clock.now().getUTCDate());
  const entries: AuditEntry[] = accesses.map((access, n) => ({
    id: `audit-demo-${String(n + 1).padStart(2, "0")}`,
    at: new Date(today - access.daysAgo * 86_400_000 + minutesOfDay(access.time) * 60_000).toISOString(),
    actorId: access.actorId,
    action: access.action,
    subjectType: "child",
    subjectId: access.childId,
    childId: access.childId,
    channel: access.channel,
    origin: null,
    correlationId: null,
    detail: { panelId: access.panelId },
  }));
  await store.transaction((tx) => tx.audit.appendMany(entries));
}

const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
