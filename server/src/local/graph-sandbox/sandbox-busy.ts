import type { SandboxUser } from "./sandbox-state.js";
import { seededRandom } from "./sandbox-ids.js";

export type BusyStatus = "tentative" | "busy" | "oof" | "workingElsewhere";

export interface BusyItem {
  start: Date;
  end: Date;
  status: BusyStatus;
  subject: string;
}

const dayMs = 24 * 60 * 60_000;
/** Monday 5 January 1970, UTC: weeks are counted from here. */
const firstMonday = Date.UTC(1970, 0, 5);
const subjects = [
  "Team meeting",
  "Supervision",
  "Case conference",
  "School visit",
  "Training",
  "Clinic",
  "Core group",
  "1:1",
];

/**
 * A realistic working week for a person, different every week and the same on every start: one to three
 * meetings a weekday inside working hours, now and then a day out of office or working elsewhere.
 */
export function seededBusy(user: SandboxUser, from: Date, to: Date): BusyItem[] {
  const items: BusyItem[] = [];
  const firstWeek = Math.floor((from.getTime() - firstMonday) / (7 * dayMs));
  const lastWeek = Math.floor((to.getTime() - firstMonday) / (7 * dayMs));
  const startHour = user.workingHours.startTime.startsWith("08") ? 8.5 : 9;
  for (let week = firstWeek; week <= lastWeek; week++) {
    const random = seededRandom(`${user.id}:${week}`);
    const monday = firstMonday + week * 7 * dayMs;
    for (let day = 0; day < 5; day++) {
      const dayStart = monday + day * dayMs;
      const roll = random();
      if (roll < 0.04) {
        items.push({
          start: new Date(dayStart),
          end: new Date(dayStart + dayMs),
          status: "oof",
          subject: "Annual leave",
        });
        continue;
      }
      if (roll < 0.08) {
        const start = dayStart + startHour * 3_600_000;
        items.push({
          start: new Date(start),
          end: new Date(start + 8 * 3_600_000),
          status: "workingElsewhere",
          subject: "Out at locality",
        });
      }
      const meetings = 1 + Math.floor(random() * 3);
      for (let index = 0; index < meetings; index++) {
        const halfHour = Math.floor(random() * 14);
        const start = dayStart + (startHour + halfHour / 2) * 3_600_000;
        const minutes = [30, 60, 60, 90, 120][Math.floor(random() * 5)] ?? 60;
        const status: BusyStatus = random() < 0.2 ? "tentative" : "busy";
        const subject = subjects[Math.floor(random() * subjects.length)] ?? "Meeting";
        items.push({ start: new Date(start), end: new Date(start + minutes * 60_000), status, subject });
      }
    }
  }
  return items.filter((item) => item.end > from && item.start < to);
}
