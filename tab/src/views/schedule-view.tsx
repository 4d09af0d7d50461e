import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { overrideReasonMaxLength, type SlotSuggestions, type SuggestedSlot } from "@convenor/shared";
import {
  DeadlineList,
  ErrorBanner,
  FreeBusyGrid,
  PanelPicker,
  SlotList,
  slotBreaches,
  type SlotsQuery,
} from "@convenor/ui";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { dateTimeLabel } from "../labels.js";
import { routeHref } from "../routing/routes.js";
import { panelsIManage, useTab } from "../tab-context.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end" },
  picker: { maxWidth: "32rem" },
});

/** The slots compared side by side in the free/busy grid. */
const gridSlots = 5;

interface SearchWindow {
  from: string;
  to: string;
  durationMinutes: string;
}

/** Scheduling from Teams: the panel's best slots, each member's availability, then a meeting with a Teams link. */
export default function ScheduleView(props: { panelId: string | null }): ReactNode {
  const { me } = useTab();
  const styles = useStyles();
  const panels = panelsIManage(me);
  const panelId = props.panelId ?? panels[0]?.panelId ?? null;
  const [draft, setDraft] = useState<SearchWindow>({ from: "", to: "", durationMinutes: "" });
  const [search, setSearch] = useState<SearchWindow>(draft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft);
  };

  return (
    <Page title="Schedule a meeting">
      {panels.length === 0 || !panelId ? (
        <Text>Only a panel's chair or coordinator schedules its meetings.</Text>
      ) : (
        <>
          <div className={styles.picker}>
            <PanelPicker
              panels={panels.map((panel) => ({ id: panel.panelId, name: panel.panelName }))}
              value={panelId}
              onChange={(id) => (window.location.hash = routeHref({ view: "schedule", panelId: id }))}
            />
          </div>
          <form className={styles.form} onSubmit={submit} aria-label="When to look">
            <Field label="From" hint="Default: today">
              <Input
                type="date"
                value={draft.from}
                onChange={(_e, d) => setDraft({ ...draft, from: d.value })}
              />
            </Field>
            <Field label="To" hint="Default: 8 weeks on">
              <Input type="date" value={draft.to} onChange={(_e, d) => setDraft({ ...draft, to: d.value })} />
            </Field>
            <Field label="Length in minutes" hint="Default: the panel's">
              <Input
                type="number"
                min={15}
                max={480}
                step={15}
                value={draft.durationMinutes}
                onChange={(_e, d) => setDraft({ ...draft, durationMinutes: d.value })}
              />
            </Field>
            <Button type="submit" appearance="primary">
              Find times
            </Button>
          </form>
          <Slots key={`${panelId}|${JSON.stringify(search)}`} panelId={panelId} search={search} />
        </>
      )}
    </Page>
  );
}

function Slots(props: { panelId: string; search: SearchWindow }): ReactNode {
  const { convenor } = useTab();
  const { from, to, durationMinutes } = props.search;
  const query: SlotsQuery = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(durationMinutes ? { durationMinutes: Number(durationMinutes) } : {}),
  };
  const suggestions = useLoad(
    () => convenor.slots(props.panelId, query),
    `${props.panelId}|${from}|${to}|${durationMinutes}`,
  );
  const [chosen, setChosen] = useState<SuggestedSlot | null>(null);
  return (
    <LoadState state={suggestions} what="the suggested times">
      {(value) => (
        <>
          <Section title="Suggested times" id="schedule-slots">
            <Text>
              The {value.slots.length} best of {value.candidates} times from {value.from} to {value.to},{" "}
              {value.durationMinutes} minutes, UK time. Members in other organisations show as unknown:
              Convenor cannot see their calendars.
            </Text>
            <FreeBusyGrid
              members={value.members}
              slots={value.slots.slice(0, gridSlots)}
              caption={`Who is free at the ${Math.min(gridSlots, value.slots.length)} best times`}
            />
            <SlotList slots={value.slots} onPick={setChosen} pickLabel="Choose" />
          </Section>
          {chosen && (
            <ChosenSlot key={chosen.startsAt} suggestions={value} slot={chosen} panelId={props.panelId} />
          )}
        </>
      )}
    </LoadState>
  );
}

function ChosenSlot(props: {
  suggestions: SlotSuggestions;
  slot: SuggestedSlot;
  panelId: string;
}): ReactNode {
  const { convenor } = useTab();
  const { slot } = props;
  // One key per chosen slot: a double click or a retry after a lost answer schedules one meeting.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const breaches = slotBreaches(slot);

  const schedule = () => {
    setBusy(true);
    setError(null);
    convenor
      .scheduleMeeting({
        panelId: props.panelId,
        idempotencyKey,
        startsAt: slot.startsAt,
        durationMinutes: props.suggestions.durationMinutes,
        eventBy: "convenor",
        ...(breaches.length ? { overrideReason: reason.trim() } : {}),
      })
      .then(
        (scheduled) => {
          window.location.hash = routeHref({ view: "meeting", meetingId: scheduled.meeting.id });
        },
        (e: unknown) => {
          setBusy(false);
          setError(e);
        },
      );
  };

  return (
    <Section title={`Chosen: ${dateTimeLabel(slot.startsAt)}`} id="schedule-chosen" focus>
      <FreeBusyGrid members={props.suggestions.members} slots={[slot]} caption="Who can come" />
      <DeadlineList deadlines={slot.deadlines} label="Deadlines this date sets" />
      {breaches.length > 0 && (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>
              At this time: {breaches.join("; ")}. Give a reason to schedule it anyway: it is recorded.
            </MessageBarBody>
          </MessageBar>
          <Field label="Reason" required>
            <Textarea
              value={reason}
              maxLength={overrideReasonMaxLength}
              onChange={(_e, d) => setReason(d.value)}
            />
          </Field>
        </>
      )}
      <ErrorBanner error={error} />
      <div>
        <Button
          appearance="primary"
          disabled={busy || (breaches.length > 0 && reason.trim() === "")}
          onClick={schedule}
        >
          {busy ? "Scheduling…" : "Schedule the meeting with a Teams link"}
        </Button>
      </div>
    </Section>
  );
}
