import { describe, expect, it } from "vitest";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { nextOpenMeeting } from "./next-open-meeting.js";

describe("the next meeting open to referrals", () => {
  // ISG, Scotland: paperwork 5 working days before. The March meeting is on Thu 5 March 2026.
  const at = new Date("2026-02-26T09:00:00.000Z");

  it("is the March meeting on Thu 26 February, its deadline day", async () => {
    const s = aReferralScenario("isg");
    const open = await s.store.read((tx) => nextOpenMeeting(tx, s.panel, at, "2026-02-26"));
    expect(open?.meeting.id).toBe("meeting-mar");
    expect(open?.deadlines.referral).toBe("2026-02-26");
  });

  it("skips the organisation's closure days, which move that deadline back past today", async () => {
    // Back from Thu 5 Mar: Wed 4 (1); Tue 3 and Mon 2 closed; Fri 27 (2), Thu 26 (3), Wed 25 (4), Tue 24 (5).
    const s = aReferralScenario("isg");
    await s.store.transaction((tx) =>
      tx.closureDays.replaceYear(2026, [
        { date: "2026-03-02", reason: "Council closure" },
        { date: "2026-03-03", reason: "Council closure" },
      ]),
    );
    const open = await s.store.read((tx) => nextOpenMeeting(tx, s.panel, at, "2026-02-26"));
    expect(open).toBeNull();
    const earlier = await s.store.read((tx) =>
      nextOpenMeeting(tx, s.panel, new Date("2026-02-24T09:00:00.000Z"), "2026-02-24"),
    );
    expect(earlier?.deadlines.referral).toBe("2026-02-24");
  });
});
