import type { ReactNode } from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { RedListView as RedList } from "@convenor/shared";
import { ApiError, formatDay } from "@convenor/ui";
import { LoadState } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { redListRows } from "../components/red-list-rows.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { useTab } from "../tab-context.js";
import { TableCaption } from "../components/table-caption.js";

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * A High Risk Panel meeting's red list (`GET /api/meetings/{id}/red-list`): the young people the tracker's
 * two-reds rule listed on it, named, for the panel's chair, coordinator and members. The panel card sent
 * before the meeting links here; the server records each view.
 */
export default function RedListView(props: { meetingId: string }): ReactNode {
  const { convenor, me } = useTab();
  const list = useLoad(() => convenor.redList(props.meetingId), props.meetingId);
  const panelName = (list: RedList) =>
    me.panels.find((panel) => panel.panelId === list.panelId)?.panelName ?? null;
  const title =
    list.status === "ready"
      ? `Red list: ${panelName(list.value) ?? "meeting"} on ${formatDay(list.value.startsAt)}`
      : "Red list for the meeting";
  const hidden = list.status === "failed" && list.error instanceof ApiError && list.error.status === 404;
  return (
    <Page title={title}>
      {hidden ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            You cannot see this red list. It names young people, so only the High Risk Panel&apos;s chair,
            coordinator and members see it; or there is no such meeting.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <LoadState state={list} what="the red list">
          {(value) => <RedListBody list={value} />}
        </LoadState>
      )}
    </Page>
  );
}

function RedListBody(props: { list: RedList }): ReactNode {
  const styles = useStyles();
  const rows = redListRows(props.list.youngPeople);
  return (
    <>
      <Text>
        These names are shared with the panel&apos;s members for the panel&apos;s purpose only: do not pass
        them on or copy them elsewhere.
      </Text>
      {rows.length === 0 ? (
        <Text>No young person is on this meeting&apos;s red list.</Text>
      ) : (
        <Table size="small">
          <TableCaption>Young people red in the same area two months running ({rows.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Young person</TableHeaderCell>
              <TableHeaderCell scope="col">Social worker</TableHeaderCell>
              <TableHeaderCell scope="col">Team</TableHeaderCell>
              <TableHeaderCell scope="col">Red in</TableHeaderCell>
              <TableHeaderCell scope="col">Months</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableHeaderCell scope="row" className={styles.name}>
                  {row.name}
                </TableHeaderCell>
                <TableCell>{row.worker}</TableCell>
                <TableCell>{row.team}</TableCell>
                <TableCell>{row.areas}</TableCell>
                <TableCell>{row.months}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Text>
        <RouteLink to={{ view: "meeting", meetingId: props.list.meetingId }}>
          The meeting&apos;s agenda and papers
        </RouteLink>
      </Text>
    </>
  );
}
