import { memo, useEffect, useId, useMemo, useState, type ReactNode } from "react";
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

/**
 * Rows rendered at once (more than a screen holds), then five times as many after each paint: 600 young
 * people open as fast as 30, and the table is laid out again only three times on the way to all of them.
 */
export const firstRows = 30;
const growth = 5;

/** Fixed column widths: the browser lays the table out from them, without measuring 36,000 chips. */
const widths = { person: 13, worker: 11, allAreas: 6.75, oneArea: 5.5 };

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
    tableLayout: "fixed",
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
  },
  team: { display: "block", color: tokens.colorNeutralForeground3 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "top",
    whiteSpace: "nowrap",
    overflow: "hidden",
  },
  notEligible: { backgroundColor: tokens.colorNeutralBackground4 },
  chips: { display: "block" },
  // Inline, not inline-block: a chip is then no layout box of its own, and 36,000 of them lay out quickly.
  chip: {
    marginRight: "2px",
    padding: "1px 3px",
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
  const classes = useGridClasses();
  const styles = classes.styles;
  const captionId = useId();
  const shown = useProgressiveCount(props.rows.length, props.rows);
  const areas = useMemo(() => (props.area ? [props.area] : ragAreas), [props.area]);
  const monthWidth = props.area ? widths.oneArea : widths.allAreas;
  const tableWidth = widths.person + widths.worker + monthWidth * props.months.length;
  return (
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table
        className={styles.table}
        style={{ width: `${tableWidth}rem` }}
        aria-busy={shown < props.rows.length}
        data-rows-shown={shown}
        data-testid="tracker-grid"
      >
        <caption id={captionId} className={styles.caption}>
          {props.caption}
        </caption>
        <colgroup>
          <col style={{ width: `${widths.person}rem` }} />
          <col style={{ width: `${widths.worker}rem` }} />
          {props.months.map((month) => (
            <col key={month} style={{ width: `${monthWidth}rem` }} />
          ))}
        </colgroup>
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
            <TrackerRow key={row.childId} row={row} areas={areas} classes={classes} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Class names worked out once a render of the grid, not once a chip: merging them is not free. */
function useGridClasses() {
  const styles = useStyles();
  return useMemo(() => {
    const chip = (rag: Rag | null, listing: boolean) =>
      mergeClasses(styles.chip, rag ? styles[rag] : styles.unrated, listing && styles.listing);
    return {
      styles,
      person: styles.person,
      listedPerson: mergeClasses(styles.person, styles.listedPerson),
      cell: styles.cell,
      notEligibleCell: mergeClasses(styles.cell, styles.notEligible),
      chip: {
        red: [chip("red", false), chip("red", true)],
        amber: [chip("amber", false), chip("amber", true)],
        green: [chip("green", false), chip("green", true)],
        none: [chip(null, false), chip(null, true)],
      },
    };
  }, [styles]);
}

type GridClasses = ReturnType<typeof useGridClasses>;

const TrackerRow = memo(function TrackerRow(props: {
  row: TrackerGridRow;
  areas: readonly RagArea[];
  classes: GridClasses;
}): ReactNode {
  const { row, areas, classes } = props;
  const listing = row.due.length > 0 ? listingRatings(row) : null;
  return (
    <tr>
      <th scope="row" className={listing ? classes.listedPerson : classes.person}>
        {row.displayName}
        {listing && <span className={classes.styles.listed}>{listedText(row)}</span>}
      </th>
      <td className={classes.styles.worker}>
        {row.worker.name}
        <span className={classes.styles.team}>{row.team}</span>
      </td>
      {row.months.map((cell) => monthCell(cell, areas, listing, classes))}
    </tr>
  );
});

/** A month's cell; plain elements, no component a cell or a chip, so 36,000 chips stay cheap. */
function monthCell(
  cell: TrackerGridCell,
  areas: readonly RagArea[],
  listing: Set<string> | null,
  classes: GridClasses,
): ReactNode {
  const rated = cell.areas;
  const className = cell.eligible ? classes.cell : classes.notEligibleCell;
  const note = classes.styles.note;
  if (!rated) {
    return (
      <td key={cell.month} className={className}>
        <span className={note}>{cell.eligible ? "Not rated" : "Not eligible"}</span>
      </td>
    );
  }
  return (
    <td key={cell.month} className={className}>
      <span className={classes.styles.chips}>
        {areas.map((area) => {
          const rag = rated[area];
          const listed = listing?.has(`${cell.month}|${area}`) ?? false;
          const name = `${ragAreaLabel[area].full}: ${rag ? ragLabel[rag] : "not rated"}${listed ? ", listed" : ""}`;
          return (
            <span
              key={area}
              role="img"
              aria-label={name}
              title={name}
              className={classes.chip[rag ?? "none"][listed ? 1 : 0]}
            >
              {rag ? ragLetter[rag] : "–"}
            </span>
          );
        })}
      </span>
      {!cell.complete && <span className={note}>Part-saved</span>}
      {!cell.eligible && <span className={note}>Not eligible</span>}
    </td>
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
    // After the next frame is painted, so the rows already rendered show before more are built.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setState((current) => ({ ...current, shown: current.shown * growth })));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, count]);
  return shown;
}
