import { useId, useState, type FormEvent } from "react";
import { Button, Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaItemView, MeetingSummaryView } from "@convenor/shared";
import { meetingWhen } from "./agenda-messages.js";
import { VisuallyHidden } from "./visually-hidden.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Moves an item to another planned meeting of the panel, chosen from a list (the soonest first). */
export function MoveItemForm(props: {
  item: AgendaItemView;
  targets: MeetingSummaryView[];
  busy: boolean;
  onMove: (to: MeetingSummaryView) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const [chosen, setChosen] = useState(props.targets[0]?.id ?? "");
  const target = props.targets.find((meeting) => meeting.id === chosen) ?? props.targets[0];
  if (!target) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onMove(target);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Label htmlFor={id} size="small">
        Move to meeting<VisuallyHidden> for {props.item.title}</VisuallyHidden>
      </Label>
      <Select id={id} size="small" value={target.id} onChange={(_, data) => setChosen(data.value)}>
        {props.targets.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {meetingWhen(meeting)}
          </option>
        ))}
      </Select>
      <Button type="submit" size="small" disabledFocusable={props.busy}>
        Move<VisuallyHidden> {props.item.title} to that meeting</VisuallyHidden>
      </Button>
    </form>
  );
}
