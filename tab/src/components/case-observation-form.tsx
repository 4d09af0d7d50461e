import { useState, type ReactNode } from "react";
import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { minuteLimits, type CaseObservationView } from "@convenor/shared";
import { formatDay } from "@convenor/ui";
import { Section } from "./page.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "48rem" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * What was said about one child's plan (000 5): recorded on the child's record, for the chair and coordinators
 * only, never in the minute. Listing them is a read of case detail, so it happens only when asked (audited).
 */
export function CaseObservationForm(props: {
  caseItems: { agendaItemId: string; position: number; reference: string }[];
  observations: CaseObservationView[] | null;
  busy: boolean;
  onRecord: (agendaItemId: string, text: string, done: () => void) => void;
  onShow: () => void;
}): ReactNode {
  const styles = useStyles();
  const [itemId, setItemId] = useState(props.caseItems[0]?.agendaItemId ?? "");
  const [text, setText] = useState("");
  if (props.caseItems.length === 0) {
    return (
      <Section title="Case observations" id="case-observations">
        <Text>This meeting had no case items.</Text>
      </Section>
    );
  }
  return (
    <Section title="Case observations" id="case-observations">
      <Text>
        Restricted: kept on the child&apos;s record and filed to the panel&apos;s restricted library, never in
        the minute.
      </Text>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          props.onRecord(itemId, text, () => setText(""));
        }}
      >
        <Field label="Case item">
          <Select value={itemId} onChange={(_e, d) => setItemId(d.value)}>
            {props.caseItems.map((item) => (
              <option key={item.agendaItemId} value={item.agendaItemId}>
                {`Item ${item.position}: ${item.reference}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Observation" hint={`At most ${minuteLimits.observation} characters.`} required>
          <Textarea value={text} rows={4} onChange={(_e, d) => setText(d.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={props.busy}>
            Record the observation
          </Button>
        </div>
      </form>
      {props.observations === null ? (
        <div>
          <Button onClick={props.onShow}>Show this meeting&apos;s observations</Button>
        </div>
      ) : props.observations.length === 0 ? (
        <Text>No observation recorded yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Observations recorded">
          {props.observations.map((o) => (
            <li key={o.id}>
              <Text>
                <strong>{o.caseReference}</strong> ({o.recordedByName}, {formatDay(o.recordedAt)}
                {o.filedUrl ? ", filed" : ""}): {o.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
