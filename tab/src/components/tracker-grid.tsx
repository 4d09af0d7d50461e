import { memo, useEffect, useId, useState, type ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  monthLabel,
  ragAreas,
  type Rag,
  type RagArea,
  type TrackerGridCell,
  type TrackerGridRow,
} from "@convenor/shared";
import { ragAreaLabel, ragLabel, ragLetter } from "../labels.js";
import { listingRatings } from "./tracker-filter.js";

/** Rows rendered at once, then added a batch at a time after each paint: 600 young people open as fast as 40. */
const firstRows = 40;
const rowsPerBatch = 100;

// Plain elements and one class set: 600 rows x 12 months x 5 areas is 36,000 chips.
const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    whiteSpace: "nowrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: 0, zIndex: 3 },
  person: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    minWidth: "10rem",
    maxWidth: "14rem",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  listedPerson: { boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorPaletteRedBorder2}` },
  listed: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    width: "fit-content",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightRegular,
  },
  worker: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    minWidth: "9rem",
  },
  team: { display: "block", color: tokens.colorNeutralForeground3 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "top",
    whiteSpace: "nowrap",
  },
  notEligible: { backgroundColor: tokens.colorNeutralBackground4 },
  chips: { display: "flex", gap: "2px" },
  chip: {
    display: "inline-block",
    width: "1rem",
    textAlign: "center",
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  red: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1 },
  green: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  unrated: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  listing: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: "1px",
  },
  note: { display: "block", color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

type Styles = ReturnType<typeof useStyles>;

/**
 * The tracker as a table: a row per young person (name, worker and team, and whether the two-reds rule listed
 * them), a column per month, and in each cell the areas as lettered chips, each named for screen readers
 * ("Health: amber"). The ratings that listed someone are outlined. Rows after the first screen are added after
 * it paints.
 */
export function TrackerGrid(props: {
  months: string[];
  rows: TrackerGridRow[];
  /** Only this area's chip in each month; every area when null. */
  area: RagArea | null;
  caption: string;
}): ReactNode {
  const styles = useStyles();
  const captionId = useId();
  const shown = useProgressiveCount(props.rows.length, props.rows);
  const areas = props.area ? [props.area] : ragAreas;
  return (
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table
        className={styles.table}
        aria-busy={shown < props.rows.length}
        data-rows-shown={shown}
        data-testid="tracker-grid"
      >
        <caption id={captionId} className={styles.caption}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.head, styles.person, styles.corner)}>
              Young person
            </th>
            <th scope="col" className={styles.head}>
              Worker and team
            </th>
            {props.months.map((month) => (
              <th key={month} scope="col" className={styles.head}>
                {monthLabel(month)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.slice(0, shown).map((row) => (
            <TrackerRow key={row.childId} row={row} areas={areas} styles={styles} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const TrackerRow = memo(function TrackerRow(props: {
  row: TrackerGridRow;
  areas: readonly RagArea[];
  styles: Styles;
}): ReactNode {
  const { row, areas, styles } = props;
  const listing = row.due.length > 0 ? listingRatings(row) : null;
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.person, listing !== null && styles.listedPerson)}>
        {row.displayName}
        {listing && <span className={styles.listed}>{listedText(row)}</span>}
      </th>
      <td className={styles.worker}>
        {row.worker.name}
        <span className={styles.team}>{row.team}</span>
      </td>
      {row.months.map((cell) => (
        <MonthCell key={cell.month} cell={cell} areas={areas} listing={listing} styles={styles} />
      ))}
    </tr>
  );
});

function MonthCell(props: {
  cell: TrackerGridCell;
  areas: readonly RagArea[];
  listing: Set<string> | null;
  styles: Styles;
}): ReactNode {
  const { cell, areas, listing, styles } = props;
  const rated = cell.areas;
  const className = mergeClasses(styles.cell, !cell.eligible && styles.notEligible);
  if (!rated) {
    return (
      <td className={className}>
        <span className={styles.note}>{cell.eligible ? "Not rated" : "Not eligible"}</span>
      </td>
    );
  }
  return (
    <td className={className}>
      <span className={styles.chips}>
        {areas.map((area) => (
          <Chip
            key={area}
            area={area}
            rag={rated[area]}
            listing={listing?.has(`${cell.month}|${area}`) ?? false}
            styles={styles}
          />
        ))}
      </span>
      {!cell.complete && <span className={styles.note}>Part-saved</span>}
      {!cell.eligible && <span className={styles.note}>Not eligible</span>}
    </td>
  );
}

function Chip(props: { area: RagArea; rag: Rag | null; listing: boolean; styles: Styles }): ReactNode {
  const { area, rag, listing, styles } = props;
  const name = `${ragAreaLabel[area].full}: ${rag ? ragLabel[rag] : "not rated"}${listing ? ", listed" : ""}`;
  return (
    <span
      role="img"
      aria-label={name}
      title={name}
      className={mergeClasses(styles.chip, rag ? styles[rag] : styles.unrated, listing && styles.listing)}
    >
      {rag ? ragLetter[rag] : "–"}
    </span>
  );
}

/** "Listed for panel: Apr 2026 (Health, Youth justice)". */
function listedText(row: TrackerGridRow): string {
  const listings = row.due.map(
    (due) => `${monthLabel(due.month)} (${due.areas.map((area) => ragAreaLabel[area].full).join(", ")})`,
  );
  return `Listed for panel: ${listings.join("; ")}`;
}

/** How many of `count` rows to render: the first screen at once, then a batch after each paint. */
function useProgressiveCount(count: number, resetWhen: unknown): number {
  const [state, setState] = useState({ resetWhen, shown: firstRows });
  const stale = state.resetWhen !== resetWhen;
  if (stale) setState({ resetWhen, shown: firstRows });
  const shown = Math.min(stale ? firstRows : state.shown, count);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() =>
      setState((current) => ({ ...current, shown: current.shown + rowsPerBatch })),
    );
    return () => clearTimeout(timer);
  }, [shown, count]);
  return shown;
}
