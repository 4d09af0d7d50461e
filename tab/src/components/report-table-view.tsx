import type { ReactNode } from "react";
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ukMonthLabel, type ReportTable } from "@convenor/shared";
import { TableCaption } from "./table-caption.js";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  rowLabel: { whiteSpace: "nowrap" },
});

/** The counts of a report's table; a suppressed count reads "<5" (fewer than the threshold). */
export function ReportTableView(props: { table: ReportTable; suppressedBelow: number }): ReactNode {
  const styles = useStyles();
  const { table } = props;
  const count = (value: number | null) => (value === null ? `<${props.suppressedBelow}` : String(value));
  return (
    <div className={styles.wrap}>
      <Table size="small">
        <TableCaption>{table.title}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{table.rowHeading}</TableHeaderCell>
            {table.columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">Total</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.label}>
              <TableCell className={styles.rowLabel}>
                <strong>{ukMonthLabel(row.label)}</strong>
              </TableCell>
              {row.cells.map((cell, c) => (
                <TableCell key={table.columns[c]}>{count(cell)}</TableCell>
              ))}
              <TableCell>{count(row.total)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>Total</strong>
            </TableCell>
            {table.totals.map((cell, c) => (
              <TableCell key={table.columns[c]}>{count(cell)}</TableCell>
            ))}
            <TableCell>{count(table.grandTotal)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
