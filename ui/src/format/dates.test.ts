import { describe, expect, it } from "vitest";
import { formatDay, formatSlot } from "./dates.js";

describe("formatDay", () => {
  it("writes a date as people in the UK read it, in UK time", () => {
    expect(formatDay("2026-02-03")).toBe("Tue, 3 Feb 2026");
    expect(formatDay("2026-06-01T23:30:00Z")).toBe("Tue, 2 Jun 2026");
    expect(formatSlot("2026-02-03T10:00:00Z", "2026-02-03T11:30:00Z")).toBe("Tue, 3 Feb 2026, 10:00–11:30");
  });

  it("shows a date kept only as a year or a month as just that, not as the first of the month", () => {
    expect(formatDay("2006")).toBe("2006");
    expect(formatDay("2019-08")).toBe("Aug 2019");
  });
});
