import { useState, type ReactNode } from "react";
import { AgendaView, DeadlineList, ErrorBanner, formatTime } from "@convenor/ui";
import { Link, Text } from "@fluentui/react-components";
import type { MeetingSummaryView } from "@convenor/shared";
import { AgendaManagement } from "../components/agenda-management.js";
import { LoadState } from "../components/load-state.js";
import { openPaper } from "../components/open-paper.js";
import { Page, Section } from "../components/page.js";
import { PaperList } from "../components/paper-list.js";
import { MeetingActions } from "../components/meeting-actions.js";
import { isStillToBeHeld } from "../components/meeting-states.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { dateTimeLabel } from "../labels.js";
import { useTab } from "../tab-context.js";

const statePrefix: Record<MeetingSummaryView["state"], string> = {
  pending: "",
  planned: "",
  held: "Held. ",
  cancelled: "Cancelled. ",
};

/** A meeting: when, its deadlines, its agenda and the papers (`GET /api/meetings/{id}`). */
export default function MeetingView(props: { meetingId: string }): ReactNode {
  const { convenor } = useTab();
  const detail = useLoad(() => convenor.meeting(props.meetingId), props.meetingId);
  const [paperError, setPaperError] = useState<unknown>(null);
  return (
    <LoadState state={detail} what="the meeting">
      {(view, replace) => {
        const { meeting, deadlines, agenda } = view;
        const papers = agenda.items.flatMap((item) => item.papers.map((paper) => ({ paper, item })));
        // A High Risk Panel's meetings have a red list deadline; its names are for the panel's chair,
        // coordinator and members (the agenda's "panel" scope), not attendees of one item.
        const hasRedList =
          agenda.scope === "panel" && deadlines.some((deadline) => deadline.kind === "redList");
        return (
          <Page title={`${meeting.panelName}: ${dateTimeLabel(meeting.startsAt)}`}>
            <Text>
              {statePrefix[meeting.state]}From {formatTime(meeting.startsAt)} to {formatTime(meeting.endsAt)}.{" "}
              {meeting.joinUrl ? (
                <Link href={meeting.joinUrl} target="_blank" rel="noreferrer">
                  Join the Teams meeting
                </Link>
              ) : isStillToBeHeld(meeting) ? (
                "No Teams meeting yet."
              ) : null}
            </Text>
            <Text>
              <RouteLink to={{ view: "outcomes", meetingId: meeting.id }}>
                Outcomes and actions: decisions, family sharing, actions carried forward
              </RouteLink>
            </Text>
            {agenda.scope === "panel" && meeting.state !== "cancelled" && (
              <Text>
                <RouteLink to={{ view: "minutes", meetingId: meeting.id }}>
                  {view.canManage ? "Minutes and case observations" : "Minutes"}
                </RouteLink>
              </Text>
            )}
            <Section title="Deadlines" id="meeting-deadlines">
              <DeadlineList deadlines={deadlines} />
            </Section>
            <Section title="Agenda" id="meeting-agenda">
              <Text>
                {agenda.publishedAt
                  ? `Published ${dateTimeLabel(agenda.publishedAt)}${agenda.changedSincePublished ? ", changed since" : ""}.`
                  : "Not published yet."}
                {agenda.scope === "invitee" ? " You are invited to the items below only." : ""}
              </Text>
              {hasRedList && (
                <Text>
                  <RouteLink to={{ view: "red-list", meetingId: meeting.id }}>
                    Red list: the young people the tracker listed, by name
                  </RouteLink>
                </Text>
              )}
              <ErrorBanner error={paperError} />
              <AgendaView
                items={agenda.items}
                onOpenPaper={(paper) => {
                  setPaperError(null);
                  openPaper(convenor, paper).catch(setPaperError);
                }}
              />
            </Section>
            <MeetingActions meetingId={meeting.id} />
            <AgendaManagement detail={view} onDetailChange={replace} />
            <Section title="Papers" id="meeting-papers">
              {papers.length === 0 ? (
                <Text>No papers yet.</Text>
              ) : (
                <PaperList caption="Papers" papers={papers} />
              )}
            </Section>
          </Page>
        );
      }}
    </LoadState>
  );
}
