import type { ReactNode } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { MeetingSummaryView } from "@convenor/shared";
import { formatTime } from "@convenor/ui";
import { dateTimeLabel } from "../labels.js";
import { isStillToBeHeld } from "./meeting-states.js";
import { RouteLink } from "./route-link.js";

const meetingStates: Record<MeetingSummaryView["state"], string> = {
  pending: "Waiting for its calendar event",
  planned: "Planned",
  held: "Held",
  cancelled: "Cancelled",
};

/** Meetings with their date, panel and state; each links to its agenda. */
export function MeetingTable(props: {
  caption: string;
  meetings: MeetingSummaryView[];
  showPanel?: boolean;
}): ReactNode {
  return (
    <Table aria-label={props.caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">When</TableHeaderCell>
          {props.showPanel !== false && <TableHeaderCell scope="col">Panel</TableHeaderCell>}
          <TableHeaderCell scope="col">State</TableHeaderCell>
          <TableHeaderCell scope="col">Teams meeting</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.meetings.map((meeting) => (
          <TableRow key={meeting.id}>
            <TableCell>
              <RouteLink to={{ view: "meeting", meetingId: meeting.id }}>
                {dateTimeLabel(meeting.startsAt)} to {formatTime(meeting.endsAt)}
              </RouteLink>
            </TableCell>
            {props.showPanel !== false && <TableCell>{meeting.panelName}</TableCell>}
            <TableCell>{meetingStates[meeting.state]}</TableCell>
            <TableCell>
              {meeting.joinUrl ? (
                <a href={meeting.joinUrl} target="_blank" rel="noreferrer">
                  Join
                </a>
              ) : isStillToBeHeld(meeting) ? (
                "Not yet"
              ) : (
                "None"
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
