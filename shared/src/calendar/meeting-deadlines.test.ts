import { describe, expect, it } from "vitest";
import type { Nation } from "../model/panel.js";
import { presetSettings } from "../presets/panel-presets.js";
import { meetingDeadlines } from "./meeting-deadlines.js";

// Expected dates were counted by hand on a calendar; each comment lists the days counted.
// Meeting times are UTC: 09:30Z is 09:30 GMT in winter, 09:00Z is 10:00 BST in summer.

describe("ICSMG (Scotland): Child's Plan 6, agenda 5, papers 3 working days before; note 2 after", () => {
  it("meeting on Wed 6 January 2027, after Christmas and New Year", () => {
    // Back from Wed 6 Jan: Tue 5 (1); Mon 4 is the Scottish 2 January substitute; Fri 1 Jan holiday;
    // Thu 31 Dec (2), Wed 30 (3), Tue 29 (4); Mon 28 Boxing Day substitute; Fri 25 Christmas;
    // Thu 24 (5), Wed 23 (6). Forward: Thu 7 (1), Fri 8 (2).
    expect(meetingDeadlines(presetSettings("icsmg"), "2027-01-06T09:30:00Z")).toEqual({
      referral: "2026-12-23",
      agenda: "2026-12-24",
      papers: "2026-12-30",
      redList: null,
      minutesDue: "2027-01-08",
    });
  });

  it("the same meeting in England & Wales, where Mon 4 January 2027 is a working day", () => {
    // Back: Tue 5 (1), Mon 4 (2), Thu 31 (3), Wed 30 (4), Tue 29 (5), Thu 24 (6).
    const settings = presetSettings("icsmg", { nation: "england-wales" });
    expect(meetingDeadlines(settings, "2027-01-06T09:30:00Z")).toEqual({
      referral: "2026-12-24",
      agenda: "2026-12-29",
      papers: "2026-12-31",
      redList: null,
      minutesDue: "2027-01-08",
    });
  });

  it("meeting on Tue 7 April 2026, after Easter: Easter Monday is a working day in Scotland", () => {
    // Back: Mon 6 Apr (1); Fri 3 Good Friday; Thu 2 (2), Wed 1 (3), Tue 31 Mar (4), Mon 30 (5), Fri 27 (6).
    expect(meetingDeadlines(presetSettings("icsmg"), "2026-04-07T09:00:00Z")).toEqual({
      referral: "2026-03-27",
      agenda: "2026-03-30",
      papers: "2026-04-01",
      redList: null,
      minutesDue: "2026-04-09",
    });
  });

  it("the same Easter meeting in England & Wales skips Easter Monday too", () => {
    // Back: Mon 6 and Fri 3 holidays; Thu 2 (1), Wed 1 (2), Tue 31 (3), Mon 30 (4), Fri 27 (5), Thu 26 (6).
    const settings = presetSettings("icsmg", { nation: "england-wales" });
    expect(meetingDeadlines(settings, "2026-04-07T09:00:00Z")).toMatchObject({
      referral: "2026-03-26",
      agenda: "2026-03-27",
      papers: "2026-03-31",
    });
  });

  it("counts from the UK local date: 23:30 UTC on Mon 1 June 2026 is Tue 2 June in London", () => {
    // Back from Tue 2 Jun: Mon 1 (1), Fri 29 May (2), Thu 28 (3). From the UTC date (Mon 1) it would be Wed 27.
    // Forward: Wed 3 (1), Thu 4 (2).
    expect(meetingDeadlines(presetSettings("icsmg"), "2026-06-01T23:30:00Z")).toMatchObject({
      papers: "2026-05-28",
      minutesDue: "2026-06-04",
    });
  });
});

describe("ISG (Scotland): paperwork 5 working days before; outcome within one week", () => {
  it("meeting on Thu 3 December 2026, after St Andrew's Day (Mon 30 November)", () => {
    // Back: Wed 2 (1), Tue 1 (2); Mon 30 Nov holiday; Fri 27 (3), Thu 26 (4), Wed 25 (5). Week: Thu 10 Dec.
    expect(meetingDeadlines(presetSettings("isg"), "2026-12-03T09:30:00Z")).toEqual({
      referral: "2026-11-25",
      agenda: null,
      papers: null,
      redList: null,
      minutesDue: "2026-12-10",
    });
  });

  it("meeting on Wed 3 December 2025, after the St Andrew's Day substitute (Mon 1 December)", () => {
    // Scotland back: Tue 2 (1); Mon 1 substitute; Fri 28 (2), Thu 27 (3), Wed 26 (4), Tue 25 (5).
    // England & Wales back: Tue 2 (1), Mon 1 (2), Fri 28 (3), Thu 27 (4), Wed 26 (5).
    expect(meetingDeadlines(presetSettings("isg"), "2025-12-03T09:30:00Z").referral).toBe("2025-11-25");
    const englandWales = presetSettings("isg", { nation: "england-wales" });
    expect(meetingDeadlines(englandWales, "2025-12-03T09:30:00Z").referral).toBe("2025-11-26");
  });

  it("meeting on Wed 5 August 2026, after the Scottish summer bank holiday (Mon 3 August)", () => {
    // Back: Tue 4 (1); Mon 3 holiday; Fri 31 Jul (2), Thu 30 (3), Wed 29 (4), Tue 28 (5). Week: Wed 12 Aug.
    expect(meetingDeadlines(presetSettings("isg"), "2026-08-05T09:00:00Z")).toMatchObject({
      referral: "2026-07-28",
      minutesDue: "2026-08-12",
    });
  });

  it("an outcome week ending on Christmas Day is due on the next working day", () => {
    // Fri 18 Dec + 7 days = Fri 25 Dec; Sat, Sun, Mon 28 (substitute) off; due Tue 29.
    // Back: Thu 17 (1), Wed 16 (2), Tue 15 (3), Mon 14 (4), Fri 11 (5).
    expect(meetingDeadlines(presetSettings("isg"), "2026-12-18T09:30:00Z")).toMatchObject({
      referral: "2026-12-11",
      minutesDue: "2026-12-29",
    });
  });
});

describe("CiC High Risk Panel (England & Wales): red list two weeks before", () => {
  it("two weeks before Fri 8 January 2027 is Christmas Day, so the list goes out on Thu 24 December", () => {
    expect(meetingDeadlines(presetSettings("cic-hrp"), "2027-01-08T09:30:00Z")).toEqual({
      referral: null,
      agenda: null,
      papers: null,
      redList: "2026-12-24",
      minutesDue: null,
    });
  });

  it("two weeks before Mon 20 April 2026 is Easter Monday: Thu 2 April in England & Wales, Mon 6 in Scotland", () => {
    // Mon 6 Apr off in England & Wales; Sun 5, Sat 4 weekend; Fri 3 Good Friday; Thu 2 April.
    expect(meetingDeadlines(presetSettings("cic-hrp"), "2026-04-20T09:00:00Z").redList).toBe("2026-04-02");
    const scotland = presetSettings("cic-hrp", { nation: "scotland" });
    expect(meetingDeadlines(scotland, "2026-04-20T09:00:00Z").redList).toBe("2026-04-06");
  });

  it("two weeks before Mon 14 September 2026 is the English August bank holiday (Mon 31 August)", () => {
    expect(meetingDeadlines(presetSettings("cic-hrp"), "2026-09-14T09:00:00Z").redList).toBe("2026-08-28");
    const scotland = presetSettings("cic-hrp", { nation: "scotland" });
    expect(meetingDeadlines(scotland, "2026-09-14T09:00:00Z").redList).toBe("2026-08-31");
  });

  it("two weeks before Mon 18 May 2026 is the early May bank holiday, so Fri 1 May", () => {
    expect(meetingDeadlines(presetSettings("cic-hrp"), "2026-05-18T09:00:00Z").redList).toBe("2026-05-01");
  });
});

describe("Strategic review group (Scotland): minutes within one month", () => {
  it("a month after Wed 2 December 2026 is Sat 2 January 2027; the Scottish substitute Mon 4 moves it to Tue 5", () => {
    expect(meetingDeadlines(presetSettings("strategic-review"), "2026-12-02T09:30:00Z")).toEqual({
      referral: null,
      agenda: null,
      papers: null,
      redList: null,
      minutesDue: "2027-01-05",
    });
    const englandWales = presetSettings("strategic-review", { nation: "england-wales" });
    expect(meetingDeadlines(englandWales, "2026-12-02T09:30:00Z").minutesDue).toBe("2027-01-04");
  });

  it("a month after Fri 30 October 2026 is St Andrew's Day (Mon 30 November), so Tue 1 December", () => {
    expect(meetingDeadlines(presetSettings("strategic-review"), "2026-10-30T09:30:00Z").minutesDue).toBe(
      "2026-12-01",
    );
  });

  it("a month after Tue 31 March 2026 is the last day of April", () => {
    expect(meetingDeadlines(presetSettings("strategic-review"), "2026-03-31T09:00:00Z").minutesDue).toBe(
      "2026-04-30",
    );
  });
});

describe("panels whose chair sets the deadlines", () => {
  it("LC-JST has no fixed deadlines, even around New Year", () => {
    expect(meetingDeadlines(presetSettings("lc-jst"), "2027-01-06T09:30:00Z")).toEqual({
      referral: null,
      agenda: null,
      papers: null,
      redList: null,
      minutesDue: null,
    });
  });

  it("CIN review has none by default; a chair's papers deadline of 3 working days skips Easter in England & Wales", () => {
    expect(meetingDeadlines(presetSettings("cin-review"), "2026-04-08T09:00:00Z")).toEqual({
      referral: null,
      agenda: null,
      papers: null,
      redList: null,
      minutesDue: null,
    });
    // Back from Wed 8 Apr: Tue 7 (1); Mon 6 Easter Monday; Fri 3 Good Friday; Thu 2 (2), Wed 1 (3).
    const withPapers = presetSettings("cin-review", { papersDeadline: { amount: 3, unit: "working-days" } });
    expect(meetingDeadlines(withPapers, "2026-04-08T09:00:00Z").papers).toBe("2026-04-01");
  });

  it("a chair's deadline in calendar days counts every day and then avoids a day off", () => {
    // Wed 6 Jan 2027 - 10 days = Sun 27 Dec; Sat 26, Fri 25 off; Thu 24 Dec.
    const settings = presetSettings("lc-jst", { referralDeadline: { amount: 10, unit: "calendar-days" } });
    expect(meetingDeadlines(settings, "2027-01-06T09:30:00Z").referral).toBe("2026-12-24");
    // Mon 11 Jan - 10 days = Fri 1 Jan, New Year's Day; Thu 31 Dec.
    expect(meetingDeadlines(settings, "2027-01-11T09:30:00Z").referral).toBe("2026-12-31");
    // Fri 22 Jan - 10 days = Tue 12 Jan, a working day.
    expect(meetingDeadlines(settings, "2027-01-22T09:30:00Z").referral).toBe("2027-01-12");
  });
});

describe("a panel whose stored nation is unknown", () => {
  it("gets no deadlines at all rather than another nation's, even with no working-day period", () => {
    const settings = { ...presetSettings("lc-jst"), nation: "wales" as unknown as Nation };
    expect(() => meetingDeadlines(settings, "2027-01-06T09:30:00Z")).toThrow(/Unknown nation "wales"/);
  });
});

describe("deadlines with the organisation's closure days", () => {
  // The council closes Tue 29 to Thu 31 December 2026 and Tue 5 January 2027.
  const closed = new Set(["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-05"]);

  it("ICSMG on Wed 6 January 2027 counts back over the closure as well as the bank holidays", () => {
    // Scotland, back from Wed 6 Jan: Tue 5 closed; Mon 4 substitute; Fri 1 holiday; Thu 31 - Tue 29 closed;
    // Mon 28 substitute; Fri 25 Christmas; Thu 24 (1), Wed 23 (2), Tue 22 (3), Mon 21 (4), Fri 18 (5), Thu 17 (6).
    // Forward: Thu 7 (1), Fri 8 (2).
    expect(meetingDeadlines(presetSettings("icsmg"), "2027-01-06T09:30:00Z", closed)).toEqual({
      referral: "2026-12-17",
      agenda: "2026-12-18",
      papers: "2026-12-22",
      redList: null,
      minutesDue: "2027-01-08",
    });
  });

  it("an ISG outcome week ending on Christmas Day is due after the closure", () => {
    // Fri 18 Dec + 7 days = Fri 25 Dec; Mon 28 substitute; Tue 29 - Thu 31 closed; Fri 1 Jan; Mon 4 substitute;
    // Tue 5 closed; due Wed 6 January.
    expect(meetingDeadlines(presetSettings("isg"), "2026-12-18T09:30:00Z", closed).minutesDue).toBe(
      "2027-01-06",
    );
  });

  it("the same deadlines without closure days are unchanged", () => {
    expect(meetingDeadlines(presetSettings("icsmg"), "2027-01-06T09:30:00Z", new Set()).referral).toBe(
      "2026-12-23",
    );
  });
});
