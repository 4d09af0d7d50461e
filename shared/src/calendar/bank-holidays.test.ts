import { describe, expect, it } from "vitest";
import { nations } from "../model/panel.js";
import { bankHolidays, computedHolidays, isBankHoliday } from "./bank-holidays.js";
import { dayOfWeek } from "./iso-date.js";
import { firstSnapshotYear, lastSnapshotYear } from "./uk-bank-holidays-snapshot.js";

const sorted = (days: ReadonlySet<string>) => [...days].sort();
const weekdaysOnly = (days: ReadonlySet<string>) =>
  sorted(days).filter((day) => ![0, 6].includes(dayOfWeek(day)));

describe("bank holidays from the GOV.UK snapshot", () => {
  it("England & Wales 2022: Platinum Jubilee, the State Funeral, and New Year and Christmas on substitute days", () => {
    expect(sorted(bankHolidays(2022, "england-wales"))).toEqual([
      "2022-01-03",
      "2022-04-15",
      "2022-04-18",
      "2022-05-02",
      "2022-06-02",
      "2022-06-03",
      "2022-08-29",
      "2022-09-19",
      "2022-12-26",
      "2022-12-27",
    ]);
  });

  it("Scotland 2022: 2 January's substitute, no Easter Monday, first Monday of August, St Andrew's Day", () => {
    expect(sorted(bankHolidays(2022, "scotland"))).toEqual([
      "2022-01-03",
      "2022-01-04",
      "2022-04-15",
      "2022-05-02",
      "2022-06-02",
      "2022-06-03",
      "2022-08-01",
      "2022-09-19",
      "2022-11-30",
      "2022-12-26",
      "2022-12-27",
    ]);
  });

  it.each([
    ["2020-05-08", "VE Day: the early May bank holiday moved to Friday 8 May"],
    ["2022-06-02", "spring bank holiday moved for the Platinum Jubilee"],
    ["2022-06-03", "Platinum Jubilee"],
    ["2022-09-19", "State Funeral of Queen Elizabeth II"],
    ["2023-05-08", "Coronation of King Charles III"],
  ])("%s is a holiday in both nations (%s)", (date) => {
    for (const nation of nations) expect(isBankHoliday(date, nation)).toBe(true);
  });

  it("the days the proclamations moved away from are ordinary working days", () => {
    // Early May 2020 would have been Monday 4 May; spring bank 2022 Monday 30 May.
    for (const nation of nations) {
      expect(isBankHoliday("2020-05-04", nation)).toBe(false);
      expect(isBankHoliday("2022-05-30", nation)).toBe(false);
    }
  });

  it.each([
    // year, England & Wales, Scotland
    [
      2021,
      ["2021-01-01", "2021-12-27", "2021-12-28"],
      ["2021-01-01", "2021-01-04", "2021-12-27", "2021-12-28"],
    ],
    [
      2022,
      ["2022-01-03", "2022-12-26", "2022-12-27"],
      ["2022-01-03", "2022-01-04", "2022-12-26", "2022-12-27"],
    ],
    [
      2027,
      ["2027-01-01", "2027-12-27", "2027-12-28"],
      ["2027-01-01", "2027-01-04", "2027-12-27", "2027-12-28"],
    ],
  ])(
    "Christmas and New Year %i fall on weekends and move to substitute weekdays",
    (year, englandWales, scotland) => {
      const newYearAndChristmas = (nation: "england-wales" | "scotland") =>
        sorted(bankHolidays(year, nation)).filter((day) => day.slice(5) < "01-05" || day.slice(5) > "12-20");
      expect(newYearAndChristmas("england-wales")).toEqual(englandWales);
      expect(newYearAndChristmas("scotland")).toEqual(scotland);
    },
  );

  it("Good Friday is a holiday in both nations, Easter Monday in England & Wales only", () => {
    for (const [goodFriday, easterMonday] of [
      ["2019-04-19", "2019-04-22"],
      ["2024-03-29", "2024-04-01"],
      ["2027-03-26", "2027-03-29"],
      ["2028-04-14", "2028-04-17"],
    ]) {
      expect(isBankHoliday(goodFriday!, "england-wales")).toBe(true);
      expect(isBankHoliday(goodFriday!, "scotland")).toBe(true);
      expect(isBankHoliday(easterMonday!, "england-wales")).toBe(true);
      expect(isBankHoliday(easterMonday!, "scotland")).toBe(false);
    }
  });

  it("St Andrew's Day on a weekend moves to the next Monday, in Scotland only", () => {
    expect(isBankHoliday("2019-12-02", "scotland")).toBe(true);
    expect(isBankHoliday("2024-12-02", "scotland")).toBe(true);
    expect(isBankHoliday("2025-12-01", "scotland")).toBe(true);
    expect(isBankHoliday("2024-12-02", "england-wales")).toBe(false);
    expect(isBankHoliday("2027-11-30", "england-wales")).toBe(false);
  });

  it("has eight days a year in England & Wales and nine in Scotland, plus the proclaimed ones", () => {
    const extra: Record<number, number> = { 2022: 2, 2023: 1 }; // Jubilee and Funeral; Coronation
    for (let year = firstSnapshotYear; year <= lastSnapshotYear; year += 1) {
      expect(bankHolidays(year, "england-wales").size, `${year}`).toBe(8 + (extra[year] ?? 0));
      expect(bankHolidays(year, "scotland").size, `${year}`).toBe(9 + (extra[year] ?? 0));
    }
  });

  it("lists no weekend day: a holiday on a weekend is off through its substitute", () => {
    for (let year = firstSnapshotYear; year <= lastSnapshotYear; year += 1) {
      for (const nation of nations) {
        expect(weekdaysOnly(bankHolidays(year, nation))).toEqual(sorted(bankHolidays(year, nation)));
      }
    }
  });
});

describe("the snapshot against date-holidays", () => {
  // date-holidays (3.x) also lists the weekend date of a holiday that has a substitute, e.g. Sat 1 Jan 2022;
  // those are weekends anyway. On weekdays the two agree for every year of the snapshot, the proclaimed days
  // included; if an upgrade of date-holidays disagrees, the snapshot (GOV.UK) is what counts, and this test
  // says where they part.
  it("agrees on every weekday holiday, 2019-2028, in both nations", () => {
    for (let year = firstSnapshotYear; year <= lastSnapshotYear; year += 1) {
      for (const nation of nations) {
        expect(sorted(bankHolidays(year, nation)), `${nation} ${year}`).toEqual(
          weekdaysOnly(computedHolidays(year, nation)),
        );
      }
    }
  });

  it("differs only by weekend dates such as New Year's Day 2022, a Saturday", () => {
    expect(computedHolidays(2022, "england-wales").has("2022-01-01")).toBe(true);
    expect(bankHolidays(2022, "england-wales").has("2022-01-01")).toBe(false);
  });
});

describe("beyond the snapshot", () => {
  it("falls back to date-holidays: 2029 has Easter on 1 April and Scotland's summer holiday on 6 August", () => {
    expect(lastSnapshotYear).toBeLessThan(2029);
    expect(bankHolidays(2029, "england-wales")).toEqual(computedHolidays(2029, "england-wales"));
    expect(isBankHoliday("2029-03-30", "scotland")).toBe(true);
    expect(isBankHoliday("2029-04-02", "england-wales")).toBe(true);
    expect(isBankHoliday("2029-04-02", "scotland")).toBe(false);
    expect(isBankHoliday("2029-08-06", "scotland")).toBe(true);
    expect(isBankHoliday("2029-08-27", "england-wales")).toBe(true);
  });

  it("falls back to date-holidays before it too", () => {
    expect(isBankHoliday("2018-04-02", "england-wales")).toBe(true);
    expect(isBankHoliday("2018-08-06", "scotland")).toBe(true);
  });
});
