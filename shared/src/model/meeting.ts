export interface Meeting {
  id: string;
  panelId: string;
  /** ISO date-time, UTC. */
  startsAt: string;
  endsAt: string;
  state: "planned" | "held" | "cancelled";
  /** The Outlook event, once scheduled through Graph. */
  calendarEventId: string | null;
  joinUrl: string | null;
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
