import type { AppointmentStore, HarnessAttendee } from "./appointment-store.js";
import { toEwsId, toRestId } from "./ews-id.js";

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}
type Callback<T> = (result: AsyncResult<T>) => void;

const succeeded = <T>(value: T): AsyncResult<T> => ({ status: "succeeded", value });
const failed = (name: string, message: string): AsyncResult<undefined> => ({
  status: "failed",
  value: undefined,
  error: { name, message, code: 9000 },
});

/** Office.js calls back asynchronously; so does the harness, so the pane cannot rely on anything else. */
const later = <T>(callback: Callback<T> | undefined, result: AsyncResult<T>) => {
  if (callback) setTimeout(() => callback(result), 0);
};

/** `setAsync(value, callback)` or `setAsync(value, options, callback)`. */
const callbackOf = <T>(optionsOrCallback: unknown, callback?: Callback<T>): Callback<T> | undefined =>
  typeof optionsOrCallback === "function" ? (optionsOrCallback as Callback<T>) : callback;

export interface HarnessMailbox {
  email: string;
  displayName: string;
}

export interface FakeOfficeHooks {
  /** Saves the appointment to the sandbox and returns its REST id. */
  save(): Promise<string>;
}

const stripTags = (html: string) =>
  html
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();

/**
 * The Office.js subset the task pane uses, for a new appointment in the organiser's compose form: subject,
 * start, end, required attendees, body, saveAsync, getItemIdAsync, convertToRestId, onReady. Anything else is
 * absent, so a pane that starts using more fails here first.
 */
export function createFakeOffice(store: AppointmentStore, mailbox: HarnessMailbox, hooks: FakeOfficeHooks) {
  const field = <K extends "subject" | "start" | "end">(key: K, parse: (value: unknown) => string) => ({
    getAsync(optionsOrCallback: unknown, callback?: Callback<unknown>) {
      const value = key === "subject" ? store.value.subject : new Date(store.value[key]);
      later(callbackOf(optionsOrCallback, callback), succeeded(value));
    },
    setAsync(value: unknown, optionsOrCallback: unknown, callback?: Callback<undefined>) {
      store.update({ [key]: parse(value) });
      later(callbackOf(optionsOrCallback, callback), succeeded(undefined));
    },
  });
  // The pane's Date comes from its own frame, so `instanceof Date` would be false here.
  const asDate = (value: unknown) => {
    const isDate = Object.prototype.toString.call(value) === "[object Date]";
    if (!isDate && typeof value !== "string") throw new Error("Not a date.");
    return new Date(value as Date | string).toISOString();
  };

  const item = {
    itemType: "appointment",
    itemId: undefined,
    subject: field("subject", (value) => String(value)),
    start: field("start", asDate),
    end: field("end", asDate),
    requiredAttendees: {
      getAsync(optionsOrCallback: unknown, callback?: Callback<HarnessAttendee[]>) {
        later(callbackOf(optionsOrCallback, callback), succeeded(store.value.requiredAttendees));
      },
      setAsync(value: unknown, optionsOrCallback: unknown, callback?: Callback<undefined>) {
        const list = (Array.isArray(value) ? value : []) as (string | HarnessAttendee)[];
        store.update({
          requiredAttendees: list.map((entry) =>
            typeof entry === "string" ? { displayName: entry, emailAddress: entry } : entry,
          ),
        });
        later(callbackOf(optionsOrCallback, callback), succeeded(undefined));
      },
    },
    body: {
      getAsync(coercionType: string, optionsOrCallback: unknown, callback?: Callback<string>) {
        const html = store.value.bodyHtml;
        later(
          callbackOf(optionsOrCallback, callback),
          succeeded(coercionType === "html" ? html : stripTags(html)),
        );
      },
      setAsync(value: unknown, optionsOrCallback: unknown, callback?: Callback<undefined>) {
        store.update({ bodyHtml: String(value) });
        later(callbackOf(optionsOrCallback, callback), succeeded(undefined));
      },
    },
    saveAsync(optionsOrCallback: unknown, callback?: Callback<string | undefined>) {
      const done = callbackOf(optionsOrCallback, callback);
      hooks.save().then(
        (restId) => later(done, succeeded(toEwsId(restId))),
        (error: unknown) =>
          later(done, failed("InternalServerError", error instanceof Error ? error.message : String(error))),
      );
    },
    getItemIdAsync(optionsOrCallback: unknown, callback?: Callback<string | undefined>) {
      const id = store.value.eventId;
      later(
        callbackOf(optionsOrCallback, callback),
        id ? succeeded(toEwsId(id)) : failed("ItemNotSaved", "The item has not been saved yet."),
      );
    },
  };

  return {
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
    HostType: { Outlook: "Outlook" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "Mailbox" ? Number(version ?? "1.0") <= 1.8 : name === "NestedAppAuth",
      },
      mailbox: {
        item,
        userProfile: { emailAddress: mailbox.email, displayName: mailbox.displayName },
        convertToRestId: (id: string) => toRestId(id),
        convertToEwsId: (id: string) => toEwsId(id),
      },
    },
  };
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;
