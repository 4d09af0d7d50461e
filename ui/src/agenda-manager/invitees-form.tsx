import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { maxInviteesPerItem, type AgendaItemView, type AgendaPersonView } from "@convenor/shared";
import { personChoice, type ChoosablePerson } from "./agenda-people.js";
import { VisuallyHidden } from "./visually-hidden.js";

const useStyles = makeStyles({
  group: { display: "grid", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  invitee: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  form: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * The people invited to this (case) item only: each with a button to remove them, and a list to invite one
 * more from, up to the API's limit. Each change replaces the item's whole invitee list.
 */
export function InviteesForm(props: {
  item: AgendaItemView;
  people: AgendaPersonView[];
  busy: boolean;
  onChange: (
    invitees: ChoosablePerson[],
    change: { added: ChoosablePerson } | { removed: ChoosablePerson },
  ) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const { item } = props;
  const invited = new Set(item.invitees.map((person) => person.id));
  const choices = props.people.filter((person) => !invited.has(person.id));
  const [chosen, setChosen] = useState("");
  const choice = choices.find((person) => person.id === chosen) ?? choices[0];
  const full = item.invitees.length >= maxInviteesPerItem;
  // A removed invitee's button leaves with them: the focus goes to the list to invite from.
  const select = useRef<HTMLSelectElement>(null);
  const focusAfterRemove = useRef(false);
  const inviteesKey = item.invitees.map((person) => person.id).join(" ");
  useEffect(() => {
    if (!focusAfterRemove.current) return;
    focusAfterRemove.current = false;
    select.current?.focus();
  }, [inviteesKey]);

  const invite = (event: FormEvent) => {
    event.preventDefault();
    if (!choice || full) return;
    props.onChange([...item.invitees, choice], { added: choice });
  };
  const remove = (person: ChoosablePerson) => {
    focusAfterRemove.current = true;
    props.onChange(
      item.invitees.filter((other) => other.id !== person.id),
      { removed: person },
    );
  };

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        Invited for this item<VisuallyHidden>: {item.title}</VisuallyHidden>
      </legend>
      {item.invitees.length === 0 ? (
        <Text size={200}>Nobody invited yet.</Text>
      ) : (
        <ul className={styles.list} aria-label={`Invited for ${item.title}`}>
          {item.invitees.map((person) => (
            <li key={person.id} className={styles.invitee}>
              <span>{person.displayName}</span>
              <Button size="small" disabledFocusable={props.busy} onClick={() => remove(person)}>
                Remove
                <VisuallyHidden>
                  {" "}
                  {person.displayName} from {item.title}
                </VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <Text size={200}>At most {maxInviteesPerItem} people can be invited to one item.</Text>
      ) : (
        choices.length > 0 && (
          <form className={styles.form} onSubmit={invite}>
            <Label htmlFor={id} size="small">
              Invite<VisuallyHidden> to {item.title}</VisuallyHidden>
            </Label>
            <Select
              id={id}
              ref={select}
              size="small"
              value={choice?.id ?? ""}
              onChange={(_, data) => setChosen(data.value)}
            >
              {choices.map((person) => (
                <option key={person.id} value={person.id}>
                  {personChoice(person)}
                </option>
              ))}
            </Select>
            <Button type="submit" size="small" disabledFocusable={props.busy}>
              Invite<VisuallyHidden> the person chosen to {item.title}</VisuallyHidden>
            </Button>
          </form>
        )
      )}
    </fieldset>
  );
}
