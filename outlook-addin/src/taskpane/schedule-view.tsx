import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import {
  DeadlineList,
  ErrorBanner,
  FreeBusyGrid,
  PanelPicker,
  SlotList,
  formatSlot,
  type ConvenorApi,
  type SlotSuggestion,
} from "@convenor/ui";
import type { Panel } from "@convenor/shared";
import { useEffect, useRef, useState } from "react";
import type { MailboxPort } from "../mailbox/mailbox.port.js";
import { defaultWindow } from "../pane/pane-window.js";
import { scheduleFromSlot, type Scheduled } from "../pane/schedule-from-slot.js";

/** Columns of the free/busy grid: the best few slots, so the pane stays narrow. */
const gridSlots = 4;

export interface ScheduleViewProps {
  api: ConvenorApi;
  mailbox: MailboxPort;
}

/** A new appointment: pick a panel you chair or coordinate, compare the ranked slots, use one. */
export function ScheduleView({ api, mailbox }: ScheduleViewProps) {
  const [panels, setPanels] = useState<Panel[] | null>(null);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [slots, setSlots] = useState<SlotSuggestion[] | null>(null);
  const [picking, setPicking] = useState(false);
  const [done, setDone] = useState<{ scheduled: Scheduled; slot: SlotSuggestion } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const keys = useRef(new Map<string, string>());

  useEffect(() => {
    void (async () => {
      try {
        const [me, visible] = await Promise.all([api.me(), api.panels()]);
        const chaired = new Set(
          me.panels
            .filter((panel) => panel.roles.includes("chair") || panel.roles.includes("coordinator"))
            .map((panel) => panel.panelId),
        );
        setPanels(visible.filter((panel) => chaired.has(panel.id)));
      } catch (caught) {
        setError(caught);
      }
    })();
  }, [api]);

  const panel = panels?.find((candidate) => candidate.id === panelId) ?? null;

  useEffect(() => {
    if (!panel) return;
    setSlots(null);
    setError(null);
    void (async () => {
      try {
        const window = defaultWindow(new Date(), panel.settings.meetingMinutes);
        setSlots((await api.slots(panel.id, window)).slots);
      } catch (caught) {
        setError(caught);
      }
    })();
  }, [api, panel]);

  async function pick(slot: SlotSuggestion): Promise<void> {
    if (!panel || picking) return;
    const keyOf = `${panel.id}@${slot.start}`;
    const idempotencyKey = keys.current.get(keyOf) ?? crypto.randomUUID();
    keys.current.set(keyOf, idempotencyKey);
    setPicking(true);
    setError(null);
    try {
      const scheduled = await scheduleFromSlot(api, mailbox, {
        panel,
        slot,
        idempotencyKey,
        fallbackAgendaUrl: (id) => new URL(`/tab/#/meetings/${id}`, location.href).toString(),
      });
      setDone({ scheduled, slot });
    } catch (caught) {
      setError(caught);
    } finally {
      setPicking(false);
    }
  }

  if (done) {
    return (
      <section aria-labelledby="scheduled-heading">
        <h2 id="scheduled-heading">Meeting arranged</h2>
        <MessageBar intent="success">
          <MessageBarBody>
            The appointment is filled for {formatSlot(done.slot.start, done.slot.end)} and linked to Convenor.
            Check it, then Send it from Outlook.
          </MessageBarBody>
        </MessageBar>
        <h3>Deadlines</h3>
        <DeadlineList deadlines={done.slot.deadlines} />
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
      {panel && slots === null && !error && <Spinner label="Finding slots…" />}
      {panel && slots && (
        <section aria-labelledby="slots-heading">
          <h2 id="slots-heading">Suggested slots</h2>
          <FreeBusyGrid slots={slots.slice(0, gridSlots)} />
          <SlotList slots={slots} onPick={(slot) => void pick(slot)} busy={picking} />
        </section>
      )}
      {picking && <Spinner label="Filling the appointment…" />}
    </>
  );
}
