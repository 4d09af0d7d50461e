import type { OutboxMessage } from "../model/audit.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { Panel, PanelMembership, PanelRole, PanelSettings, PresetKey } from "../model/panel.js";
import type { Child, Person } from "../model/people.js";

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

export function aPerson(overrides: Partial<Person> = {}): Person {
  const id = overrides.id ?? nextId("person");
  return {
    id,
    displayName: `Person ${id}`,
    email: `${id}@example.test`,
    jobTitle: "Guidance teacher",
    agency: "education",
    entraObjectId: null,
    organisation: "internal",
    administrator: false,
    dataProtectionOfficer: false,
    ...overrides,
  };
}

const presetCodes: Record<PresetKey, string> = {
  icsmg: "ICSMG",
  "lc-jst": "LCJST",
  isg: "ISG",
  "cin-review": "CIN",
  "cic-hrp": "HRP",
  "strategic-review": "ICSP",
};

/** Settings close to the preset's defaults; tests override what they exercise. */
export function aPanelSettings(preset: PresetKey, overrides: Partial<PanelSettings> = {}): PanelSettings {
  const scottish = preset !== "cin-review" && preset !== "cic-hrp";
  return {
    nation: scottish ? "scotland" : "england-wales",
    cadence: "monthly",
    meetingMinutes: 120,
    referralDeadline:
      preset === "icsmg"
        ? { amount: 6, unit: "working-days" }
        : preset === "isg"
          ? { amount: 5, unit: "working-days" }
          : null,
    agendaDeadline: preset === "icsmg" ? { amount: 5, unit: "working-days" } : null,
    papersDeadline: preset === "icsmg" ? { amount: 3, unit: "working-days" } : null,
    redListDeadline: preset === "cic-hrp" ? { amount: 2, unit: "weeks" } : null,
    minutesDue: preset === "isg" ? { amount: 1, unit: "weeks" } : null,
    caseSlotMinutes: preset === "isg" ? 15 : null,
    quorumAgencies: 3,
    requiredAgencies: [],
    reviewIntervalMonths: preset === "cin-review" ? 3 : null,
    acceptsReferrals: preset === "icsmg" || preset === "lc-jst" || preset === "isg",
    ...overrides,
  };
}

export function aPanel(preset: PresetKey = "isg", overrides: Partial<Panel> = {}): Panel {
  const id = overrides.id ?? nextId(`panel-${preset}`);
  return {
    id,
    name: `North ${presetCodes[preset]}`,
    preset,
    code: presetCodes[preset],
    area: "North",
    settings: aPanelSettings(preset),
    ...overrides,
  };
}

export function aMembership(
  panel: Pick<Panel, "id">,
  person: Pick<Person, "id">,
  roles: PanelRole[],
  overrides: Partial<PanelMembership> = {},
): PanelMembership {
  return { panelId: panel.id, personId: person.id, roles, agency: "education", ...overrides };
}

export function aMeeting(
  panel: Pick<Panel, "id">,
  startsAt: string,
  overrides: Partial<Meeting> = {},
): Meeting {
  const start = new Date(startsAt);
  return {
    id: overrides.id ?? nextId("meeting"),
    panelId: panel.id,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000).toISOString(),
    state: "planned",
    calendarEventId: null,
    joinUrl: null,
    organiser: null,
    eventBy: null,
    ...overrides,
  };
}

export function anAgendaItem(meeting: Pick<Meeting, "id">, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: overrides.id ?? nextId("item"),
    meetingId: meeting.id,
    position: 1,
    source: "referral",
    title: "Case",
    referralId: null,
    childId: null,
    slotMinutes: null,
    presenterId: null,
    invitedPersonIds: [],
    ...overrides,
  };
}

export function aChild(overrides: Partial<Child> = {}): Child {
  return {
    id: overrides.id ?? nextId("child"),
    givenName: "Morag",
    familyName: "Example",
    dateOfBirth: "2013-05-14",
    school: "Northfield Academy",
    locality: "Northfield",
    lookedAfter: false,
    ...overrides,
  };
}

/** An undelivered notification, due at its `createdAt` unless `notBefore` says otherwise. */
export function anOutboxMessage(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  const createdAt = overrides.createdAt ?? "2026-03-02T09:00:00.000Z";
  return {
    id: overrides.id ?? nextId("message"),
    kind: "referral.outcome",
    recipient: "person:person-unset",
    payload: { referralId: "referral-unset" },
    createdAt,
    attempts: 0,
    notBefore: createdAt,
    deliveredAt: null,
    lastError: null,
    ...overrides,
  };
}
