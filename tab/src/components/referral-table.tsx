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
import type { ReferralSummary } from "@convenor/shared";
import { dateTimeLabel, stateLabel, urgencyLabel } from "../labels.js";
import type { Route } from "../routing/routes.js";
import { RouteLink } from "./route-link.js";

/**
 * Referrals as a table of their non-identifying facts (reference, panel, state, what is asked, age band):
 * the child's details are only in a referral's own view.
 */
export function ReferralTable(props: {
  caption: string;
  referrals: ReferralSummary[];
  linkTo: (referral: ReferralSummary) => Route;
  showPanel?: boolean;
}): ReactNode {
  return (
    <Table aria-label={props.caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Reference</TableHeaderCell>
          {props.showPanel !== false && <TableHeaderCell scope="col">Panel</TableHeaderCell>}
          <TableHeaderCell scope="col">State</TableHeaderCell>
          <TableHeaderCell scope="col">Urgency</TableHeaderCell>
          <TableHeaderCell scope="col">Asks for</TableHeaderCell>
          <TableHeaderCell scope="col">Age band</TableHeaderCell>
          <TableHeaderCell scope="col">Last change</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.referrals.map((referral) => (
          <TableRow key={referral.id}>
            <TableCell>
              <RouteLink to={props.linkTo(referral)}>
                {referral.reference ?? "Draft (no reference yet)"}
              </RouteLink>
            </TableCell>
            {props.showPanel !== false && <TableCell>{referral.panelName}</TableCell>}
            <TableCell>{stateLabel(referral.state)}</TableCell>
            <TableCell>
              {referral.urgency === "urgent" ? (
                <Badge color="danger" appearance="tint">
                  {urgencyLabel(referral.urgency)}
                </Badge>
              ) : (
                urgencyLabel(referral.urgency)
              )}
            </TableCell>
            <TableCell>{referral.requested.join(", ") || "—"}</TableCell>
            <TableCell>
              {referral.ageBand}
              {referral.consentWithheld ? " · consent withheld or not sought" : ""}
            </TableCell>
            <TableCell>{dateTimeLabel(referral.updatedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
