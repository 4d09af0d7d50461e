import { makeStyles, tokens } from "@fluentui/react-components";
import type { MemberSlotStatus, SlotMember, SuggestedSlot } from "@convenor/shared";
import { formatSlot } from "../format/dates.js";
import { agencyNames } from "./agency-names.js";
import { memberStatusLabels, memberStatusMarks } from "./member-status.js";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
  },
  free: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorNeutralForeground1 },
  busy: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorNeutralForeground1 },
  tentative: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1 },
  away: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorNeutralForeground1 },
  unknown: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  agency: { color: tokens.colorNeutralForeground2, display: "block" },
});

export interface FreeBusyGridProps {
  /** The panel's members, one row each, in the order of each slot's `statuses`. */
  members: SlotMember[];
  /** The slots to compare, one column each (the first few of the ranking). */
  slots: SuggestedSlot[];
  caption?: string;
}

/**
 * Who can come to which slot: a table with a header for each slot and each member, the state in words. A
 * member whose calendar cannot be read is shown as Unknown, never as Free.
 */
export function FreeBusyGrid({ members, slots, caption = "Who is free at each slot" }: FreeBusyGridProps) {
  const styles = useStyles();
  if (slots.length === 0 || members.length === 0) return null;
  // A status the answer does not have is unknown, never free.
  const statusOf = (slot: SuggestedSlot, index: number): MemberSlotStatus =>
    slot.statuses[index] ?? "unknown";
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Member
            </th>
            {slots.map((slot) => (
              <th key={slot.startsAt} scope="col" className={styles.cell}>
                {formatSlot(slot.startsAt, slot.endsAt)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            <tr key={member.personId}>
              <th scope="row" className={styles.cell}>
                {member.displayName}
                <span className={styles.agency}>
                  {agencyNames[member.agency]}
                  {member.organisation === "external" ? ", another organisation" : ""}
                </span>
              </th>
              {slots.map((slot) => {
                const status = statusOf(slot, index);
                return (
                  <td key={slot.startsAt} className={`${styles.cell} ${styles[status]}`} data-status={status}>
                    <span aria-hidden="true">{memberStatusMarks[status]} </span>
                    {memberStatusLabels[status]}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
