export interface Attendee {
  displayName: string;
  emailAddress: string;
}

export interface AppointmentDetails {
  subject: string;
  start: Date;
  end: Date;
  requiredAttendees: Attendee[];
  /** HTML; never a child's name or case detail. */
  bodyHtml: string;
}

/**
 * The open Outlook appointment, as the task pane uses it. Office.js stays behind this port (`OfficeMailbox`);
 * the pane's logic is tested with a fake and the local harness implements the same Office.js subset.
 */
export interface MailboxPort {
  /** The signed-in Outlook user's address, when the host says. */
  userEmail(): string | null;
  /** The REST id of the appointment when it is already saved (an existing meeting), else null. */
  currentEventId(): Promise<string | null>;
  readBodyText(): Promise<string>;
  fill(details: AppointmentDetails): Promise<void>;
  /** Saves the appointment (without sending it) and returns its REST id, for Microsoft Graph. */
  save(): Promise<string>;
}

/** An Office.js call that failed, with Office's own error name (e.g. `InvalidAttachmentId`). */
export class MailboxError extends Error {
  constructor(
    readonly operation: string,
    readonly officeCode: string,
    message: string,
  ) {
    super(`${operation} failed: ${message}`);
    this.name = "MailboxError";
  }

  /** What the pane shows. */
  get userMessage(): string {
    return `Outlook could not change the appointment (${this.officeCode}). Check it, then try again.`;
  }
}
