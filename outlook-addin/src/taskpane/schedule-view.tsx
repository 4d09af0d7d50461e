import { Button, Field, MessageBar, MessageBarBody, Spinner, Textarea } from "@fluentui/react-components";
import type { Panel, SlotSuggestions, SuggestedSlot } from "@convenor/shared";
import {
  DeadlineList,
  ErrorBanner,
  FreeBusyGrid,
  PanelPicker,
  SlotList,
  formatDay,
  formatSlot,
  slotBreaches,
  type ConvenorApi,
} from "@convenor/ui";
import { useEffect, useRef, useState } from "react";
import type { MailboxPort } from "../mailbox/mailbox.port.js";
import { scheduleFromSlot, type Scheduled } from "../pane/schedule-from-slot.js";

/**
 * The tab's meeting page, as `agendaPath` in shared writes it (the invitation Convenor sends has the same link).
 * Not imported: shared's runtime would more than double the pane's first JavaScript.
 */
const agendaPathOf = (meetingId: string) => `/tab/#/meetings/${encodeURIComponent(meetingId)}`;

/** Columns of the free/busy grid: the best few slots, so the pane stays narrow. */
const gridSlots = 3;
const reasonMax = 500;

export interface ScheduleViewProps {
  api: ConvenorApi;
  mailbox: MailboxPort;
}

/** A new appointment: pick a panel you chair or coordinate, compare the ranked slots, use one. */
export function ScheduleView({ api, mailbox }: ScheduleViewProps) {
  const [panels, setPanels] = useState<Panel[] | null>(null);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<SlotSuggestions | null>(null);
  const [picking, setPicking] = useState(false);
  const [needsReason, setNeedsReason] = useState<SuggestedSlot | null>(null);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<Scheduled | null>(null);
  const [error, setError] = useState<unknown>(null);
  const keys = useRef(new Map<string, string>());

  useEffect(() => {
    void (async () => {
      try {
        const [me, visible] = await Promise.all([api.me(), api.panels()]);
        const schedules = new Set(
          me.panels
            .filter((panel) => panel.roles.includes("chair") || panel.roles.includes("coordinator"))
            .map((panel) => panel.panelId),
        );
        setPanels(visible.filter((panel) => schedules.has(panel.id)));
      } catch (caught) {
        setError(caught);
      }
    })();
  }, [api]);

  const panel = panels?.find((candidate) => candidate.id === panelId) ?? null;

  useEffect(() => {
    if (!panel) return;
    setSuggestions(null);
    setNeedsReason(null);
    setError(null);
    api.slots(panel.id).then(setSuggestions, setError);
  }, [api, panel]);

  async function use(slot: SuggestedSlot, overrideReason?: string): Promise<void> {
    if (!panel || !suggestions || picking) return;
    const keyOf = `${panel.id}@${slot.startsAt}`;
    const idempotencyKey = keys.current.get(keyOf) ?? crypto.randomUUID();
    keys.current.set(keyOf, idempotencyKey);
    setPicking(true);
    setError(null);
    try {
      setDone(
        await scheduleFromSlot(api, mailbox, {
          panel,
          members: suggestions.members,
          slot,
          idempotencyKey,
          ...(overrideReason ? { overrideReason } : {}),
          agendaUrl: (id) => new URL(agendaPathOf(id), location.href).toString(),
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setPicking(false);
    }
  }

  function pick(slot: SuggestedSlot): void {
    if (slotBreaches(slot).length > 0) {
      setNeedsReason(slot);
      setReason("");
    } else void use(slot);
  }

  if (done) {
    const { meeting, deadlines } = done.view;
    return (
      <section aria-labelledby="scheduled-heading">
        <h2 id="scheduled-heading">Meeting arranged</h2>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            The appointment is filled for {formatSlot(meeting.startsAt, meeting.endsAt)} and linked to
            Convenor{meeting.joinUrl ? ", with a Teams meeting" : ""}. Check it, then Send it.
          </MessageBarBody>
        </MessageBar>
        <h3>Deadlines</h3>
        <DeadlineList deadlines={deadlines} />
      </section>
    );
  }

  return (
    <>
      <ErrorBanner error={error} />
      {panels === null && !error ? (
        <Spinner label="Loading your panels…" />
      ) : (
        <PanelPicker
          label="Panel to schedule"
          panels={panels ?? []}
          value={panelId}
          onChange={setPanelId}
          disabled={picking}
        />
      )}
      {panel && suggestions === null && !error && <Spinner label="Finding slots…" />}
      {needsReason && (
        <section aria-labelledby="reason-heading">
          <h2 id="reason-heading">{formatSlot(needsReason.startsAt, needsReason.endsAt)}</h2>
          <p>This slot has {slotBreaches(needsReason).join("; ")}. Give a reason to use it anyway.</p>
          <Field label="Reason (recorded)" required>
            <Textarea
              value={reason}
              maxLength={reasonMax}
              onChange={(_event, data) => setReason(data.value)}
            />
          </Field>
          <Button
            appearance="primary"
            disabled={picking || reason.trim().length === 0}
            onClick={() => void use(needsReason, reason.trim())}
          >
            Use this slot with this reason
          </Button>{" "}
          <Button disabled={picking} onClick={() => setNeedsReason(null)}>
            Choose another slot
          </Button>
        </section>
      )}
      {panel && suggestions && !needsReason && (
        <section aria-labelledby="slots-heading">
          <h2 id="slots-heading">Suggested slots</h2>
          <p>
            {formatDay(suggestions.from)} to {formatDay(suggestions.to)}, {suggestions.durationMinutes}{" "}
            minutes.
          </p>
          <FreeBusyGrid members={suggestions.members} slots={suggestions.slots.slice(0, gridSlots)} />
          <SlotList slots={suggestions.slots} onPick={pick} busy={picking} />
        </section>
      )}
      {picking && <Spinner label="Filling the appointment…" />}
    </>
  );
}
