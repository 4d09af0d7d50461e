import type { Nation } from "../model/panel.js";

/**
 * The official UK bank holidays as GOV.UK publishes them (https://www.gov.uk/bank-holidays, data at
 * https://www.gov.uk/bank-holidays.json, divisions `england-and-wales` and `scotland`), snapshot taken on
 * 2026-11-29. It was written without live access to GOV.UK: 2019-2023 were checked against GOV.UK's own data
 * file (`lib/data/bank-holidays.json` in alphagov/frontend), every year against `date-holidays` (see
 * bank-holidays.test.ts), and 2028 follows the statutory rules and the customary substitute days, so confirm it
 * against GOV.UK when refreshing. The list includes the days appointed by royal proclamation that no rule
 * predicts (VE Day 2020, the Platinum Jubilee, the State Funeral of Queen Elizabeth II, the Coronation), which
 * is why it is kept here rather than computed. Only days off are listed: a holiday on a weekend appears as its
 * substitute weekday, as on GOV.UK. Beyond `lastSnapshotYear` the calendar falls back to `date-holidays`.
 *
 * To refresh: compare each division's `events` in the GOV.UK JSON with the years below, add new years and
 * any newly proclaimed day, move `snapshotTakenOn` and `lastSnapshotYear`, and run the calendar tests.
 */
export const snapshotTakenOn = "2026-11-29";
export const firstSnapshotYear = 2019;
export const lastSnapshotYear = 2028;

/** `[date, title]`: the title says why the day is off, so a reviewer can compare it with GOV.UK line by line. */
type Holiday = readonly [date: string, title: string];

const englandAndWales: readonly Holiday[] = [
  ["2019-01-01", "New Year's Day"],
  ["2019-04-19", "Good Friday"],
  ["2019-04-22", "Easter Monday"],
  ["2019-05-06", "Early May bank holiday"],
  ["2019-05-27", "Spring bank holiday"],
  ["2019-08-26", "Summer bank holiday"],
  ["2019-12-25", "Christmas Day"],
  ["2019-12-26", "Boxing Day"],

  ["2020-01-01", "New Year's Day"],
  ["2020-04-10", "Good Friday"],
  ["2020-04-13", "Easter Monday"],
  ["2020-05-08", "Early May bank holiday (VE day), moved from Monday 4 May by proclamation"],
  ["2020-05-25", "Spring bank holiday"],
  ["2020-08-31", "Summer bank holiday"],
  ["2020-12-25", "Christmas Day"],
  ["2020-12-28", "Boxing Day (substitute day)"],

  ["2021-01-01", "New Year's Day"],
  ["2021-04-02", "Good Friday"],
  ["2021-04-05", "Easter Monday"],
  ["2021-05-03", "Early May bank holiday"],
  ["2021-05-31", "Spring bank holiday"],
  ["2021-08-30", "Summer bank holiday"],
  ["2021-12-27", "Christmas Day (substitute day)"],
  ["2021-12-28", "Boxing Day (substitute day)"],

  ["2022-01-03", "New Year's Day (substitute day)"],
  ["2022-04-15", "Good Friday"],
  ["2022-04-18", "Easter Monday"],
  ["2022-05-02", "Early May bank holiday"],
  ["2022-06-02", "Spring bank holiday, moved from Monday 30 May by proclamation"],
  ["2022-06-03", "Platinum Jubilee bank holiday"],
  ["2022-08-29", "Summer bank holiday"],
  ["2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"],
  ["2022-12-26", "Boxing Day"],
  ["2022-12-27", "Christmas Day (substitute day)"],

  ["2023-01-02", "New Year's Day (substitute day)"],
  ["2023-04-07", "Good Friday"],
  ["2023-04-10", "Easter Monday"],
  ["2023-05-01", "Early May bank holiday"],
  ["2023-05-08", "Bank holiday for the coronation of King Charles III"],
  ["2023-05-29", "Spring bank holiday"],
  ["2023-08-28", "Summer bank holiday"],
  ["2023-12-25", "Christmas Day"],
  ["2023-12-26", "Boxing Day"],

  ["2024-01-01", "New Year's Day"],
  ["2024-03-29", "Good Friday"],
  ["2024-04-01", "Easter Monday"],
  ["2024-05-06", "Early May bank holiday"],
  ["2024-05-27", "Spring bank holiday"],
  ["2024-08-26", "Summer bank holiday"],
  ["2024-12-25", "Christmas Day"],
  ["2024-12-26", "Boxing Day"],

  ["2025-01-01", "New Year's Day"],
  ["2025-04-18", "Good Friday"],
  ["2025-04-21", "Easter Monday"],
  ["2025-05-05", "Early May bank holiday"],
  ["2025-05-26", "Spring bank holiday"],
  ["2025-08-25", "Summer bank holiday"],
  ["2025-12-25", "Christmas Day"],
  ["2025-12-26", "Boxing Day"],

  ["2026-01-01", "New Year's Day"],
  ["2026-04-03", "Good Friday"],
  ["2026-04-06", "Easter Monday"],
  ["2026-05-04", "Early May bank holiday"],
  ["2026-05-25", "Spring bank holiday"],
  ["2026-08-31", "Summer bank holiday"],
  ["2026-12-25", "Christmas Day"],
  ["2026-12-28", "Boxing Day (substitute day)"],

  ["2027-01-01", "New Year's Day"],
  ["2027-03-26", "Good Friday"],
  ["2027-03-29", "Easter Monday"],
  ["2027-05-03", "Early May bank holiday"],
  ["2027-05-31", "Spring bank holiday"],
  ["2027-08-30", "Summer bank holiday"],
  ["2027-12-27", "Christmas Day (substitute day)"],
  ["2027-12-28", "Boxing Day (substitute day)"],

  ["2028-01-03", "New Year's Day (substitute day)"],
  ["2028-04-14", "Good Friday"],
  ["2028-04-17", "Easter Monday"],
  ["2028-05-01", "Early May bank holiday"],
  ["2028-05-29", "Spring bank holiday"],
  ["2028-08-28", "Summer bank holiday"],
  ["2028-12-25", "Christmas Day"],
  ["2028-12-26", "Boxing Day"],
];

const scotland: readonly Holiday[] = [
  ["2019-01-01", "New Year's Day"],
  ["2019-01-02", "2nd January"],
  ["2019-04-19", "Good Friday"],
  ["2019-05-06", "Early May bank holiday"],
  ["2019-05-27", "Spring bank holiday"],
  ["2019-08-05", "Summer bank holiday"],
  ["2019-12-02", "St Andrew's Day (substitute day)"],
  ["2019-12-25", "Christmas Day"],
  ["2019-12-26", "Boxing Day"],

  ["2020-01-01", "New Year's Day"],
  ["2020-01-02", "2nd January"],
  ["2020-04-10", "Good Friday"],
  ["2020-05-08", "Early May bank holiday (VE day), moved from Monday 4 May by proclamation"],
  ["2020-05-25", "Spring bank holiday"],
  ["2020-08-03", "Summer bank holiday"],
  ["2020-11-30", "St Andrew's Day"],
  ["2020-12-25", "Christmas Day"],
  ["2020-12-28", "Boxing Day (substitute day)"],

  ["2021-01-01", "New Year's Day"],
  ["2021-01-04", "2nd January (substitute day)"],
  ["2021-04-02", "Good Friday"],
  ["2021-05-03", "Early May bank holiday"],
  ["2021-05-31", "Spring bank holiday"],
  ["2021-08-02", "Summer bank holiday"],
  ["2021-11-30", "St Andrew's Day"],
  ["2021-12-27", "Christmas Day (substitute day)"],
  ["2021-12-28", "Boxing Day (substitute day)"],

  ["2022-01-03", "New Year's Day (substitute day)"],
  ["2022-01-04", "2nd January (substitute day)"],
  ["2022-04-15", "Good Friday"],
  ["2022-05-02", "Early May bank holiday"],
  ["2022-06-02", "Spring bank holiday, moved from Monday 30 May by proclamation"],
  ["2022-06-03", "Platinum Jubilee bank holiday"],
  ["2022-08-01", "Summer bank holiday"],
  ["2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"],
  ["2022-11-30", "St Andrew's Day"],
  ["2022-12-26", "Boxing Day"],
  ["2022-12-27", "Christmas Day (substitute day)"],

  ["2023-01-02", "New Year's Day (substitute day)"],
  ["2023-01-03", "2nd January (substitute day)"],
  ["2023-04-07", "Good Friday"],
  ["2023-05-01", "Early May bank holiday"],
  ["2023-05-08", "Bank holiday for the coronation of King Charles III"],
  ["2023-05-29", "Spring bank holiday"],
  ["2023-08-07", "Summer bank holiday"],
  ["2023-11-30", "St Andrew's Day"],
  ["2023-12-25", "Christmas Day"],
  ["2023-12-26", "Boxing Day"],

  ["2024-01-01", "New Year's Day"],
  ["2024-01-02", "2nd January"],
  ["2024-03-29", "Good Friday"],
  ["2024-05-06", "Early May bank holiday"],
  ["2024-05-27", "Spring bank holiday"],
  ["2024-08-05", "Summer bank holiday"],
  ["2024-12-02", "St Andrew's Day (substitute day)"],
  ["2024-12-25", "Christmas Day"],
  ["2024-12-26", "Boxing Day"],

  ["2025-01-01", "New Year's Day"],
  ["2025-01-02", "2nd January"],
  ["2025-04-18", "Good Friday"],
  ["2025-05-05", "Early May bank holiday"],
  ["2025-05-26", "Spring bank holiday"],
  ["2025-08-04", "Summer bank holiday"],
  ["2025-12-01", "St Andrew's Day (substitute day)"],
  ["2025-12-25", "Christmas Day"],
  ["2025-12-26", "Boxing Day"],

  ["2026-01-01", "New Year's Day"],
  ["2026-01-02", "2nd January"],
  ["2026-04-03", "Good Friday"],
  ["2026-05-04", "Early May bank holiday"],
  ["2026-05-25", "Spring bank holiday"],
  ["2026-08-03", "Summer bank holiday"],
  ["2026-11-30", "St Andrew's Day"],
  ["2026-12-25", "Christmas Day"],
  ["2026-12-28", "Boxing Day (substitute day)"],

  ["2027-01-01", "New Year's Day"],
  ["2027-01-04", "2nd January (substitute day)"],
  ["2027-03-26", "Good Friday"],
  ["2027-05-03", "Early May bank holiday"],
  ["2027-05-31", "Spring bank holiday"],
  ["2027-08-02", "Summer bank holiday"],
  ["2027-11-30", "St Andrew's Day"],
  ["2027-12-27", "Christmas Day (substitute day)"],
  ["2027-12-28", "Boxing Day (substitute day)"],

  ["2028-01-03", "New Year's Day (substitute day)"],
  ["2028-01-04", "2nd January (substitute day)"],
  ["2028-04-14", "Good Friday"],
  ["2028-05-01", "Early May bank holiday"],
  ["2028-05-29", "Spring bank holiday"],
  ["2028-08-07", "Summer bank holiday"],
  ["2028-11-30", "St Andrew's Day"],
  ["2028-12-25", "Christmas Day"],
  ["2028-12-26", "Boxing Day"],
];

export const bankHolidaySnapshot: Readonly<Record<Nation, readonly Holiday[]>> = {
  "england-wales": englandAndWales,
  scotland,
};
