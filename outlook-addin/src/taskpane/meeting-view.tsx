import { Link, Spinner } from "@fluentui/react-components";
import {
  AgendaView,
  DeadlineList,
  ErrorBanner,
  formatSlot,
  type ConvenorApi,
  type MeetingDetail,
} from "@convenor/ui";
import { useEffect, useState } from "react";

/** An existing panel meeting: when, its deadlines, its agenda and papers. */
export function MeetingView({ api, meetingId }: { api: ConvenorApi; meetingId: string }) {
  const [detail, setDetail] = useState<MeetingDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void api.meeting(meetingId).then(setDetail, setError);
  }, [api, meetingId]);

  if (error) return <ErrorBanner error={error} />;
  if (!detail) return <Spinner label="Loading the meeting…" />;
  const { meeting } = detail;
  return (
    <>
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
        <AgendaView items={detail.agenda} />
      </section>
    </>
  );
}
