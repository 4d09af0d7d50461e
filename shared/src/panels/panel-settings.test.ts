import { describe, expect, it } from "vitest";
import { presetKeys } from "../model/panel.js";
import { presetSettings } from "../presets/panel-presets.js";
import { InvalidPanelSettings, parsePanelSettings, validPanelSettings } from "./panel-settings.js";

const isg = () => presetSettings("isg");

const refusedFields = (input: unknown) => {
  const parsed = parsePanelSettings(input);
  if (parsed.ok) throw new Error("expected the settings to be refused");
  expect(parsed.error.code).toBe("VALIDATION.FAILED");
  return parsed.error.fields ?? [];
};

describe("panel settings", () => {
  it("accepts every preset's settings as they are", () => {
    for (const key of presetKeys)
      expect(parsePanelSettings(presetSettings(key))).toEqual({ ok: true, value: presetSettings(key) });
  });

  it("refuses a nation it has no calendar for, saying which nations there are", () => {
    expect(refusedFields({ ...isg(), nation: "wales" })).toEqual([
      {
        field: "nation",
        code: "PANEL.SETTING_INVALID",
        message: expect.stringContaining("one of scotland, england-wales") as string,
      },
    ]);
    expect(refusedFields({ ...isg(), nation: undefined }).map((error) => error.field)).toEqual(["nation"]);
  });

  it("refuses numbers outside their limits or not whole, one error per setting", () => {
    const fields = refusedFields({
      ...isg(),
      meetingMinutes: 481,
      quorumAgencies: 0,
      reviewIntervalMonths: 1.5,
      caseSlotMinutes: 4,
    });
    expect(fields.map((error) => [error.field, error.message])).toEqual([
      ["meetingMinutes", "Meeting length in minutes: at most 480."],
      ["caseSlotMinutes", "Minutes a case: at least 5."],
      ["quorumAgencies", "Agencies present for a quorum: at least 1."],
      ["reviewIntervalMonths", "Months between reviews: a whole number from 1 to 24."],
    ]);
  });

  it("refuses a case slot longer than the meeting", () => {
    expect(refusedFields({ ...isg(), meetingMinutes: 60, caseSlotMinutes: 90 })).toMatchObject([
      { field: "caseSlotMinutes", message: "Minutes a case: no longer than the meeting." },
    ]);
  });

  it("refuses a period with an unknown unit, no amount or too long for its unit, and accepts none", () => {
    const fields = refusedFields({
      ...isg(),
      referralDeadline: { amount: 5, unit: "fortnights" },
      agendaDeadline: { amount: 2.5, unit: "working-days" },
      papersDeadline: { amount: 14, unit: "weeks" },
      minutesDue: "a week",
    });
    expect(fields.map((error) => [error.field, error.message])).toEqual([
      [
        "referralDeadline.unit",
        "Referral deadline: the unit is one of working-days, calendar-days, weeks, months.",
      ],
      ["agendaDeadline.amount", "Agenda deadline: a whole number, at least 1."],
      ["papersDeadline.amount", "Papers deadline: at most 13 weeks."],
      ["minutesDue", "Minutes due: an amount and a unit, or none."],
    ]);
    expect(parsePanelSettings({ ...isg(), referralDeadline: null, minutesDue: null }).ok).toBe(true);
  });

  it("refuses a blank or overlong cadence and trims one with spaces", () => {
    expect(refusedFields({ ...isg(), cadence: "   " })).toMatchObject([{ field: "cadence" }]);
    expect(refusedFields({ ...isg(), cadence: "m".repeat(201) })).toMatchObject([
      { field: "cadence", message: "Cadence: at most 200 characters." },
    ]);
    expect(parsePanelSettings({ ...isg(), cadence: "  monthly " })).toMatchObject({
      ok: true,
      value: { cadence: "monthly" },
    });
  });

  it("refuses unknown settings, missing ones and anything that is not settings", () => {
    expect(refusedFields({ ...isg(), colour: "blue" })).toEqual([
      { field: "settings", code: "PANEL.SETTING_INVALID", message: "Unknown panel settings: colour." },
    ]);
    const { acceptsReferrals: _dropped, ...missing } = isg();
    expect(refusedFields(missing)).toMatchObject([{ field: "acceptsReferrals" }]);
    expect(refusedFields("isg")).toMatchObject([{ field: "settings" }]);
  });

  it("throws InvalidPanelSettings, naming the setting, for a store to refuse the write", () => {
    expect(() => validPanelSettings({ ...isg(), nation: "wales" })).toThrow(InvalidPanelSettings);
    expect(() => validPanelSettings({ ...isg(), nation: "wales" })).toThrow(
      /Nation: one of scotland, england-wales/,
    );
    expect(validPanelSettings(isg())).toEqual(isg());
  });
});
