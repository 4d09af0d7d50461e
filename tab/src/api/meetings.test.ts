import { describe, expect, it } from "vitest";
import type { MeetingSummaryView } from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";
import { meetingsComing } from "./meetings.js";

const meeting = (
  id: string,
  panelId: string,
  startsAt: string,
  state: MeetingSummaryView["state"] = "planned",
) => ({
  id,
  panelId,
  panelName: panelId,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
  state,
  joinUrl: null,
});

/** An API holding each panel's meetings, answering `GET /meetings?panelId=` as the service does. */
function apiWith(meetingsByPanel: Record<string, MeetingSummaryView[]>) {
  const asked: string[] = [];
  const api = {
    get: <T>(path: string, query?: Record<string, string | number | undefined>) => {
      asked.push(`${path}?panelId=${query?.panelId}`);
      return Promise.resolve({ meetings: meetingsByPanel[String(query?.panelId)] ?? [] } as T);
    },
  } as unknown as ApiClient;
  return Object.assign(api, { asked });
}

describe("the meetings coming on a person's panels", () => {
  it("merges the panels' planned meetings still to come, soonest first, up to the limit", async () => {
    const api = apiWith({
      icsmg: [
        meeting("held", "icsmg", "2026-11-01T10:00:00Z", "held"),
        meeting("i2", "icsmg", "2026-12-22T10:00:00Z"),
        meeting("i3", "icsmg", "2027-01-26T10:00:00Z"),
      ],
      isg: [
        meeting("cancelled", "isg", "2026-12-10T10:00:00Z", "cancelled"),
        meeting("s1", "isg", "2026-12-24T10:00:00Z"),
        meeting("past", "isg", "2026-11-20T10:00:00Z"),
      ],
    });
    const coming = await meetingsComing(api, ["icsmg", "isg"], new Date("2026-11-29T12:00:00Z"), 2);
    expect(coming.map((m) => m.id)).toEqual(["i2", "s1"]);
    expect(api.asked).toEqual(["/meetings?panelId=icsmg", "/meetings?panelId=isg"]);
  });

  it("still lists a meeting that is under way", async () => {
    const api = apiWith({ icsmg: [meeting("now", "icsmg", "2026-11-29T11:00:00Z")] });
    const coming = await meetingsComing(api, ["icsmg"], new Date("2026-11-29T12:00:00Z"), 5);
    expect(coming.map((m) => m.id)).toEqual(["now"]);
  });
});
