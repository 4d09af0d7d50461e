import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../model/meeting.js";
import { composeMinute } from "./compose-minute.js";
import type { MeetingRecord } from "./meeting-record.js";

const item = (position: number, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: `item-${position}`,
  meetingId: "m-1",
  position,
  source: "standing",
  title: `Topic ${position}`,
  referralId: null,
  childId: null,
  slotMinutes: null,
  presenterId: null,
  invitedPersonIds: [],
  ...overrides,
});

const record: MeetingRecord = {
  present: [{ personId: "p-1", name: "Cara Chair", agency: "education" }],
  apologies: [],
  quorum: "Quorum: 1 of 1 agencies (Education) — met",
  items: [
    item(1),
    item(2, { source: "referral", title: "ISG-2026-0042", referralId: "r-1", childId: "c-1" }),
  ],
  decisions: [],
  names: {},
  actions: [
    {
      description: "Write to the housing service",
      ownerName: "Cara Chair",
      dueOn: "2026-03-19",
      done: false,
    },
  ],
  unmetNeed: [{ resource: "Residential respite", caseReference: "ISG-2026-0042" }],
};

describe("composing the draft minute", () => {
  it("carries the actions and unmet need raised, with the case reference where the panel shows them", () => {
    const minute = composeMinute(record, "reference-and-decision");
    expect(minute.actions).toEqual(record.actions);
    expect(minute.unmetNeed).toEqual(record.unmetNeed);
    expect(minute.items.map((i) => [i.title, i.caseItem])).toEqual([
      ["Topic 1", false],
      ["ISG-2026-0042", true],
    ]);
  });

  it("keeps unmet need but not its case reference where the panel withholds case items", () => {
    const minute = composeMinute(record, "withheld");
    expect(minute.unmetNeed).toEqual([{ resource: "Residential respite", caseReference: null }]);
    expect(JSON.stringify(minute)).not.toContain("ISG-2026-0042");
  });
});
