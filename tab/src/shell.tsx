import { lazy, Suspense, useMemo, type ReactNode } from "react";
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ApiClient, ConvenorApi } from "@convenor/ui";
import { LoadState } from "./components/load-state.js";
import { RouteLink } from "./components/route-link.js";
import { useLoad } from "./components/use-load.js";
import type { Route } from "./routing/routes.js";
import { useRoute } from "./routing/use-route.js";
import type { Session } from "./sign-in/session.js";
import { panelsIManage, TabContext, usesDataProtection, type TabContextValue } from "./tab-context.js";
import { HomeView } from "./views/home-view.js";

// Views other than home load when first opened, keeping the first load small.
const MyReferralsView = lazy(() => import("./views/my-referrals-view.js"));
const ReferralView = lazy(() => import("./views/referral-view.js"));
const QueueView = lazy(() => import("./views/queue-view.js"));
const ScreeningView = lazy(() => import("./views/screening-view.js"));
const MeetingsView = lazy(() => import("./views/meetings-view.js"));
const MeetingView = lazy(() => import("./views/meeting-view.js"));
const RedListView = lazy(() => import("./views/red-list-view.js"));
const MinutesView = lazy(() => import("./views/minutes-view.js"));
const ScheduleView = lazy(() => import("./views/schedule-view.js"));
const TrackerView = lazy(() => import("./views/tracker-view.js"));
const ReviewsView = lazy(() => import("./views/reviews-view.js"));
const OutcomesView = lazy(() => import("./views/outcomes-view.js"));
const ChildRecordView = lazy(() => import("./views/child-record-view.js"));
const UnmetNeedView = lazy(() => import("./views/unmet-need-view.js"));
const DataProtectionView = lazy(() => import("./views/data-protection-view.js"));
// The reports page brings its charting library with it: nothing of it is in the first load.
const ReportsView = lazy(() => import("./views/reports-view.js"));
const RetentionView = lazy(() => import("./views/retention-view.js"));
const NotFoundView = lazy(() => import("./views/not-found-view.js"));

const useStyles = makeStyles({
  layout: { display: "flex", flexDirection: "column", minHeight: "100vh" },
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalS, zIndex: 1 },
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  nav: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}` },
  navList: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXL,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, flexGrow: 1 },
});

/** The signed-in tab: who is signed in, the sections, and the open view. */
export function Shell(props: { session: Session; onSignOut: (() => void) | null }): ReactNode {
  const styles = useStyles();
  const api = useMemo(() => new ApiClient({ getToken: () => props.session.getToken() }), [props.session]);
  const convenor = useMemo(() => new ConvenorApi(api), [api]);
  const me = useLoad(() => convenor.me(), "me");

  return (
    <div className={styles.layout}>
      <a href="#main" className={styles.skip} onClick={skipToMain}>
        Skip to the content
      </a>
      <header className={styles.header}>
        <Text weight="semibold" size={500}>
          Convenor
        </Text>
        <div className={styles.who}>
          {me.status === "ready" && <Text>Signed in as {me.value.person.displayName}</Text>}
          {props.onSignOut && (
            <Button size="small" onClick={props.onSignOut}>
              Switch person
            </Button>
          )}
        </div>
      </header>
      <LoadState state={me} what="your panels">
        {(value) => <SignedIn context={{ api, convenor, me: value, session: props.session }} />}
      </LoadState>
    </div>
  );
}

function SignedIn(props: { context: TabContextValue }): ReactNode {
  const styles = useStyles();
  const route = useRoute();
  const screens = panelsIManage(props.context.me).length > 0;
  const panels = useLoad(() => props.context.convenor.panels(), "panels");
  const tracks = panels.status === "ready" && panels.value.some((panel) => panel.preset === "cic-hrp");
  const reviews = panels.status === "ready" && panels.value.some((panel) => panel.preset === "cin-review");
  const sections: { label: string; to: Route; views: Route["view"][] }[] = [
    { label: "Home", to: { view: "home" }, views: ["home"] },
    { label: "My referrals", to: { view: "my-referrals" }, views: ["my-referrals", "referral"] },
    ...(screens
      ? [
          {
            label: "Screening queue",
            to: { view: "queue" } as Route,
            views: ["queue", "screening"] as Route["view"][],
          },
        ]
      : []),
    {
      label: "Meetings",
      to: { view: "meetings", panelId: null },
      views: ["meetings", "meeting", "red-list", "outcomes", "unmet-need", "minutes"],
    },
    ...(screens
      ? [
          {
            label: "Schedule a meeting",
            to: { view: "schedule", panelId: null } as Route,
            views: ["schedule"] as Route["view"][],
          },
        ]
      : []),
    ...(tracks
      ? [
          {
            label: "Tracker",
            to: { view: "tracker", panelId: null } as Route,
            views: ["tracker"] as Route["view"][],
          },
        ]
      : []),
    ...(reviews
      ? [
          {
            label: "CIN reviews",
            to: { view: "reviews", panelId: null } as Route,
            views: ["reviews"] as Route["view"][],
          },
        ]
      : []),
    ...(usesDataProtection(props.context.me)
      ? [
          {
            label: "Data protection",
            to: { view: "data-protection" } as Route,
            views: ["data-protection"] as Route["view"][],
          },
        ]
      : []),
    ...(screens
      ? [
          {
            label: "Reports",
            to: { view: "reports", panelId: null } as Route,
            views: ["reports"] as Route["view"][],
          },
        ]
      : []),
    ...(props.context.me.person.administrator
      ? [
          {
            label: "Retention periods",
            to: { view: "retention" } as Route,
            views: ["retention"] as Route["view"][],
          },
        ]
      : []),
  ];
  return (
    <TabContext.Provider value={props.context}>
      <nav aria-label="Convenor sections" className={styles.nav}>
        <ul className={styles.navList}>
          {sections.map((section) => (
            <li key={section.label}>
              <RouteLink to={section.to} current={section.views.includes(route.view)}>
                {section.label}
              </RouteLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Suspense fallback={<Spinner size="small" label="Opening…" />}>
          <View route={route} />
        </Suspense>
      </main>
    </TabContext.Provider>
  );
}

function View(props: { route: Route }): ReactNode {
  const { route } = props;
  switch (route.view) {
    case "home":
      return <HomeView />;
    case "my-referrals":
      return <MyReferralsView />;
    case "referral":
      return <ReferralView referralId={route.referralId} />;
    case "queue":
      return <QueueView />;
    case "screening":
      return <ScreeningView referralId={route.referralId} />;
    case "meetings":
      return <MeetingsView panelId={route.panelId} />;
    case "meeting":
      return <MeetingView meetingId={route.meetingId} />;
    case "red-list":
      return <RedListView meetingId={route.meetingId} />;
    case "outcomes":
      return <OutcomesView meetingId={route.meetingId} />;
    case "child":
      return <ChildRecordView childId={route.childId} />;
    case "unmet-need":
      return <UnmetNeedView panelId={route.panelId} />;
    case "minutes":
      return <MinutesView meetingId={route.meetingId} />;
    case "schedule":
      return <ScheduleView panelId={route.panelId} />;
    case "tracker":
      return <TrackerView panelId={route.panelId} />;
    case "reviews":
      return <ReviewsView panelId={route.panelId} />;
    case "data-protection":
      return <DataProtectionView />;
    case "reports":
      return <ReportsView panelId={route.panelId} />;
    case "retention":
      return <RetentionView />;
    case "not-found":
      return <NotFoundView />;
  }
}

/** The skip link moves focus without changing the hash, which names the view. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById("main")?.focus();
}
