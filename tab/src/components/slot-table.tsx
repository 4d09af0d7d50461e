import type { ReactNode } from "react";
import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { MemberSlotStatus, SlotSuggestions, SuggestedSlot } from "@convenor/shared";
import { dateTimeLabel, dayLabel, timeLabel } from "../labels.js";

/** The ranked slots with why each ranks where it does; "Choose" shows who can come and the deadlines. */
export function SlotTable(props: {
  suggestions: SlotSuggestions;
  chosen: SuggestedSlot | null;
  onChoose: (slot: SuggestedSlot) => void;
}): ReactNode {
  const members = props.suggestions.members.length;
  return (
    <Table aria-label="Suggested times" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" style={{ width: "4rem" }}>
            Rank
          </TableHeaderCell>
          <TableHeaderCell scope="col" style={{ width: "13rem" }}>
            When
          </TableHeaderCell>
          <TableHeaderCell scope="col" style={{ width: "5rem" }}>
            Free
          </TableHeaderCell>
          <TableHeaderCell scope="col" style={{ width: "5.5rem" }}>
            Quorum
          </TableHeaderCell>
          <TableHeaderCell scope="col" style={{ width: "8rem" }}>
            Deadlines
          </TableHeaderCell>
          <TableHeaderCell scope="col">Why</TableHeaderCell>
          <TableHeaderCell scope="col" style={{ width: "6.5rem" }}>
            Choose
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.suggestions.slots.map((slot) => {
          const when = `${dateTimeLabel(slot.startsAt)} to ${timeLabel(slot.endsAt)}`;
          return (
            <TableRow
              key={slot.startsAt}
              appearance={props.chosen?.startsAt === slot.startsAt ? "brand" : "none"}
            >
              <TableCell>{slot.rank}</TableCell>
              <TableCell>{when}</TableCell>
              <TableCell>
                {slot.freeCount} of {members}
              </TableCell>
              <TableCell>
                {slot.quorumMet && slot.requiredAgenciesMissing.length === 0 ? "Met" : "Not met"}
              </TableCell>
              <TableCell>{slot.deadlinesReachable ? "All reachable" : "Some missed"}</TableCell>
              <TableCell>{slot.reasons.join("; ")}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  onClick={() => props.onChoose(slot)}
                  aria-label={`Choose ${when}`}
                  aria-pressed={props.chosen?.startsAt === slot.startsAt}
                >
                  Choose
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

const statuses: Record<
  MemberSlotStatus,
  { label: string; color: "success" | "warning" | "danger" | "informative" | "subtle" }
> = {
  free: { label: "Free", color: "success" },
  tentative: { label: "Tentative", color: "warning" },
  busy: { label: "Busy", color: "danger" },
  away: { label: "Away", color: "danger" },
  unknown: { label: "Unknown", color: "subtle" },
};

/** Each member's state at the slot (unknown is never free) and the deadlines the date implies. */
export function SlotMembers(props: { suggestions: SlotSuggestions; slot: SuggestedSlot }): ReactNode {
  const { suggestions, slot } = props;
  return (
    <>
      <Table aria-label="Who can come" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Member</TableHeaderCell>
            <TableHeaderCell scope="col">Agency</TableHeaderCell>
            <TableHeaderCell scope="col">Organisation</TableHeaderCell>
            <TableHeaderCell scope="col">At this time</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {suggestions.members.map((member, index) => {
            const status = statuses[slot.statuses[index] ?? "unknown"];
            return (
              <TableRow key={member.personId}>
                <TableCell>{member.displayName}</TableCell>
                <TableCell>{member.agency}</TableCell>
                <TableCell>{member.organisation === "internal" ? "Ours" : "Another organisation"}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={status.color}>
                    {status.label}
                  </Badge>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Table aria-label="Deadlines this date sets" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Deadline</TableHeaderCell>
            <TableHeaderCell scope="col">Date</TableHeaderCell>
            <TableHeaderCell scope="col">Can still be met</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {slot.deadlines.map((deadline) => (
            <TableRow key={`${deadline.kind}-${deadline.date}`}>
              <TableCell>{deadline.label}</TableCell>
              <TableCell>{dayLabel(deadline.date)}</TableCell>
              <TableCell>{deadline.reachable ? "Yes" : "No"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
