import { useId, useState, type FormEvent } from "react";
import { Button, Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaItemView, AgendaPersonView } from "@convenor/shared";
import { personChoice, withNamed, type ChoosablePerson } from "./agenda-people.js";
import { VisuallyHidden } from "./visually-hidden.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** An item's presenter: none, or one of the people the chair may name, saved with its button. */
export function PresenterForm(props: {
  item: AgendaItemView;
  people: AgendaPersonView[];
  busy: boolean;
  onSave: (presenter: ChoosablePerson | null) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const current = props.item.presenter?.id ?? "";
  const [chosen, setChosen] = useState(current);
  const people = withNamed(props.people, props.item.presenter ? [props.item.presenter] : []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === current) return;
    props.onSave(people.find((person) => person.id === chosen) ?? null);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Label htmlFor={id} size="small">
        Presenter<VisuallyHidden> for {props.item.title}</VisuallyHidden>
      </Label>
      <Select id={id} size="small" value={chosen} onChange={(_, data) => setChosen(data.value)}>
        <option value="">No presenter</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {personChoice(person)}
          </option>
        ))}
      </Select>
      <Button type="submit" size="small" disabledFocusable={props.busy}>
        Set presenter<VisuallyHidden> for {props.item.title}</VisuallyHidden>
      </Button>
    </form>
  );
}
