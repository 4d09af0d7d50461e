import type { ReactNode } from "react";
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { monthLabel, type TrackerCompletion } from "@convenor/shared";
import { LoadState } from "./load-state.js";
import { Section } from "./page.js";
import { useLoad } from "./use-load.js";
import { useTab } from "../tab-context.js";
import { TableCaption } from "./table-caption.js";

const useStyles = makeStyles({
  table: { maxWidth: "60rem", tableLayout: "auto" },
  count: { fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * For the chair and coordinator: how far each social worker has rated a month's young people
 * (`GET /api/panels/{id}/tracker/completion`). Counts and workers only.
 */
export function TrackerCompletionSection(props: {
  panelId: string;
  /** YYYY-MM: the month open for rating, or the last month of the grid picked. */
  month: string;
  openMonth: string;
  /** Changes after an import, which may have rated the month. */
  reloads: number;
}): ReactNode {
  const { convenor } = useTab();
  const completion = useLoad(
    () => convenor.trackerCompletion(props.panelId, props.month),
    `${props.panelId}/${props.month}/${props.reloads}`,
  );
  const title =
    props.month === props.openMonth ? "This month's ratings" : `Ratings for ${monthLabel(props.month)}`;
  return (
    <Section title={title} id="tracker-completion">
      <LoadState state={completion} what="the month's ratings">
        {(value) => <CompletionTable completion={value} />}
      </LoadState>
    </Section>
  );
}

function CompletionTable(props: { completion: TrackerCompletion }): ReactNode {
  const styles = useStyles();
  const { workers, totals, month } = props.completion;
  if (workers.length === 0) {
    return <Text>No young person on the tracker is due a rating for {monthLabel(month)}.</Text>;
  }
  return (
    <>
      <Text>
        {`${totals.complete} of ${totals.youngPeople} young people submitted for ${monthLabel(month)}; ${totals.partSaved} part-saved, ${totals.notStarted} not started.`}
      </Text>
      <Table size="small" className={styles.table}>
        <TableCaption>Ratings for {monthLabel(month)} by social worker</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Social worker</TableHeaderCell>
            <TableHeaderCell scope="col">Team</TableHeaderCell>
            <TableHeaderCell scope="col">Young people</TableHeaderCell>
            <TableHeaderCell scope="col">Submitted</TableHeaderCell>
            <TableHeaderCell scope="col">Part-saved</TableHeaderCell>
            <TableHeaderCell scope="col">Not started</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {workers.map((worker) => (
            <TableRow key={worker.workerId}>
              <TableHeaderCell scope="row">{worker.workerName}</TableHeaderCell>
              <TableCell>{worker.teams.join("; ")}</TableCell>
              <TableCell className={styles.count}>{worker.youngPeople}</TableCell>
              <TableCell className={styles.count}>{worker.complete}</TableCell>
              <TableCell className={styles.count}>{worker.partSaved}</TableCell>
              <TableCell className={styles.count}>{worker.notStarted}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableHeaderCell scope="row" className={styles.total}>
              Total
            </TableHeaderCell>
            <TableCell />
            <TableCell className={styles.count}>{totals.youngPeople}</TableCell>
            <TableCell className={styles.count}>{totals.complete}</TableCell>
            <TableCell className={styles.count}>{totals.partSaved}</TableCell>
            <TableCell className={styles.count}>{totals.notStarted}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
}
