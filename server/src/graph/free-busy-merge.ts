import type { ScheduleInformation } from "@microsoft/microsoft-graph-types";
import type { BusyPeriod, PersonAvailability, SlotStatus } from "@convenor/shared";
import { fromGraphDateTime } from "./graph-datetime.js";
import type { ScheduleRequestPlan } from "./free-busy-plan.js";

const viewCodes: Record<string, SlotStatus> = {
  "0": "free",
  "1": "tentative",
  "2": "busy",
  "3": "oof",
  "4": "workingElsewhere",
};
const busyStatuses = new Set(["tentative", "busy", "oof", "workingElsewhere"]);

/** What came back for one planned request: its schedules, or why the whole request failed. */
export type PlannedOutcome =
  | { plan: ScheduleRequestPlan; schedules: ScheduleInformation[] }
  | { plan: ScheduleRequestPlan; failure: string };

/** Merges every window and group into one availability per person; anything not read stays `unknown`. */
export function mergeAvailability(
  people: readonly string[],
  totalSlots: number,
  outcomes: readonly PlannedOutcome[],
): Map<string, PersonAvailability> {
  const merged = new Map<string, PersonAvailability & { readSlots: number }>();
  for (const email of people) {
    merged.set(email, {
      email,
      calendar: "unknown",
      reason: null,
      slots: new Array<SlotStatus>(totalSlots).fill("unknown"),
      busy: [],
      workingHours: null,
      readSlots: 0,
    });
  }
  for (const outcome of outcomes) {
    const byEmail = new Map<string, ScheduleInformation>();
    if ("schedules" in outcome) {
      for (const schedule of outcome.schedules)
        byEmail.set((schedule.scheduleId ?? "").toLowerCase(), schedule);
    }
    for (const email of outcome.plan.people) {
      const person = merged.get(email);
      if (!person) continue;
      const schedule = byEmail.get(email);
      const problem = "failure" in outcome ? outcome.failure : readProblem(schedule);
      if (problem || !schedule) {
        person.reason ??= problem ?? "No schedule was returned";
        continue;
      }
      const view = schedule.availabilityView ?? "";
      const first = outcome.plan.window.firstSlot;
      for (let index = 0; index < view.length && first + index < totalSlots; index++) {
        const status = viewCodes[view[index] ?? ""];
        if (status) {
          person.slots[first + index] = status;
          person.readSlots++;
        }
      }
      person.busy.push(...busyPeriods(schedule));
      if (!person.workingHours && schedule.workingHours) {
        const hours = schedule.workingHours;
        person.workingHours = {
          daysOfWeek: (hours.daysOfWeek ?? []).map(String),
          startTime: hours.startTime ?? "",
          endTime: hours.endTime ?? "",
          timeZone: hours.timeZone?.name ?? "UTC",
        };
      }
    }
  }
  const result = new Map<string, PersonAvailability>();
  for (const [email, { readSlots, ...person }] of merged) {
    const calendar = readSlots === 0 ? "unknown" : readSlots < totalSlots ? "partial" : "visible";
    result.set(email, {
      ...person,
      calendar,
      reason: calendar === "visible" ? null : (person.reason ?? "Not returned"),
    });
  }
  return result;
}

function readProblem(schedule: ScheduleInformation | undefined): string | null {
  if (!schedule) return "No schedule was returned";
  if (schedule.error)
    return schedule.error.message ?? schedule.error.responseCode ?? "Free/busy is not available";
  return null;
}

function busyPeriods(schedule: ScheduleInformation): BusyPeriod[] {
  return (schedule.scheduleItems ?? [])
    .filter((item) => busyStatuses.has(item.status ?? ""))
    .map((item) => ({
      start: fromGraphDateTime(item.start),
      end: fromGraphDateTime(item.end),
      status: item.status as BusyPeriod["status"],
    }));
}
