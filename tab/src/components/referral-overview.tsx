import type { ReactNode } from "react";
import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReferralDetail } from "@convenor/shared";
import { formatDay } from "@convenor/ui";
import { dateTimeLabel, stateLabel, urgencyLabel } from "../labels.js";
import { Section } from "./page.js";
import { Facts } from "./facts.js";

/** The referral's identifying overview: only its authorised readers reach this view, and the read is audited. */
export function ReferralOverview(props: { detail: ReferralDetail }): ReactNode {
  const { referral, child, panel, referrerName } = props.detail;
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>
          This view shows a child's details to you alone, and Convenor records that you opened it. Do not copy
          them into a chat or channel.
        </MessageBarBody>
      </MessageBar>
      <Facts
        label="The referral"
        facts={[
          ["Panel", panel.name],
          ["Referrer", referrerName],
          ["State", stateLabel(referral.state)],
          ["Urgency", urgencyLabel(referral.urgency)],
          ...(child
            ? ([
                ["Child", `${child.givenName} ${child.familyName}`],
                ["Date of birth", formatDay(child.dateOfBirth)],
                ...(child.school ? [["School or establishment", child.school]] : []),
                ...(child.locality ? [["Locality", child.locality]] : []),
              ] as [string, string][])
            : []),
        ]}
      />
    </>
  );
}

/** Each step of the referral's lifecycle: when, what changed, why. */
export function ReferralHistory(props: { detail: ReferralDetail }): ReactNode {
  return (
    <Section title="History" id="history">
      <Table aria-label="History of the referral" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">When</TableHeaderCell>
            <TableHeaderCell scope="col">Became</TableHeaderCell>
            <TableHeaderCell scope="col">Reason</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.detail.referral.history.map((step, index) => (
            <TableRow key={`${step.at}-${index}`}>
              <TableCell>{dateTimeLabel(step.at)}</TableCell>
              <TableCell>{stateLabel(step.to)}</TableCell>
              <TableCell>{step.reason ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
