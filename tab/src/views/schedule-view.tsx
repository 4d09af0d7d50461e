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
import {
  overrideReasonMaxLength,
  type ScheduledMeetingView,
  type ScheduleMeetingBody,
  type SlotSuggestions,
  type SuggestedSlot,
} from "@convenor/shared";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { PanelPicker } from "../components/panel-picker.js";
import { SlotMembers, SlotTable } from "../components/slot-table.js";
import { failureMessage, useLoad } from "../components/use-load.js";
import { dateTimeLabel } from "../labels.js";
import { routeHref } from "../routing/routes.js";
import { panelsIManage, useTab } from "../tab-context.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end" },
});

interface Window {
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
  const [draft, setDraft] = useState<Window>({ from: "", to: "", durationMinutes: "" });
  const [search, setSearch] = useState<Window>(draft);

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
          <PanelPicker
            panels={panels}
            panelId={panelId}
            onChange={(id) => (window.location.hash = routeHref({ view: "schedule", panelId: id }))}
          />
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

function Slots(props: { panelId: string; search: Window }): ReactNode {
  const { api } = useTab();
  const { from, to, durationMinutes } = props.search;
  const suggestions = useLoad(
    () =>
      api.get<SlotSuggestions>(`/panels/${encodeURIComponent(props.panelId)}/slots`, {
        from: from || undefined,
        to: to || undefined,
        durationMinutes: durationMinutes || undefined,
      }),
    `${props.panelId}|${from}|${to}|${durationMinutes}`,
  );
  const [chosen, setChosen] = useState<SuggestedSlot | null>(null);
  return (
    <LoadState state={suggestions} what="the suggested times">
      {(value) => (
        <>
          <Section title="Suggested times" id="schedule-slots">
            <Text>
              {value.slots.length} best of {value.candidates} times from {value.from} to {value.to},{" "}
              {value.durationMinutes} minutes, UK time. Quorum: {value.quorumAgencies} agencies
              {value.requiredAgencies.length ? `, including ${value.requiredAgencies.join(", ")}` : ""}.
              Members in other organisations show as unknown: Convenor cannot see their calendars.
            </Text>
            {value.slots.length === 0 ? (
              <Text>No time in this window suits the panel. Try a longer window.</Text>
            ) : (
              <SlotTable suggestions={value} chosen={chosen} onChoose={setChosen} />
            )}
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
  const { api } = useTab();
  const { slot } = props;
  // One key per chosen slot: a double click or a retry after a lost answer schedules one meeting.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = [
    ...(slot.quorumMet ? [] : ["the quorum is not met"]),
    ...(slot.requiredAgenciesMissing.length ? [`missing ${slot.requiredAgenciesMissing.join(", ")}`] : []),
    ...(slot.deadlinesReachable ? [] : ["a deadline can no longer be met"]),
  ];

  const schedule = () => {
    setBusy(true);
    setError(null);
    const body: ScheduleMeetingBody = {
      panelId: props.panelId,
      idempotencyKey,
      startsAt: slot.startsAt,
      durationMinutes: props.suggestions.durationMinutes,
      eventBy: "convenor",
      ...(problems.length ? { overrideReason: reason.trim() } : {}),
    };
    api.post<ScheduledMeetingView>("/meetings", body).then(
      (scheduled) => {
        window.location.hash = routeHref({ view: "meeting", meetingId: scheduled.meeting.id });
      },
      (e: unknown) => {
        setBusy(false);
        setError(failureMessage(e));
      },
    );
  };

  return (
    <Section title={`Chosen: ${dateTimeLabel(slot.startsAt)}`} id="schedule-chosen" focus>
      <SlotMembers suggestions={props.suggestions} slot={slot} />
      {problems.length > 0 && (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>
              At this time {problems.join("; ")}. Give a reason to schedule it anyway: it is recorded.
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
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={busy || (problems.length > 0 && reason.trim() === "")}
          onClick={schedule}
        >
          {busy ? "Scheduling…" : "Schedule the meeting with a Teams link"}
        </Button>
      </div>
    </Section>
  );
}
