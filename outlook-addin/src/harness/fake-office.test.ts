import { afterEach, describe, expect, it } from "vitest";
import { OfficeMailbox } from "../mailbox/office-mailbox.js";
import { AppointmentStore, blankAppointment } from "./appointment-store.js";
import { createFakeOffice } from "./fake-office.js";

const mailbox = { email: "morag.chalmers@convenor.test", displayName: "Morag Chalmers" };
const details = {
  subject: "ICSMG meeting",
  start: new Date("2027-02-02T10:00:00Z"),
  end: new Date("2027-02-02T12:00:00Z"),
  requiredAttendees: [{ displayName: "Sam Patel", emailAddress: "sam.patel@partner.example" }],
  bodyHtml: '<p>Agenda: <a href="http://x/tab/#/meetings/m-1">http://x/tab/#/meetings/m-1</a></p>',
};

/** The pane's own Office.js port, run on the harness's Office.js subset: the harness has all it uses. */
function paneOnHarness(savedRestId = "AAMk-abc_def=") {
  const store = new AppointmentStore(blankAppointment(new Date("2027-01-01T09:10:00Z")));
  const saves: string[] = [];
  const office = createFakeOffice(store, mailbox, {
    save: () => {
      saves.push(store.value.subject);
      store.update({ eventId: savedRestId });
      return Promise.resolve(savedRestId);
    },
  });
  (globalThis as { Office?: unknown }).Office = office;
  return { store, saves, port: new OfficeMailbox() };
}

describe("the local harness's Office.js subset, driven by the pane's OfficeMailbox", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("opens as a new appointment: the next whole hour, nothing filled, no id", async () => {
    const { store, port } = paneOnHarness();
    expect(store.value).toMatchObject({
      subject: "",
      start: "2027-01-01T10:00:00.000Z",
      requiredAttendees: [],
    });
    await expect(port.currentEventId()).resolves.toBeNull();
    expect(port.userEmail()).toBe(mailbox.email);
  });

  it("shows what the pane fills in the form's appointment", async () => {
    const { store, port } = paneOnHarness();
    await port.fill(details);
    expect(store.value).toMatchObject({
      subject: "ICSMG meeting",
      start: "2027-02-02T10:00:00.000Z",
      end: "2027-02-02T12:00:00.000Z",
      requiredAttendees: details.requiredAttendees,
      bodyHtml: details.bodyHtml,
    });
    await expect(port.readBodyText()).resolves.toBe("Agenda: http://x/tab/#/meetings/m-1");
  });

  it("saves through the harness and hands back an EWS id the pane converts to the REST id", async () => {
    const { saves, port } = paneOnHarness("AAMk-abc_def=");
    await port.fill(details);
    await expect(port.save()).resolves.toBe("AAMk-abc_def=");
    expect(saves).toEqual(["ICSMG meeting"]);
    await expect(port.currentEventId()).resolves.toBe("AAMk-abc_def=");
  });
});
