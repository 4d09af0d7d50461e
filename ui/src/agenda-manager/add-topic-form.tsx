import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { maxAgendaTitleLength } from "@convenor/shared";
import { parseTopicTitle } from "./agenda-messages.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  field: { flexGrow: 1, maxWidth: "32rem" },
});

/** Adds a topic item; the field empties once it is on the agenda. */
export function AddTopicForm(props: { busy: boolean; onAdd: (title: string) => Promise<boolean> }) {
  const styles = useStyles();
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTopicTitle(draft);
    if ("problem" in parsed) return setProblem(parsed.problem);
    setProblem(null);
    void props.onAdd(parsed.title).then((added) => {
      if (added) setDraft("");
    });
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field
        className={styles.field}
        label="Topic"
        hint="A subject for discussion: never a child's name or details."
        validationMessage={problem}
      >
        <Input value={draft} maxLength={maxAgendaTitleLength} onChange={(_, data) => setDraft(data.value)} />
      </Field>
      <Button type="submit" disabledFocusable={props.busy}>
        Add topic
      </Button>
    </form>
  );
}
