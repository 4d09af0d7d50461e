import type { ReactNode } from "react";
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { TextReportTable } from "@convenor/shared";
import { TableCaption } from "./table-caption.js";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  cell: { verticalAlign: "top", minWidth: "10rem", whiteSpace: "pre-wrap" },
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * A report's table of text (the strategic review): a heading over each group of columns (scope "colgroup"),
 * then the columns; a cell with nothing written reads "Nothing recorded".
 */
export function ReportTextTableView(props: { table: TextReportTable }): ReactNode {
  const styles = useStyles();
  const { table } = props;
  return (
    <div className={styles.wrap}>
      <Table size="small">
        <TableCaption>{table.title}</TableCaption>
        <TableHeader>
          <TableRow>
            {table.columnGroups.map((group, g) => (
              <TableHeaderCell key={g} scope="colgroup" colSpan={group.span} className={styles.group}>
                {group.label}
              </TableHeaderCell>
            ))}
          </TableRow>
          <TableRow>
            {table.columns.map((column, c) => (
              <TableHeaderCell key={c} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, r) => (
            <TableRow key={r}>
              {row.cells.map((cell, c) => (
                <TableCell key={c} className={styles.cell}>
                  {cell.trim() || "Nothing recorded"}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
