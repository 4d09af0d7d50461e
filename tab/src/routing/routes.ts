/**
 * The tab's views, addressed by the URL's hash (`#/referrals/r-123`). Only ids travel in addresses, never a
 * child's details: a URL ends up in browser history, logs and shared links.
 */
export type Route =
  | { view: "home" }
  | { view: "my-referrals" }
  | { view: "referral"; referralId: string }
  | { view: "queue" }
  | { view: "screening"; referralId: string }
  | { view: "meetings"; panelId: string | null }
  | { view: "meeting"; meetingId: string }
  | { view: "red-list"; meetingId: string }
  | { view: "outcomes"; meetingId: string }
  | { view: "child"; childId: string }
  | { view: "unmet-need"; panelId: string }
  | { view: "minutes"; meetingId: string }
  | { view: "schedule"; panelId: string | null }
  | { view: "tracker"; panelId: string | null }
  | { view: "reviews"; panelId: string | null }
  | { view: "data-protection" }
  | { view: "reports"; panelId: string | null }
  | { view: "retention" }
  | { view: "not-found" };

const idPattern = /^[A-Za-z0-9_-]{1,80}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").replace(/^\/+|\/+$/g, "");
  const segments = path === "" ? [] : path.split("/").map(decodeSegment);
  const [first, second, third] = segments;
  const ids = segments.filter((_segment, index) => index % 2 === 1);
  if (ids.some((id) => !idPattern.test(id))) return { view: "not-found" };
  if (segments.length === 0) return { view: "home" };
  if (segments.length === 1) {
    if (first === "referrals") return { view: "my-referrals" };
    if (first === "queue") return { view: "queue" };
    if (first === "meetings") return { view: "meetings", panelId: null };
    if (first === "schedule") return { view: "schedule", panelId: null };
    if (first === "tracker") return { view: "tracker", panelId: null };
    if (first === "reviews") return { view: "reviews", panelId: null };
    if (first === "data-protection") return { view: "data-protection" };
    if (first === "reports") return { view: "reports", panelId: null };
  }
  if (segments.length === 2 && first === "admin" && second === "retention") return { view: "retention" };
  if (segments.length === 2 && second) {
    if (first === "referrals") return { view: "referral", referralId: second };
    if (first === "queue") return { view: "screening", referralId: second };
    if (first === "meetings") return { view: "meeting", meetingId: second };
    if (first === "children") return { view: "child", childId: second };
  }
  if (segments.length === 3 && first === "meetings" && second && third === "red-list") {
    return { view: "red-list", meetingId: second };
  }
  if (segments.length === 3 && first === "meetings" && second && third === "outcomes") {
    return { view: "outcomes", meetingId: second };
  }
  if (segments.length === 3 && first === "meetings" && second && third === "minutes") {
    return { view: "minutes", meetingId: second };
  }
  if (segments.length === 3 && first === "panels" && second) {
    if (third === "meetings") return { view: "meetings", panelId: second };
    if (third === "schedule") return { view: "schedule", panelId: second };
    if (third === "tracker") return { view: "tracker", panelId: second };
    if (third === "reviews") return { view: "reviews", panelId: second };
    if (third === "unmet-need") return { view: "unmet-need", panelId: second };
    if (third === "reports") return { view: "reports", panelId: second };
  }
  return { view: "not-found" };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case "home":
    case "not-found":
      return "#/";
    case "my-referrals":
      return "#/referrals";
    case "referral":
      return `#/referrals/${encodeURIComponent(route.referralId)}`;
    case "queue":
      return "#/queue";
    case "screening":
      return `#/queue/${encodeURIComponent(route.referralId)}`;
    case "meetings":
      return route.panelId ? `#/panels/${encodeURIComponent(route.panelId)}/meetings` : "#/meetings";
    case "meeting":
      return `#/meetings/${encodeURIComponent(route.meetingId)}`;
    case "red-list":
      return `#/meetings/${encodeURIComponent(route.meetingId)}/red-list`;
    case "outcomes":
      return `#/meetings/${encodeURIComponent(route.meetingId)}/outcomes`;
    case "child":
      return `#/children/${encodeURIComponent(route.childId)}`;
    case "unmet-need":
      return `#/panels/${encodeURIComponent(route.panelId)}/unmet-need`;
    case "minutes":
      return `#/meetings/${encodeURIComponent(route.meetingId)}/minutes`;
    case "schedule":
      return route.panelId ? `#/panels/${encodeURIComponent(route.panelId)}/schedule` : "#/schedule";
    case "tracker":
      return route.panelId ? `#/panels/${encodeURIComponent(route.panelId)}/tracker` : "#/tracker";
    case "reviews":
      return route.panelId ? `#/panels/${encodeURIComponent(route.panelId)}/reviews` : "#/reviews";
    case "data-protection":
      return "#/data-protection";
    case "reports":
      return route.panelId ? `#/panels/${encodeURIComponent(route.panelId)}/reports` : "#/reports";
    case "retention":
      return "#/admin/retention";
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "\u0000";
  }
}
