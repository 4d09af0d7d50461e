import { useState, type ReactNode } from "react";
import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { AgendaItemView, MeetingSummaryView, PaperView } from "@convenor/shared";
import { dateTimeLabel } from "../labels.js";
import { useTab } from "../tab-context.js";
import { openPaper } from "./open-paper.js";
import { failureMessage } from "./use-load.js";

export interface ListedPaper {
  paper: PaperView;
  item: AgendaItemView;
  meeting?: MeetingSummaryView;
}

/** Papers with where they belong; "Open" goes through Convenor, which records the read, then to SharePoint. */
export function PaperList(props: { caption: string; papers: ListedPaper[] }): ReactNode {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  return (
    <Table aria-label={props.caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Paper</TableHeaderCell>
          <TableHeaderCell scope="col">Agenda item</TableHeaderCell>
          {props.papers.some((p) => p.meeting) && <TableHeaderCell scope="col">Meeting</TableHeaderCell>}
          <TableHeaderCell scope="col">Arrived</TableHeaderCell>
          <TableHeaderCell scope="col">Read by you</TableHeaderCell>
          <TableHeaderCell scope="col">Open</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.papers.map(({ paper, item, meeting }) => (
          <TableRow key={paper.id}>
            <TableCell>{paper.name}</TableCell>
            <TableCell>{item.title}</TableCell>
            {props.papers.some((p) => p.meeting) && (
              <TableCell>
                {meeting ? `${meeting.panelName}, ${dateTimeLabel(meeting.startsAt)}` : ""}
              </TableCell>
            )}
            <TableCell>
              {paper.uploadedAt ? dateTimeLabel(paper.uploadedAt) : "With the referral"}{" "}
              {paper.late && (
                <Badge color="warning" appearance="tint">
                  Late
                </Badge>
              )}
            </TableCell>
            <TableCell>{paper.readByMe || opened.has(paper.id) ? "Yes" : "Not yet"}</TableCell>
            <TableCell>
              <OpenPaper paper={paper} onOpened={() => setOpened((ids) => new Set(ids).add(paper.id))} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function OpenPaper(props: { paper: PaperView; onOpened: () => void }): ReactNode {
  const { convenor } = useTab();
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    setError(null);
    openPaper(convenor, props.paper).then(props.onOpened, (e: unknown) => setError(failureMessage(e)));
  };
  return (
    <>
      <Button size="small" onClick={open} aria-label={`Open ${props.paper.name}`}>
        Open
      </Button>
      {error && (
        <Text role="alert" size={200}>
          {error}
        </Text>
      )}
    </>
  );
}
