import { describe, expect, it } from "vitest";
import { minutesPath, redListPath, reviewsPath } from "@convenor/shared";
import { parseRoute, routeHref, type Route } from "./routes.js";

describe("the tab's addresses", () => {
  const routes: Route[] = [
    { view: "home" },
    { view: "my-referrals" },
    { view: "referral", referralId: "r-42" },
    { view: "queue" },
    { view: "screening", referralId: "r-42" },
    { view: "meetings", panelId: null },
    { view: "meetings", panelId: "panel-icsmg" },
    { view: "meeting", meetingId: "m-1" },
    { view: "red-list", meetingId: "m-hrp-2" },
    { view: "minutes", meetingId: "m-isg-1" },
    { view: "schedule", panelId: null },
    { view: "schedule", panelId: "panel-icsmg" },
    { view: "tracker", panelId: null },
    { view: "tracker", panelId: "panel-hrp" },
    { view: "reviews", panelId: null },
    { view: "reviews", panelId: "panel-cin" },
    { view: "outcomes", meetingId: "m-lcjst-1" },
    { view: "child", childId: "c-01" },
    { view: "unmet-need", panelId: "panel-icsmg" },
    { view: "reports", panelId: null },
    { view: "reports", panelId: "panel-isg" },
    { view: "retention" },
  ];

  it.each(routes)("opens the same view from the address it links to: %o", (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("opens the minutes that the circulated card links to", () => {
    const hash = minutesPath("m-isg-1").replace(/^\/tab\//, "");
    expect(parseRoute(hash)).toEqual({ view: "minutes", meetingId: "m-isg-1" });
  });

  it("opens the red list that the panel card links to", () => {
    const hash = redListPath("m-hrp-2").replace(/^\/tab\//, "");
    expect(parseRoute(hash)).toEqual({ view: "red-list", meetingId: "m-hrp-2" });
  });

  it("opens the reviews page that the CIN review cards link to", () => {
    const hash = reviewsPath("panel-cin").replace(/^\/tab\//, "");
    expect(parseRoute(hash)).toEqual({ view: "reviews", panelId: "panel-cin" });
  });

  it("opens home for an empty hash and tolerates a trailing slash", () => {
    expect(parseRoute("")).toEqual({ view: "home" });
    expect(parseRoute("#/queue/")).toEqual({ view: "queue" });
  });

  it("answers not found for anything that is not an id, instead of passing it to the API", () => {
    for (const hash of [
      "#/referrals/a b",
      "#/referrals/..%2F..",
      "#/referrals/%E0%A4%A",
      "#/nowhere",
      "#/referrals/r-1/x",
      "#/meetings/m-1/papers",
      "#/meetings/a b/red-list",
    ]) {
      expect(parseRoute(hash)).toEqual({ view: "not-found" });
    }
  });
});
