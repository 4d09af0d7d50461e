import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { DeadlineState, DeadlineView } from "../api/scheduling-types.js";
import { formatDay } from "../format/dates.js";

const stateWords: Record<DeadlineState, string> = { met: "Met", due: "Due", late: "Late" };
const stateColours: Record<DeadlineState, "success" | "informative" | "danger"> = {
  met: "success",
  due: "informative",
  late: "danger",
};

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export interface DeadlineListProps {
  deadlines: DeadlineView[];
  /** Accessible name of the list. */
  label?: string;
}

/** A meeting's deadlines, in date order: what, when, and whether it is met, due or late (in words). */
export function DeadlineList({ deadlines, label = "Deadlines" }: DeadlineListProps) {
  const styles = useStyles();
  if (deadlines.length === 0) return <p>No deadlines for this meeting.</p>;
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ul className={styles.list} aria-label={label}>
      {sorted.map((deadline) => (
        <li key={deadline.kind} className={styles.row}>
          <span className={styles.label}>{deadline.label}</span>
          <time dateTime={deadline.date}>{formatDay(deadline.date)}</time>
          <Badge appearance="tint" color={stateColours[deadline.state]}>
            {stateWords[deadline.state]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
