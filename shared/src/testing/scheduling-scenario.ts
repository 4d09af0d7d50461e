import type { Actor } from "../model/actor.js";
import type { Panel, PanelSettings, PresetKey } from "../model/panel.js";
import type { Person } from "../model/people.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { aMembership, aPanel, aPanelSettings, aPerson } from "./builders.js";
import { FakeCalendar } from "./fake-calendar.js";
import { FixedClock, sequentialIds } from "./fixed-clock.js";
import { InMemoryStore } from "./in-memory-store.js";

export interface SchedulingScenario {
  store: InMemoryStore;
  clock: FixedClock;
  calendar: FakeCalendar;
  deps: UseCaseDeps;
  panel: Panel;
  people: Record<"chair" | "coordinator" | "teacher" | "nurse" | "police" | "referrer" | "outsider", Person>;
  actor(person: Person): Actor;
}

/**
 * A panel with a chair (social work), a coordinator (social work), members from education, health (another
 * organisation: its calendar is unknown) and police, and a referrer; calendars all free unless a test says
 * otherwise. The clock stands at Monday 2 November 2026, 08:00 UTC.
 */
export function aSchedulingScenario(
  preset: PresetKey = "icsmg",
  settings: Partial<PanelSettings> = {},
): SchedulingScenario {
  const clock = new FixedClock("2026-11-02T08:00:00.000Z");
  const panel = aPanel(preset, { id: `panel-${preset}`, settings: aPanelSettings(preset, settings) });
  const person = (id: string, agency: Person["agency"], organisation: Person["organisation"] = "internal") =>
    aPerson({ id, displayName: id, email: `${id}@council.example`, agency, organisation });
  const people = {
    chair: person("chair", "social-work"),
    coordinator: person("coordinator", "social-work"),
    teacher: person("teacher", "education"),
    nurse: { ...person("nurse", "health", "external"), email: "nurse@nhs.example" },
    police: person("police", "police"),
    referrer: person("referrer", "education"),
    outsider: person("outsider", "education"),
  };
  const store = new InMemoryStore({
    people: Object.values(people),
    panels: [panel],
    memberships: [
      aMembership(panel, people.chair, ["chair"], { agency: "social-work" }),
      aMembership(panel, people.coordinator, ["coordinator"], { agency: "social-work" }),
      aMembership(panel, people.teacher, ["member"], { agency: "education" }),
      aMembership(panel, people.nurse, ["member"], { agency: "health" }),
      aMembership(panel, people.police, ["member"], { agency: "police" }),
      aMembership(panel, people.referrer, ["referrer"], { agency: "education" }),
    ],
  });
  const calendar = new FakeCalendar().hideCalendar(people.nurse.email);
  return {
    store,
    clock,
    calendar,
    deps: { store, clock, calendar, newId: sequentialIds() },
    panel,
    people,
    actor: (who) => ({
      personId: who.id,
      channel: "api",
      origin: "127.0.0.1",
      correlationId: `corr-${who.id}`,
    }),
  };
}
