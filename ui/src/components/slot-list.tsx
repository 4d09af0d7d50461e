import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { SuggestedSlot } from "@convenor/shared";
import { formatSlot } from "../format/dates.js";
import { slotBreaches } from "./slot-breaches.js";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  slot: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  meta: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface SlotListProps {
  slots: SuggestedSlot[];
  onPick: (slot: SuggestedSlot) => void;
  /** While a pick is being made: every button is disabled, so a double click cannot pick twice. */
  busy?: boolean;
  pickLabel?: string;
}

/** The ranked slots, best first, each with the reasons for its place and a button to use it. */
export function SlotList({ slots, onPick, busy, pickLabel = "Use this slot" }: SlotListProps) {
  const styles = useStyles();
  if (slots.length === 0) return <p>No slot in this window suits the panel. Try a longer window.</p>;
  return (
    <ol className={styles.list} aria-label="Suggested slots, best first">
      {slots.map((slot) => {
        const when = formatSlot(slot.startsAt, slot.endsAt);
        const breaches = slotBreaches(slot);
        return (
          <li key={slot.startsAt} className={styles.slot}>
            <h3 className={styles.heading}>
              {slot.rank}. {when}
            </h3>
            <div className={styles.meta}>
              <Badge appearance="tint" color={slot.quorumMet ? "success" : "danger"}>
                {slot.quorumMet ? "Quorum met" : "No quorum"}
              </Badge>
              <Badge appearance="tint" color={slot.deadlinesReachable ? "success" : "danger"}>
                {slot.deadlinesReachable ? "Deadlines reachable" : "A deadline cannot be met"}
              </Badge>
              {slot.closureDay && (
                <Badge appearance="tint" color="warning">
                  Closure day
                </Badge>
              )}
            </div>
            {slot.reasons.length > 0 && (
              <ul className={styles.reasons} aria-label={`Why ${when} ranks here`}>
                {slot.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
            <Button
              appearance={slot.rank === 1 ? "primary" : "secondary"}
              disabled={busy}
              aria-label={`${pickLabel}: ${when}${breaches.length > 0 ? " (needs a reason)" : ""}`}
              onClick={() => onPick(slot)}
            >
              {pickLabel}
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
