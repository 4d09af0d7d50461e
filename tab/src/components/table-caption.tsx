import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  caption: {
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A table's caption: its accessible name, read before the rows, set at the table's start. */
export function TableCaption(props: { children: ReactNode }): ReactNode {
  return <caption className={useStyles().caption}>{props.children}</caption>;
}
