/** An action agreed at a meeting: an owner (a Convenor person) and a due date; carried forward until done. */
export interface ActionItem {
  id: string;
  meetingId: string;
  panelId: string;
  agendaItemId: string | null;
  ownerId: string;
  description: string;
  /** ISO date, YYYY-MM-DD. */
  dueOn: string;
  done: boolean;
  createdById: string;
  createdAt: string;
  completedAt: string | null;
  completedById: string | null;
}
