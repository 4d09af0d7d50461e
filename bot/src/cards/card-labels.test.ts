import { describe, expect, it } from "vitest";
import { dayLabel, meetingTime } from "./card-labels.js";

describe("card labels", () => {
  it("shows a meeting time in UK time, the same each time it is asked for", () => {
    expect(meetingTime("2026-04-14T09:00:00.000Z")).toBe("Tue, 14 Apr 2026, 10:00");
    expect(meetingTime("2026-01-13T10:00:00.000Z")).toBe("Tue, 13 Jan 2026, 10:00");
    expect(meetingTime("2026-04-14T09:00:00.000Z")).toBe("Tue, 14 Apr 2026, 10:00");
  });

  it("shows each date as its own day", () => {
    expect(dayLabel("2026-04-09")).toBe("Thu, 9 Apr 2026");
    expect(dayLabel("2026-04-10")).toBe("Fri, 10 Apr 2026");
    expect(dayLabel("2026-04-09")).toBe("Thu, 9 Apr 2026");
  });
});
