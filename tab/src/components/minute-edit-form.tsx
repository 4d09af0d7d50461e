import { useState, type ReactNode } from "react";
import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { minuteLimits, type MinuteVersion } from "@convenor/shared";
import { Section } from "./page.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "48rem" },
});

export interface MinuteEdit {
  generalBusiness: string;
  itemNotes: { agendaItemId: string; notes: string }[];
}

/**
 * The chair's or coordinator's edit: general business and notes on non-case items. A case item has no notes:
 * what was said about a child's plan is a case observation (000 5). Editing an agreed version makes the next.
 */
export function MinuteEditForm(props: {
  minute: MinuteVersion;
  busy: boolean;
  onSave: (edit: MinuteEdit) => void;
}): ReactNode {
  const styles = useStyles();
  const { content } = props.minute;
  const [generalBusiness, setGeneralBusiness] = useState(content.generalBusiness);
  const [notes, setNotes] = useState<Record<string, string>>(
    Object.fromEntries(content.items.map((item) => [item.agendaItemId, item.notes])),
  );
  const topics = content.items.filter((item) => !item.caseItem);
  const save = () =>
    props.onSave({
      generalBusiness,
      itemNotes: topics.map((item) => ({
        agendaItemId: item.agendaItemId,
        notes: notes[item.agendaItemId] ?? "",
      })),
    });
  return (
    <Section title="Edit the minute" id="minute-edit">
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {topics.map((item) => (
          <Field key={item.agendaItemId} label={`Notes on item ${item.position}: ${item.title}`}>
            <Textarea
              value={notes[item.agendaItemId] ?? ""}
              maxLength={minuteLimits.itemNotes}
              onChange={(_event, data) => setNotes({ ...notes, [item.agendaItemId]: data.value })}
            />
          </Field>
        ))}
        <Field label="General business" hint={`At most ${minuteLimits.generalBusiness} characters.`}>
          <Textarea
            value={generalBusiness}
            resize="vertical"
            rows={5}
            onChange={(_event, data) => setGeneralBusiness(data.value)}
          />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={props.busy}>
            {props.minute.status === "agreed" ? "Save as a new version" : "Save the minute"}
          </Button>
        </div>
      </form>
    </Section>
  );
}
