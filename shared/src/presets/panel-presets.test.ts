import { describe, expect, it } from "vitest";
import { presetKeys } from "../model/panel.js";
import { panelPresets, presetSettings } from "./panel-presets.js";

describe("panel presets", () => {
  it("has one preset for every panel kind, under its own key, with a distinct reference code", () => {
    expect(Object.keys(panelPresets).sort()).toEqual([...presetKeys].sort());
    for (const key of presetKeys) expect(panelPresets[key].key).toBe(key);
    expect(presetKeys.map((key) => panelPresets[key].code)).toEqual([
      "ICSMG",
      "LCJST",
      "ISG",
      "CIN",
      "HRP",
      "ICSP",
    ]);
  });

  it("ICSMG: Scotland, Child's Plan 6, agenda 5, papers 3 working days before, note within 2 working days (000 5)", () => {
    expect(panelPresets.icsmg.settings).toMatchObject({
      nation: "scotland",
      cadence: "about monthly",
      referralDeadline: { amount: 6, unit: "working-days" },
      agendaDeadline: { amount: 5, unit: "working-days" },
      papersDeadline: { amount: 3, unit: "working-days" },
      redListDeadline: null,
      minutesDue: { amount: 2, unit: "working-days" },
      caseSlotMinutes: null,
      acceptsReferrals: true,
    });
  });

  it("LC-JST: Scotland, at least monthly for two hours, the chair sets deadlines and slots (002 A 5.4, 6.3)", () => {
    expect(panelPresets["lc-jst"].settings).toMatchObject({
      nation: "scotland",
      cadence: "at least monthly",
      meetingMinutes: 120,
      referralDeadline: null,
      agendaDeadline: null,
      papersDeadline: null,
      minutesDue: null,
      caseSlotMinutes: null,
      acceptsReferrals: true,
    });
  });

  it("ISG: Scotland, paperwork 5 working days before, outcome within one week, 15-minute slot (002 B 3.4)", () => {
    expect(panelPresets.isg.settings).toMatchObject({
      nation: "scotland",
      referralDeadline: { amount: 5, unit: "working-days" },
      minutesDue: { amount: 1, unit: "weeks" },
      caseSlotMinutes: 15,
      acceptsReferrals: true,
    });
  });

  it("CIN review: England & Wales, reviewed at least every 3 months, no referral form (003 3.1)", () => {
    expect(panelPresets["cin-review"].settings).toMatchObject({
      nation: "england-wales",
      reviewIntervalMonths: 3,
      referralDeadline: null,
      acceptsReferrals: false,
    });
  });

  it("CiC High Risk Panel: England & Wales, bimonthly, red list two weeks before, no referral form (004)", () => {
    expect(panelPresets["cic-hrp"].settings).toMatchObject({
      nation: "england-wales",
      cadence: "bimonthly",
      redListDeadline: { amount: 2, unit: "weeks" },
      referralDeadline: null,
      acceptsReferrals: false,
    });
  });

  it("strategic review group: Scotland, minutes within one month, no referrals (001)", () => {
    expect(panelPresets["strategic-review"].settings).toMatchObject({
      nation: "scotland",
      minutesDue: { amount: 1, unit: "months" },
      acceptsReferrals: false,
    });
  });

  it("defaults a quorum of three agencies", () => {
    for (const key of presetKeys) expect(panelPresets[key].settings.quorumAgencies).toBe(3);
  });
});

describe("presetSettings", () => {
  it("returns the preset's settings when nothing is overridden", () => {
    expect(presetSettings("isg")).toEqual(panelPresets.isg.settings);
  });

  it("lets a panel override any setting and keeps the rest", () => {
    const settings = presetSettings("icsmg", {
      agendaDeadline: { amount: 7, unit: "working-days" },
      quorumAgencies: 4,
      caseSlotMinutes: 20,
    });
    expect(settings.agendaDeadline).toEqual({ amount: 7, unit: "working-days" });
    expect(settings.quorumAgencies).toBe(4);
    expect(settings.caseSlotMinutes).toBe(20);
    expect(settings.papersDeadline).toEqual({ amount: 3, unit: "working-days" });
  });

  it("lets a panel remove a deadline with null, but ignores an override left undefined", () => {
    const settings = presetSettings("isg", { referralDeadline: null, minutesDue: undefined });
    expect(settings.referralDeadline).toBeNull();
    expect(settings.minutesDue).toEqual({ amount: 1, unit: "weeks" });
  });

  it("returns a copy: changing one panel's settings leaves the preset untouched", () => {
    const settings = presetSettings("icsmg");
    settings.papersDeadline!.amount = 10;
    settings.quorumAgencies = 1;
    expect(presetSettings("icsmg").papersDeadline).toEqual({ amount: 3, unit: "working-days" });
    expect(panelPresets.icsmg.settings.quorumAgencies).toBe(3);
  });
});
