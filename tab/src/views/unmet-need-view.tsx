import type { ReactNode } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { UnmetNeedView as Register } from "@convenor/shared";
import { outcomesApi } from "../api/outcomes.js";
import { LoadState } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { dateLabel } from "../labels.js";
import { useTab } from "../tab-context.js";
import { TableCaption } from "../components/table-caption.js";

/** The panel's unmet need register (000 4c): resources agreed but not available, by case reference. */
export default function UnmetNeedView(props: { panelId: string }): ReactNode {
  const { api } = useTab();
  const register = useLoad(() => outcomesApi.unmetNeed(api, props.panelId), props.panelId);
  return (
    <Page
      title={
        register.status === "ready"
          ? `Unmet need register: ${register.value.panelName}`
          : "Unmet need register"
      }
    >
      <LoadState state={register} what="the unmet need register">
        {(value) => <RegisterBody register={value} />}
      </LoadState>
    </Page>
  );
}

function RegisterBody(props: { register: Register }): ReactNode {
  const { register } = props;
  if (register.entries.length === 0) return <Text>No resource has been agreed but found unavailable.</Text>;
  return (
    <>
      <Text>{register.counts.map((c) => `${c.resourceLabel}: ${c.count}`).join("; ")}</Text>
      <Table size="small">
        <TableCaption>Resources agreed but not available ({register.entries.length})</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Resource</TableHeaderCell>
            <TableHeaderCell scope="col">Case</TableHeaderCell>
            <TableHeaderCell scope="col">Meeting</TableHeaderCell>
            <TableHeaderCell scope="col">Date</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {register.entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>{entry.resourceLabel}</TableCell>
              <TableCell>{entry.reference}</TableCell>
              <TableCell>
                <RouteLink to={{ view: "outcomes", meetingId: entry.meetingId }}>Outcomes</RouteLink>
              </TableCell>
              <TableCell>{dateLabel(entry.recordedOn)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
