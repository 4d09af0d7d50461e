import type { ReactNode } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { AgendaItemSource, AgendaView } from "@convenor/shared";

const sources: Record<AgendaItemSource, string> = {
  standing: "Standing item",
  referral: "Referral",
  review: "Review",
  deferred: "Deferred",
  retrospective: "Urgent decision, for retrospective consideration",
  "red-list": "Red list",
};

/** The agenda in order: each item's title (a case reference, never a child's name), time, presenter and papers. */
export function AgendaTable(props: { agenda: AgendaView }): ReactNode {
  return (
    <Table aria-label="Agenda" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Item</TableHeaderCell>
          <TableHeaderCell scope="col">Title</TableHeaderCell>
          <TableHeaderCell scope="col">Kind</TableHeaderCell>
          <TableHeaderCell scope="col">Time</TableHeaderCell>
          <TableHeaderCell scope="col">Presenter</TableHeaderCell>
          <TableHeaderCell scope="col">Papers</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.agenda.items.map((item, index) => (
          <TableRow key={item.id}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>{item.title}</TableCell>
            <TableCell>{sources[item.source]}</TableCell>
            <TableCell>{item.slotMinutes ? `${item.slotMinutes} min` : "—"}</TableCell>
            <TableCell>{item.presenter?.displayName ?? "—"}</TableCell>
            <TableCell>{item.papers.length || "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
