import { OfficeMockObject } from "office-addin-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MailboxError } from "./mailbox.port.js";
import { OfficeMailbox } from "./office-mailbox.js";

type Done = (result: { status: string; value?: unknown; error?: { name: string; message: string } }) => void;

/** A compose-mode appointment in office-addin-mock: records what is set; saveAsync answers with an EWS id. */
function outlookWith(options: { itemId?: string; savedId?: string; failSubject?: boolean; body?: string }) {
  const set: Record<string, unknown> = {};
  const setter =
    (name: string, fail = false) =>
    (value: unknown, optionsOrDone: unknown, done?: Done) => {
      const callback = (typeof optionsOrDone === "function" ? optionsOrDone : done) as Done;
      if (fail)
        return callback({ status: "failed", error: { name: "InvalidFormatError", message: "too long" } });
      set[name] = value;
      if (typeof optionsOrDone === "object") set[`${name}Options`] = optionsOrDone;
      callback({ status: "succeeded" });
    };
  const data = {
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: { RestVersion: { v2_0: "v2.0" } },
    context: {
      mailbox: {
        userProfile: { emailAddress: "morag.chalmers@convenor.test" },
        convertToRestId: (id: string, version: string) =>
          `${version}:${id.replace(/\//g, "-").replace(/\+/g, "_")}`,
        item: {
          itemId: options.itemId,
          subject: { setAsync: setter("subject", options.failSubject) },
          start: { setAsync: setter("start") },
          end: { setAsync: setter("end") },
          requiredAttendees: { setAsync: setter("requiredAttendees") },
          body: {
            setAsync: setter("body"),
            getAsync: (coercion: string, done: Done) =>
              done({ status: "succeeded", value: `${coercion}:${options.body ?? ""}` }),
          },
          saveAsync: (done: Done) => done({ status: "succeeded", value: options.savedId ?? "AAMk/saved+1=" }),
          getItemIdAsync: (done: Done) =>
            options.savedId
              ? done({ status: "succeeded", value: options.savedId })
              : done({ status: "failed", error: { name: "ItemNotSaved", message: "not saved" } }),
        },
      },
    },
  };
  return { office: new OfficeMockObject(data), set };
}

const details = {
  subject: "ICSMG Inverness: panel meeting",
  start: new Date("2027-02-02T10:00:00Z"),
  end: new Date("2027-02-02T12:00:00Z"),
  requiredAttendees: [{ displayName: "Morag Chalmers", emailAddress: "morag.chalmers@convenor.test" }],
  bodyHtml: '<p>Agenda: <a href="https://convenor.test/tab/#/meetings/m-1">link</a></p>',
};

describe("OfficeMailbox over Office.js (office-addin-mock)", () => {
  const global = globalThis as { Office?: unknown };
  beforeEach(() => delete global.Office);
  afterEach(() => delete global.Office);

  it("fills subject, start, end, required attendees and an HTML body", async () => {
    const { office, set } = outlookWith({});
    global.Office = office;
    await new OfficeMailbox().fill(details);
    expect(set).toMatchObject({
      subject: details.subject,
      start: details.start,
      end: details.end,
      requiredAttendees: details.requiredAttendees,
      body: details.bodyHtml,
      bodyOptions: { coercionType: "html" },
    });
  });

  it("saves the appointment and gives its id in the REST form Graph needs", async () => {
    global.Office = outlookWith({ savedId: "AAMk/abc+def=" }).office;
    await expect(new OfficeMailbox().save()).resolves.toBe("v2.0:AAMk-abc_def=");
  });

  it("has no event id for a new appointment, and the REST id of a saved one", async () => {
    global.Office = outlookWith({}).office;
    await expect(new OfficeMailbox().currentEventId()).resolves.toBeNull();
    global.Office = outlookWith({ savedId: "AAMk/x" }).office;
    await expect(new OfficeMailbox().currentEventId()).resolves.toBe("v2.0:AAMk-x");
    global.Office = outlookWith({ itemId: "AAMk+read" }).office;
    await expect(new OfficeMailbox().currentEventId()).resolves.toBe("v2.0:AAMk_read");
  });

  it("reads the body as text and the signed-in user's address", async () => {
    global.Office = outlookWith({ body: "Agenda: /meetings/m-1" }).office;
    const mailbox = new OfficeMailbox();
    await expect(mailbox.readBodyText()).resolves.toBe("text:Agenda: /meetings/m-1");
    expect(mailbox.userEmail()).toBe("morag.chalmers@convenor.test");
  });

  it("rejects with Office's error name when a call fails, and stops filling there", async () => {
    const { office, set } = outlookWith({ failSubject: true });
    global.Office = office;
    const failure = await new OfficeMailbox().fill(details).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MailboxError);
    expect(failure).toMatchObject({ operation: "subject.setAsync", officeCode: "InvalidFormatError" });
    expect(set).toEqual({});
  });
});
