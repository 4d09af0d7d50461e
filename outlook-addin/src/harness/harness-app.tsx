import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { AppointmentStore, blankAppointment, type HarnessAppointment } from "./appointment-store.js";
import { createFakeOffice, type HarnessMailbox } from "./fake-office.js";
import { saveToSandbox, type SavedEvent } from "./harness-events.js";

interface Persona extends HarnessMailbox {
  id: string;
  jobTitle: string;
}

declare global {
  interface Window {
    /** Read by the task pane's frame as its `Office` global (see public/harness/office-bridge.js). */
    convenorHarnessOffice?: unknown;
  }
}

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(22rem, 1fr) 26rem",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
  },
  form: { display: "grid", gap: tokens.spacingVerticalS, alignContent: "start" },
  pane: { width: "100%", height: "calc(100vh - 6rem)", border: `1px solid ${tokens.colorNeutralStroke1}` },
  banner: { gridColumn: "1 / -1", margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** `datetime-local` shows local time without a zone. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => new Date(value).toISOString();
const attendeesText = (appointment: HarnessAppointment) =>
  appointment.requiredAttendees.map((a) => `${a.displayName} <${a.emailAddress}>`).join("\n");
const parseAttendees = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*)<([^>]+)>$/.exec(line);
      return match
        ? { displayName: match[1]!.trim() || match[2]!.trim(), emailAddress: match[2]!.trim() }
        : { displayName: line, emailAddress: line };
    });

/** One appointment, its mailbox, and the fake Office.js the pane's frame uses. */
function useHarness(mailbox: Persona | null) {
  return useMemo(() => {
    if (!mailbox) return null;
    const store = new AppointmentStore(blankAppointment(new Date()));
    const draftId = crypto.randomUUID();
    const save = async (send: boolean): Promise<SavedEvent> => {
      const saved = await saveToSandbox(mailbox.email, draftId, store.value, send);
      store.update({ eventId: saved.eventId });
      return saved;
    };
    window.convenorHarnessOffice = createFakeOffice(store, mailbox, {
      save: async () => (await save(false)).eventId,
    });
    return { store, save };
  }, [mailbox]);
}

/** Local mode's stand-in for Outlook: a new-appointment form beside the real Convenor task pane. */
export function HarnessApp() {
  const styles = useStyles();
  const [personas, setPersonas] = useState<Persona[]>([]);
  const [mailboxId, setMailboxId] = useState<string>("");
  const mailbox = personas.find((persona) => persona.id === mailboxId) ?? null;
  const harness = useHarness(mailbox);
  const [appointment, setAppointment] = useState<HarnessAppointment | null>(null);
  const [attendees, setAttendees] = useState("");
  const [sent, setSent] = useState<SavedEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  /** Bumped to close and reopen the pane, as a person does with the ribbon button on a saved appointment. */
  const [opened, setOpened] = useState(0);

  useEffect(() => {
    void fetch("/local-issuer/personas", { headers: { Accept: "application/json" } })
      .then((response) => response.json() as Promise<{ personas: Persona[] }>)
      .then(
        ({ personas }) => setPersonas(personas),
        () => setError("The local sign-in issuer did not answer."),
      );
  }, []);

  useEffect(() => {
    setSent(null);
    setError(null);
    if (!harness) return setAppointment(null);
    setAppointment(harness.store.value);
    setAttendees(attendeesText(harness.store.value));
    return harness.store.subscribe((next) => {
      setAppointment(next);
      setAttendees(attendeesText(next));
    });
  }, [harness]);

  async function send(): Promise<void> {
    if (!harness) return;
    setSending(true);
    setError(null);
    try {
      harness.store.update({ requiredAttendees: parseAttendees(attendees) });
      setSent(await harness.save(true));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setSending(false);
    }
  }

  const edit = (changes: Partial<HarnessAppointment>) => harness?.store.update(changes);

  return (
    <div className={styles.page}>
      <h1 className={styles.banner}>Local Outlook harness (not Outlook): new appointment</h1>
      <main className={styles.form}>
        <Field label="Signed in to Outlook as">
          <Select value={mailboxId} onChange={(_event, data) => setMailboxId(data.value)}>
            <option value="">Choose a demo person</option>
            {personas.map((persona) => (
              <option key={persona.id} value={persona.id}>
                {persona.displayName} ({persona.jobTitle})
              </option>
            ))}
          </Select>
        </Field>
        {appointment && (
          <form
            className={styles.form}
            aria-label="New appointment"
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
          >
            <Field label="Subject">
              <Input value={appointment.subject} onChange={(_event, data) => edit({ subject: data.value })} />
            </Field>
            <Field label="Start">
              <Input
                type="datetime-local"
                value={toLocalInput(appointment.start)}
                onChange={(_event, data) => data.value && edit({ start: fromLocalInput(data.value) })}
              />
            </Field>
            <Field label="End">
              <Input
                type="datetime-local"
                value={toLocalInput(appointment.end)}
                onChange={(_event, data) => data.value && edit({ end: fromLocalInput(data.value) })}
              />
            </Field>
            <Field label="Required attendees" hint="One a line: Name <address>">
              <Textarea
                value={attendees}
                rows={6}
                onChange={(_event, data) => setAttendees(data.value)}
                onBlur={() => edit({ requiredAttendees: parseAttendees(attendees) })}
              />
            </Field>
            <Field label="Body (HTML)">
              <Textarea
                value={appointment.bodyHtml}
                rows={6}
                onChange={(_event, data) => edit({ bodyHtml: data.value })}
              />
            </Field>
            <Button type="submit" appearance="primary" disabled={sending || !appointment.subject}>
              Send
            </Button>
            {appointment.eventId && !sent && <p>Saved to the calendar (not sent).</p>}
            <Button type="button" onClick={() => setOpened((count) => count + 1)}>
              Reopen Convenor
            </Button>
          </form>
        )}
        {sent && (
          <MessageBar intent="success">
            <MessageBarBody>
              Sent. Event {sent.eventId}.{" "}
              {sent.joinUrl ? (
                <a href={sent.joinUrl}>Teams meeting link</a>
              ) : (
                "This event has no Teams meeting."
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </main>
      {mailbox && harness && (
        <iframe
          key={`${mailbox.id}:${opened}`}
          className={styles.pane}
          title="Convenor task pane"
          src="taskpane.html"
        />
      )}
    </div>
  );
}
