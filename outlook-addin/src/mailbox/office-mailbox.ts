/// <reference types="office-js" />
import { MailboxError, type AppointmentDetails, type MailboxPort } from "./mailbox.port.js";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Wraps one Office.js callback call in a promise that rejects with Office's error. */
function officeCall<T>(operation: string, call: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else
        reject(
          new MailboxError(operation, result.error?.name ?? "Unknown", result.error?.message ?? "no detail"),
        );
    });
  });
}

/** The appointment open in Outlook, through Office.js (Mailbox 1.5+; `getItemIdAsync` from 1.8). */
export class OfficeMailbox implements MailboxPort {
  constructor(private readonly mailbox: Office.Mailbox = Office.context.mailbox) {}

  private get item(): Office.AppointmentCompose & Partial<Office.AppointmentRead> {
    return this.mailbox.item as unknown as Office.AppointmentCompose & Partial<Office.AppointmentRead>;
  }

  userEmail(): string | null {
    return this.mailbox.userProfile?.emailAddress ?? null;
  }

  /**
   * Read mode has `itemId`; the organiser's form is compose mode, where a saved appointment's id comes from
   * `getItemIdAsync` (an unsaved one has none). Either is an EWS id: Graph wants the REST form.
   */
  async currentEventId(): Promise<string | null> {
    let id: string | undefined = this.item.itemId;
    if (!id && typeof this.item.getItemIdAsync === "function") {
      id = await officeCall<string>("getItemIdAsync", (callback) => this.item.getItemIdAsync(callback)).catch(
        () => undefined,
      );
    }
    return id ? this.toRestId(id) : null;
  }

  readBodyText(): Promise<string> {
    return officeCall<string>("body.getAsync", (callback) =>
      this.item.body.getAsync(Office.CoercionType.Text, callback),
    );
  }

  async fill(details: AppointmentDetails): Promise<void> {
    const item = this.item;
    await officeCall<void>("subject.setAsync", (callback) =>
      item.subject.setAsync(details.subject, callback),
    );
    await officeCall<void>("start.setAsync", (callback) => item.start.setAsync(details.start, callback));
    await officeCall<void>("end.setAsync", (callback) => item.end.setAsync(details.end, callback));
    await officeCall<void>("requiredAttendees.setAsync", (callback) =>
      item.requiredAttendees.setAsync(details.requiredAttendees, callback),
    );
    await officeCall<void>("body.setAsync", (callback) =>
      item.body.setAsync(details.bodyHtml, { coercionType: Office.CoercionType.Html }, callback),
    );
  }

  async save(): Promise<string> {
    const id = await officeCall<string>("saveAsync", (callback) => this.item.saveAsync(callback));
    return this.toRestId(id);
  }

  private toRestId(id: string): string {
    return this.mailbox.convertToRestId(id, Office.MailboxEnums.RestVersion.v2_0);
  }
}
