import { useId, useState, type FormEvent } from "react";
import { Button, Input, Label, Text, makeStyles, tokens } from "@fluentui/react-components";
import { maxSlotMinutes, type AgendaItemView } from "@convenor/shared";
import { parseSlotMinutes } from "./agenda-messages.js";
import { VisuallyHidden } from "./visually-hidden.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { width: "6rem" },
  problem: { color: tokens.colorPaletteRedForeground1, flexBasis: "100%" },
});

/** An item's time slot in minutes (empty for none), saved with its button or Enter. */
export function SlotForm(props: {
  item: AgendaItemView;
  busy: boolean;
  onSave: (minutes: number | null) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const [draft, setDraft] = useState(props.item.slotMinutes?.toString() ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSlotMinutes(draft);
    if ("problem" in parsed) return setProblem(parsed.problem);
    setProblem(null);
    if (parsed.minutes !== props.item.slotMinutes) props.onSave(parsed.minutes);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Label htmlFor={id} size="small">
        Time slot (minutes)<VisuallyHidden> for {props.item.title}</VisuallyHidden>
      </Label>
      <Input
        id={id}
        className={styles.input}
        size="small"
        type="number"
        inputMode="numeric"
        min={0}
        max={maxSlotMinutes}
        step={1}
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(_, data) => setDraft(data.value)}
      />
      <Button type="submit" size="small" disabledFocusable={props.busy}>
        Set slot<VisuallyHidden> for {props.item.title}</VisuallyHidden>
      </Button>
      {problem && (
        <Text id={`${id}-problem`} role="alert" size={200} className={styles.problem}>
          {problem}
        </Text>
      )}
    </form>
  );
}
