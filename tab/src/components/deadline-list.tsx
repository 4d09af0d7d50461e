import type { ReactNode } from "react";
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { DeadlineState, MeetingDeadlineView } from "@convenor/shared";
import { dayLabel } from "../labels.js";

const states: Record<
  DeadlineState,
  { label: string; color: "informative" | "success" | "danger" | "subtle" }
> = {
  due: { label: "Due", color: "informative" },
  met: { label: "Met", color: "success" },
  late: { label: "Late", color: "danger" },
  passed: { label: "Passed", color: "subtle" },
};

/** A meeting's deadlines in date order, each with its state. */
export function DeadlineList(props: { deadlines: MeetingDeadlineView[] }): ReactNode {
  const deadlines = [...props.deadlines].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Table aria-label="Deadlines" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Deadline</TableHeaderCell>
          <TableHeaderCell scope="col">Date</TableHeaderCell>
          <TableHeaderCell scope="col">State</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deadlines.map((deadline) => (
          <TableRow key={`${deadline.kind}-${deadline.date}`}>
            <TableCell>{deadline.label}</TableCell>
            <TableCell>{dayLabel(deadline.date)}</TableCell>
            <TableCell>
              <Badge appearance="tint" color={states[deadline.state].color}>
                {states[deadline.state].label}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
