import type { AppointmentDetails, MailboxPort } from "../mailbox/mailbox.port.js";

/** An appointment in memory: what the pane filled, whether it was saved, and the id it got. */
export class FakeMailbox implements MailboxPort {
  filled: AppointmentDetails | null = null;
  saves = 0;

  constructor(
    private readonly options: { email?: string; eventId?: string | null; bodyText?: string } = {},
  ) {}

  userEmail(): string | null {
    return this.options.email ?? null;
  }

  currentEventId(): Promise<string | null> {
    return Promise.resolve(this.options.eventId ?? null);
  }

  readBodyText(): Promise<string> {
    return Promise.resolve(this.options.bodyText ?? "");
  }

  fill(details: AppointmentDetails): Promise<void> {
    this.filled = details;
    return Promise.resolve();
  }

  save(): Promise<string> {
    this.saves += 1;
    this.options.eventId ??= `AAMkSaved${this.saves}`;
    return Promise.resolve(this.options.eventId);
  }
}
