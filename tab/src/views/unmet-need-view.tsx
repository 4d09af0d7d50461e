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
import {
  ukLocalDate,
  type CapacityRefusalsView,
  type RecordCapacityRefusalResult,
  type UnmetNeedView as Register,
} from "@convenor/shared";
import { ApiError } from "@convenor/ui";
import { outcomesApi } from "../api/outcomes.js";
import { CapacityRefusalForm } from "../components/capacity-refusal-form.js";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { dateLabel } from "../labels.js";
import { useTab } from "../tab-context.js";
import { TableCaption } from "../components/table-caption.js";

/**
 * The panel's unmet need register (000 4c): resources agreed but not available, by case reference; and
 * third-sector capacity refusals (002 Appendix 2), which Named Persons record too and which name no child.
 */
export default function UnmetNeedView(props: { panelId: string }): ReactNode {
  const { api } = useTab();
  const register = useLoad(() => outcomesApi.unmetNeed(api, props.panelId), props.panelId);
  const refusals = useLoad(() => outcomesApi.capacityRefusals(api, props.panelId), props.panelId);
  const panelName =
    register.status === "ready"
      ? register.value.panelName
      : refusals.status === "ready"
        ? refusals.value.panelName
        : null;
  // A Named Person records refusals but does not see the register's case references.
  const registerHidden =
    register.status === "failed" &&
    refusals.status === "ready" &&
    register.error instanceof ApiError &&
    register.error.code === "NOT_FOUND";
  return (
    <Page title={panelName ? `Unmet need register: ${panelName}` : "Unmet need register"}>
      {!registerHidden && (
        <LoadState state={register} what="the unmet need register">
          {(value) => <RegisterBody register={value} />}
        </LoadState>
      )}
      <LoadState state={refusals} what="the capacity refusals">
        {(value, replace) => (
          <CapacityRefusals
            view={value}
            send={(body) => outcomesApi.recordCapacityRefusal(api, props.panelId, body)}
            onRecorded={(result) =>
              replace({
                ...value,
                refusals: [result.refusal, ...value.refusals.filter((r) => r.id !== result.refusal.id)].sort(
                  (a, b) =>
                    b.refusedOn.localeCompare(a.refusedOn) || b.recordedAt.localeCompare(a.recordedAt),
                ),
              })
            }
          />
        )}
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

function CapacityRefusals(props: {
  view: CapacityRefusalsView;
  send: Parameters<typeof CapacityRefusalForm>[0]["send"];
  onRecorded: (result: RecordCapacityRefusalResult) => void;
}): ReactNode {
  const { refusals } = props.view;
  return (
    <>
      <Section id="record-capacity-refusal" title="Record a third-sector capacity refusal">
        <Text>
          When a third-sector organisation cannot work with you to meet a child&apos;s or family&apos;s
          wellbeing needs for lack of capacity or a waiting list, record it here: it evidences unmet need in
          the locality, counted on the unmet need report.
        </Text>
        <CapacityRefusalForm
          today={ukLocalDate(new Date().toISOString())}
          send={props.send}
          onRecorded={props.onRecorded}
        />
      </Section>
      <Section id="capacity-refusals" title="Recent capacity refusals">
        {refusals.length === 0 ? (
          <Text>No capacity refusal has been recorded for this panel.</Text>
        ) : (
          <Table size="small">
            <TableCaption>{`Third-sector capacity refusals, latest ${refusals.length}`}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Date</TableHeaderCell>
                <TableHeaderCell scope="col">Organisation</TableHeaderCell>
                <TableHeaderCell scope="col">Service</TableHeaderCell>
                <TableHeaderCell scope="col">Reason</TableHeaderCell>
                <TableHeaderCell scope="col">Wait</TableHeaderCell>
                <TableHeaderCell scope="col">Locality</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {refusals.map((refusal) => (
                <TableRow key={refusal.id}>
                  <TableCell>{dateLabel(refusal.refusedOn)}</TableCell>
                  <TableCell>{refusal.organisation}</TableCell>
                  <TableCell>{refusal.service}</TableCell>
                  <TableCell>{refusal.reasonLabel}</TableCell>
                  <TableCell>
                    {refusal.waitingWeeks === null ? "" : `${refusal.waitingWeeks} weeks`}
                  </TableCell>
                  <TableCell>{refusal.locality ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </>
  );
}
