import type { ReactNode } from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ActionView } from "@convenor/shared";
import { dateLabel } from "../labels.js";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Actions with owner and due date; overdue ones flagged; Mark done where the viewer may. */
export function ActionList(props: {
  label: string;
  actions: ActionView[];
  onDone?: (action: ActionView) => void;
}): ReactNode {
  const styles = useStyles();
  if (props.actions.length === 0) return <Text block>No actions.</Text>;
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.actions.map((action) => (
        <li key={action.id} className={styles.item}>
          <Text>
            {action.description} ({action.ownerName}, due {dateLabel(action.dueOn)}
            {action.reference ? `, ${action.reference}` : ""})
          </Text>
          {action.done ? (
            <Badge color="success">Done</Badge>
          ) : action.overdue ? (
            <Badge color="danger">Overdue</Badge>
          ) : null}
          {!action.done && props.onDone && (
            <Button size="small" onClick={() => props.onDone?.(action)}>
              Mark done: {action.description}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
