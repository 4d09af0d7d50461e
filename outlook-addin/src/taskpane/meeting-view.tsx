import { Link, Spinner } from "@fluentui/react-components";
import type { MeetingDetailView, PaperView } from "@convenor/shared";
import { AgendaView, DeadlineList, ErrorBanner, formatSlot, type ConvenorApi } from "@convenor/ui";
import { useEffect, useState } from "react";

/** An existing panel meeting: when, its deadlines, its agenda and papers. */
export function MeetingView({ api, meetingId }: { api: ConvenorApi; meetingId: string }) {
  const [detail, setDetail] = useState<MeetingDetailView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.meeting(meetingId).then(setDetail, setError);
  }, [api, meetingId]);

  function openPaper(paper: PaperView): void {
    // Opened before the answer arrives, so the browser does not take it for an unasked popup.
    const opened = window.open("", "_blank");
    api.openPaper(paper.id).then(
      ({ webUrl }) => {
        if (opened) opened.location.href = webUrl;
      },
      (caught: unknown) => {
        opened?.close();
        setError(caught);
      },
    );
  }

  if (!detail) return error ? <ErrorBanner error={error} /> : <Spinner label="Loading the meeting…" />;
  const { meeting } = detail;
  return (
    <>
      <ErrorBanner error={error} />
      <section aria-labelledby="meeting-heading">
        <h2 id="meeting-heading">{meeting.panelName}</h2>
        <p>{formatSlot(meeting.startsAt, meeting.endsAt)}</p>
        {meeting.joinUrl && <Link href={meeting.joinUrl}>Join the Teams meeting</Link>}
      </section>
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Deadlines</h2>
        <DeadlineList deadlines={detail.deadlines} />
      </section>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda and papers</h2>
        <AgendaView items={detail.agenda.items} onOpenPaper={openPaper} />
      </section>
    </>
  );
}
