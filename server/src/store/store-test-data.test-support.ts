import { randomUUID } from "node:crypto";
import type {
  AgendaItem,
  AuditEntry,
  Child,
  Meeting,
  MonthlyRating,
  OutboxMessage,
  Panel,
  PanelSettings,
  Person,
  Referral,
} from "@convenor/shared";
import { aChild, anOutboxMessage, aPanel, aPanelSettings, aPerson } from "@convenor/shared/testing";

/** Test data for the store contract: the shared builders with unique ids, so tests can share one database. */
export const uniqueId = (prefix: string): string => `${prefix}-${randomUUID()}`;

export const somePerson = (overrides: Partial<Person> = {}): Person =>
  aPerson({ id: uniqueId("person"), displayName: "Alex Teacher", ...overrides });

export const someSettings = (overrides: Partial<PanelSettings> = {}): PanelSettings =>
  aPanelSettings("isg", overrides);

export const somePanel = (overrides: Partial<Panel> = {}): Panel =>
  aPanel("isg", { id: uniqueId("panel"), name: "North ISG", ...overrides });

export const someChild = (overrides: Partial<Child> = {}): Child =>
  aChild({ id: uniqueId("child"), ...overrides });

export function someReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: overrides.id ?? uniqueId("referral"),
    panelId: "panel-unset",
    reference: null,
    state: "submitted",
    childId: "child-unset",
    referrerId: "person-unset",
    urgency: "routine",
    form: { reason: "Attendance has fallen", shanarri: ["included", "achieving"], girfec: { q1: "Yes" } },
    meetingId: null,
    retrospective: false,
    createdAt: "2026-03-02T09:00:00.000Z",
    updatedAt: "2026-03-02T09:00:00.000Z",
    version: 1,
    history: [
      {
        from: null,
        to: "submitted",
        at: "2026-03-02T09:00:00.000Z",
        byPersonId: "person-unset",
        reason: null,
      },
    ],
    ...overrides,
  };
}

export function someMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: overrides.id ?? uniqueId("meeting"),
    panelId: "panel-unset",
    startsAt: "2026-04-14T09:30:00.000Z",
    endsAt: "2026-04-14T11:30:00.000Z",
    state: "planned",
    calendarEventId: null,
    joinUrl: null,
    organiser: null,
    eventBy: null,
    ...overrides,
  };
}

export function someAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: overrides.id ?? uniqueId("item"),
    meetingId: "meeting-unset",
    position: 1,
    source: "referral",
    title: "ISG-2026-0001",
    referralId: null,
    childId: null,
    slotMinutes: 15,
    presenterId: null,
    invitedPersonIds: [],
    ...overrides,
  };
}

export function someRating(overrides: Partial<MonthlyRating> = {}): MonthlyRating {
  return {
    panelId: "panel-unset",
    childId: "child-unset",
    month: "2026-02",
    ratedById: "person-unset",
    areas: {
      "missing-or-exploitation": "red",
      "education-employment-training": "amber",
      "placement-permanency": "green",
      "youth-justice": "green",
      health: "amber",
    },
    ...overrides,
  };
}

export function someAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: overrides.id ?? uniqueId("audit"),
    at: "2026-03-02T09:00:00.000Z",
    actorId: "person-unset",
    action: "referral.viewed",
    subjectType: "referral",
    subjectId: "referral-unset",
    childId: null,
    channel: "tab",
    origin: "127.0.0.1",
    correlationId: null,
    ...overrides,
  };
}

export const someOutboxMessage = (overrides: Partial<OutboxMessage> = {}): OutboxMessage =>
  anOutboxMessage({
    id: uniqueId("message"),
    kind: "referral.submitted",
    recipient: "panel:panel-unset",
    payload: { referralId: "referral-unset", reference: "ISG-2026-0001" },
    ...overrides,
  });
