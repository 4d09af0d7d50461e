import { describe, expect, it } from "vitest";
import type { Nation } from "../model/panel.js";
import { bankHolidays, isBankHoliday } from "./bank-holidays.js";
import { addWorkingDays, isWorkingDay, rollToWorkingDay } from "./working-days.js";

describe("isWorkingDay", () => {
  it.each([
    // date, scotland, england-wales, why
    ["2026-03-13", true, true, "an ordinary Friday"],
    ["2026-03-14", false, false, "a Saturday"],
    ["2026-03-15", false, false, "a Sunday (also Mother's Day, an observance)"],
    ["2026-01-01", false, false, "New Year's Day"],
    ["2026-01-02", false, true, "2 January is a bank holiday in Scotland only"],
    ["2027-01-04", false, true, "substitute for 2 January 2027 (a Saturday), Scotland only"],
    ["2026-04-03", false, false, "Good Friday"],
    ["2026-04-06", true, false, "Easter Monday is a bank holiday in England & Wales only"],
    ["2026-05-04", false, false, "early May bank holiday"],
    ["2026-08-03", false, true, "first Monday of August: Scottish summer bank holiday"],
    ["2026-08-31", true, false, "last Monday of August: English and Welsh summer bank holiday"],
    ["2026-11-30", false, true, "St Andrew's Day"],
    ["2025-12-01", false, true, "substitute for St Andrew's Day 2025 (a Sunday)"],
    ["2026-12-28", false, false, "substitute for Boxing Day 2026 (a Saturday)"],
  ])("%s: Scotland %s, England & Wales %s (%s)", (date, scotland, englandWales) => {
    expect(isWorkingDay(date, "scotland")).toBe(scotland);
    expect(isWorkingDay(date, "england-wales")).toBe(englandWales);
  });

  it("rejects a date that is not on the calendar", () => {
    expect(() => isWorkingDay("2026-02-30", "scotland")).toThrow(RangeError);
    expect(() => isWorkingDay("30/01/2026", "scotland")).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("counts back over a weekend without counting the start date", () => {
    expect(addWorkingDays("2026-03-13", -5, "scotland")).toBe("2026-03-06");
    expect(addWorkingDays("2026-03-13", -1, "scotland")).toBe("2026-03-12");
  });

  it("counts forward over a weekend", () => {
    expect(addWorkingDays("2026-03-13", 1, "england-wales")).toBe("2026-03-16");
  });

  it("returns the date unchanged for zero days", () => {
    expect(addWorkingDays("2026-03-14", 0, "scotland")).toBe("2026-03-14");
  });

  it("skips Christmas and the Boxing Day substitute in both nations", () => {
    // Fri 25 Dec, Sat 26, Sun 27, Mon 28 (substitute) are all off; Tue 29 is the next working day.
    expect(addWorkingDays("2026-12-24", 1, "scotland")).toBe("2026-12-29");
    expect(addWorkingDays("2026-12-24", 1, "england-wales")).toBe("2026-12-29");
  });

  it("skips the Scottish 2 January substitute only in Scotland", () => {
    // Fri 1 Jan 2027 off everywhere; Mon 4 Jan is the 2 January substitute in Scotland.
    expect(addWorkingDays("2026-12-31", 1, "scotland")).toBe("2027-01-05");
    expect(addWorkingDays("2026-12-31", 1, "england-wales")).toBe("2027-01-04");
  });

  it("rejects a fractional number of days", () => {
    expect(() => addWorkingDays("2026-03-13", 1.5, "scotland")).toThrow(RangeError);
  });
});

describe("rollToWorkingDay", () => {
  it("keeps a working day and moves a day off to the nearest working day in the direction asked", () => {
    expect(rollToWorkingDay("2026-03-13", "earlier", "scotland")).toBe("2026-03-13");
    expect(rollToWorkingDay("2026-12-25", "earlier", "england-wales")).toBe("2026-12-24");
    expect(rollToWorkingDay("2026-12-25", "later", "england-wales")).toBe("2026-12-29");
  });
});

describe("an unknown nation", () => {
  // Stored settings come from JSON: a misspelt nation must not quietly get another nation's holidays.
  const wales = "wales" as unknown as Nation;

  it("is refused by every working-day and bank-holiday function, weekends included", () => {
    expect(() => isWorkingDay("2026-03-13", wales)).toThrow(/Unknown nation "wales"/);
    expect(() => isWorkingDay("2026-03-14", wales)).toThrow(/Unknown nation/);
    expect(() => addWorkingDays("2026-03-13", -5, wales)).toThrow(/Unknown nation/);
    expect(() => addWorkingDays("2026-03-13", 0, wales)).toThrow(/Unknown nation/);
    expect(() => rollToWorkingDay("2026-03-14", "earlier", wales)).toThrow(/Unknown nation/);
    expect(() => bankHolidays(2026, wales)).toThrow(/expected one of scotland, england-wales/);
    expect(() => isBankHoliday("2026-01-02", wales)).toThrow(/Unknown nation/);
  });
});

describe("an organisation's closure days", () => {
  // A council closed Tue 29 to Thu 31 December 2026, between the Christmas and New Year bank holidays.
  const councilClosed = new Set(["2026-12-29", "2026-12-30", "2026-12-31"]);

  it("are not working days, in either nation", () => {
    expect(isWorkingDay("2026-12-30", "scotland", councilClosed)).toBe(false);
    expect(isWorkingDay("2026-12-30", "england-wales", councilClosed)).toBe(false);
    expect(isWorkingDay("2026-12-30", "england-wales")).toBe(true);
  });

  it("are skipped when counting: the day after Christmas Eve is Mon 4 January in England & Wales", () => {
    // Fri 25 Dec, weekend, Mon 28 substitute, Tue 29 - Thu 31 closed, Fri 1 Jan, weekend.
    expect(addWorkingDays("2026-12-24", 1, "england-wales", councilClosed)).toBe("2027-01-04");
    // In Scotland Mon 4 January is the 2 January substitute as well.
    expect(addWorkingDays("2026-12-24", 1, "scotland", councilClosed)).toBe("2027-01-05");
    expect(addWorkingDays("2027-01-05", -2, "england-wales", councilClosed)).toBe("2026-12-24");
  });

  it("move a rolled deadline past the whole closure", () => {
    expect(rollToWorkingDay("2026-12-30", "earlier", "scotland", councilClosed)).toBe("2026-12-24");
    expect(rollToWorkingDay("2026-12-30", "later", "scotland", councilClosed)).toBe("2027-01-05");
  });
});
