import type { ReactNode } from "react";
import { Link, Text } from "@fluentui/react-components";
import { AgendaTable } from "../components/agenda-table.js";
import { DeadlineList } from "../components/deadline-list.js";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { PaperList } from "../components/paper-list.js";
import { useLoad } from "../components/use-load.js";
import { dateTimeLabel, timeLabel } from "../labels.js";
import { useTab } from "../tab-context.js";

/** A meeting: when, its deadlines, its agenda and the papers (`GET /api/meetings/{id}`). */
export default function MeetingView(props: { meetingId: string }): ReactNode {
  const { convenor } = useTab();
  const detail = useLoad(() => convenor.meeting(props.meetingId), props.meetingId);
  return (
    <LoadState state={detail} what="the meeting">
      {({ meeting, deadlines, agenda }) => {
        const papers = agenda.items.flatMap((item) => item.papers.map((paper) => ({ paper, item })));
        return (
          <Page title={`${meeting.panelName}: ${dateTimeLabel(meeting.startsAt)}`}>
            <Text>
              {meeting.state === "cancelled" ? "Cancelled. " : ""}From {timeLabel(meeting.startsAt)} to{" "}
              {timeLabel(meeting.endsAt)}.{" "}
              {meeting.joinUrl ? (
                <Link href={meeting.joinUrl} target="_blank" rel="noreferrer">
                  Join the Teams meeting
                </Link>
              ) : (
                "No Teams meeting yet."
              )}
            </Text>
            <Section title="Deadlines" id="meeting-deadlines">
              {deadlines.length === 0 ? <Text>No deadlines.</Text> : <DeadlineList deadlines={deadlines} />}
            </Section>
            <Section title="Agenda" id="meeting-agenda">
              <Text>
                {agenda.publishedAt
                  ? `Published ${dateTimeLabel(agenda.publishedAt)}${agenda.changedSincePublished ? ", changed since" : ""}.`
                  : "Not published yet."}
                {agenda.scope === "invitee" ? " You are invited to the items below only." : ""}
              </Text>
              {agenda.items.length === 0 ? (
                <Text>The agenda has no items yet.</Text>
              ) : (
                <AgendaTable agenda={agenda} />
              )}
            </Section>
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
