import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(12rem, 1fr) 2fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** Label and value pairs as a description list. */
export function Facts(props: { label: string; facts: [string, ReactNode][] }): ReactNode {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={props.label}>
      {props.facts.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
