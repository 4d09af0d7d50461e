import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { DeadlineState, DeadlineView, MeetingDeadlineView } from "@convenor/shared";
import { formatDay } from "../format/dates.js";

type Shown = DeadlineState | "cannot-meet";

const stateWords: Record<Shown, string> = {
  met: "Met",
  due: "Due",
  late: "Late",
  passed: "Passed",
  "cannot-meet": "Late",
};
const stateColours: Record<Shown, "success" | "informative" | "danger" | "subtle"> = {
  met: "success",
  due: "informative",
  late: "danger",
  passed: "subtle",
  "cannot-meet": "danger",
};

/** A meeting's deadline has a state; a proposed date's deadline is due, or late when it cannot be met. */
const stateOf = (deadline: DeadlineView | MeetingDeadlineView): Shown =>
  "state" in deadline ? deadline.state : deadline.reachable ? "due" : "cannot-meet";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export interface DeadlineListProps {
  /** A meeting's deadlines (with their state) or a proposed date's (reachable or not). */
  deadlines: (DeadlineView | MeetingDeadlineView)[];
  /** Accessible name of the list. */
  label?: string;
}

/** Deadlines in date order: what, when, and whether it is met, due or late, in words. */
export function DeadlineList({ deadlines, label = "Deadlines" }: DeadlineListProps) {
  const styles = useStyles();
  if (deadlines.length === 0) return <p>No deadlines for this meeting.</p>;
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ul className={styles.list} aria-label={label}>
      {sorted.map((deadline) => {
        const state = stateOf(deadline);
        return (
          <li key={deadline.kind} className={styles.row}>
            <span className={styles.label}>{deadline.label}</span>
            <time dateTime={deadline.date}>{formatDay(deadline.date)}</time>
            <Badge appearance="tint" color={stateColours[state]}>
              {stateWords[state]}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
