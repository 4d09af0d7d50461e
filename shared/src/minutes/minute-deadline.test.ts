import { describe, expect, it } from "vitest";
import { aMeeting, aPanel, aPanelSettings } from "../testing/builders.js";
import { minuteDeadline } from "./minute-deadline.js";

const panel = aPanel("icsmg");
// Thursday 24 December 2026: Christmas and Boxing Day (Monday 28th, in lieu) are Scottish bank holidays.
const meeting = aMeeting(panel, "2026-12-24T10:00:00.000Z");
const settings = aPanelSettings("icsmg", { minutesDue: { amount: 2, unit: "working-days" } });
const circulated = (at: string | null) => [{ circulatedAt: at }];

describe("when the note of the meeting is due (ICSMG: 2 working days, 000 5)", () => {
  it("counts working days in the panel's nation, skipping bank holidays and closure days", () => {
    expect(minuteDeadline(settings, meeting, [], "2026-12-24", new Set()).due).toBe("2026-12-30");
    expect(minuteDeadline(settings, meeting, [], "2026-12-24", new Set(["2026-12-29"])).due).toBe(
      "2026-12-31",
    );
  });

  it("is late when not circulated by the due date, and stays late when circulated after it", () => {
    const none = new Set<string>();
    expect(minuteDeadline(settings, meeting, circulated(null), "2026-12-30", none).late).toBe(false);
    expect(minuteDeadline(settings, meeting, circulated(null), "2026-12-31", none).late).toBe(true);
    expect(
      minuteDeadline(settings, meeting, circulated("2026-12-29T16:00:00.000Z"), "2027-01-10", none),
    ).toEqual({
      due: "2026-12-30",
      circulatedOn: "2026-12-29",
      late: false,
    });
    expect(
      minuteDeadline(settings, meeting, circulated("2026-12-31T09:00:00.000Z"), "2027-01-10", none).late,
    ).toBe(true);
  });

  it("is never late where the panel sets no deadline", () => {
    const none = aPanelSettings("cin-review", { minutesDue: null });
    expect(minuteDeadline(none, meeting, [], "2027-06-01", new Set())).toEqual({
      due: null,
      circulatedOn: null,
      late: false,
    });
  });
});
