export interface Meeting {
  id: string;
  panelId: string;
  /** ISO date-time, UTC. */
  startsAt: string;
  endsAt: string;
  /** `pending`: recorded by Convenor, its calendar event not yet made or linked (a retry finishes it). */
  state: "pending" | "planned" | "held" | "cancelled";
  /** The Outlook event, once scheduled through Graph. */
  calendarEventId: string | null;
  joinUrl: string | null;
  /** The mailbox whose calendar holds the event (the chair who scheduled it); null before there is one. */
  organiser?: string | null;
  /** Who makes the calendar event: Convenor through Graph, or the chair in Outlook (the add-in links it). */
  eventBy?: "convenor" | "outlook" | null;
}

export type AgendaItemSource = "standing" | "referral" | "review" | "deferred" | "retrospective" | "red-list";

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  source: AgendaItemSource;
  /** Non-identifying title: a case reference for case items, the topic for standing items. */
  title: string;
  referralId: string | null;
  childId: string | null;
  slotMinutes: number | null;
  presenterId: string | null;
  /** Invited for this item only: they see and speak to it alone. */
  invitedPersonIds: string[];
}
