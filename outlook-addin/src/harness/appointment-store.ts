export interface HarnessAttendee {
  displayName: string;
  emailAddress: string;
}

/** The new appointment the harness's form shows, which the pane edits through the fake Office.js. */
export interface HarnessAppointment {
  subject: string;
  /** ISO date-times. */
  start: string;
  end: string;
  requiredAttendees: HarnessAttendee[];
  bodyHtml: string;
  /** The sandbox event's id once saved or sent (REST form). */
  eventId: string | null;
}

type Listener = (appointment: HarnessAppointment) => void;

/** The one appointment on the harness page: the form and the fake Office.js both read and write it. */
export class AppointmentStore {
  private listeners = new Set<Listener>();

  constructor(private current: HarnessAppointment) {}

  get value(): HarnessAppointment {
    return this.current;
  }

  update(changes: Partial<HarnessAppointment>): void {
    this.current = { ...this.current, ...changes };
    for (const listener of this.listeners) listener(this.current);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A new appointment as Outlook opens one: the next whole hour, 30 minutes, nothing else filled. */
export function blankAppointment(now: Date): HarnessAppointment {
  const start = new Date(now);
  start.setUTCMinutes(0, 0, 0);
  start.setUTCHours(start.getUTCHours() + 1);
  return {
    subject: "",
    start: start.toISOString(),
    end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    requiredAttendees: [],
    bodyHtml: "",
    eventId: null,
  };
}
