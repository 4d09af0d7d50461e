import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { PanelPicker } from "@convenor/ui";
import { panelMeetings } from "../api/meetings.js";
import { LoadState } from "../components/load-state.js";
import { isPast } from "../components/meeting-states.js";
import { MeetingTable } from "../components/meeting-table.js";
import { Page, Section } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { routeHref } from "../routing/routes.js";
import { panelsIManage, panelsISitOn, useTab } from "../tab-context.js";

/**
 * A panel's meetings (`GET /api/meetings?panelId=`), those still to come first (soonest first), then past ones
 * (latest first), so a year of history does not push the next meeting down the page; each opens its agenda.
 */
export default function MeetingsView(props: { panelId: string | null }): ReactNode {
  const { me } = useTab();
  const panels = panelsISitOn(me);
  const panelId = props.panelId ?? panels[0]?.panelId ?? null;
  const manages = panelsIManage(me).some((panel) => panel.panelId === panelId);
  return (
    <Page title="Meetings">
      {panels.length === 0 ? (
        <Text>You do not sit on a panel, so you have no panel meetings.</Text>
      ) : (
        <>
          <div style={{ maxWidth: "32rem" }}>
            <PanelPicker
              panels={panels.map((panel) => ({ id: panel.panelId, name: panel.panelName }))}
              value={panelId}
              onChange={(id) => (window.location.hash = routeHref({ view: "meetings", panelId: id }))}
            />
          </div>
          {panelId && <PanelMeetings panelId={panelId} />}
          {panelId && manages && (
            <RouteLink to={{ view: "schedule", panelId }}>Schedule a meeting of this panel</RouteLink>
          )}
        </>
      )}
    </Page>
  );
}

function PanelMeetings(props: { panelId: string }): ReactNode {
  const { api } = useTab();
  const meetings = useLoad(() => panelMeetings(api, props.panelId), props.panelId);
  return (
    <LoadState state={meetings} what="the panel's meetings">
      {(list) => {
        if (list.length === 0) return <Text>This panel has no meetings yet.</Text>;
        const now = new Date().toISOString();
        const coming = list.filter((meeting) => !isPast(meeting, now));
        const past = list.filter((meeting) => isPast(meeting, now)).reverse();
        return (
          <>
            <Section title="Coming up" id="meetings-coming">
              {coming.length === 0 ? (
                <Text>No meeting of this panel is coming up.</Text>
              ) : (
                <MeetingTable caption="The panel's meetings coming up" meetings={coming} showPanel={false} />
              )}
            </Section>
            {past.length > 0 && (
              <Section title="Past meetings" id="meetings-past">
                <MeetingTable caption="The panel's past meetings" meetings={past} showPanel={false} />
              </Section>
            )}
          </>
        );
      }}
    </LoadState>
  );
}
