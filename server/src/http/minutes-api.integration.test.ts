import { describe, expect, it } from "vitest";
import type { CaseObservation, CaseObservationView, MinutesView, MinuteVersion } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

describe("the minutes API in local mode", () => {
  const api = useLocalApiService("convenor-minutes-api-");
  const base = "/api/meetings/m-lcjst-1";

  it("drafts the held LC-JST meeting's minute from its record, and the chair edits, circulates and agrees it", async () => {
    const drafted = await api.call<MinuteVersion>("POST", `${base}/minutes`, "p-coord");
    expect(drafted.status).toBe(201);
    expect(drafted.body.content.present.length).toBe(4);
    const decided = drafted.body.content.items.filter((item) => item.decisions.length > 0);
    // One recorded in the tab, one by a vote with a member's dissent; the item only heard has none yet.
    expect(decided.map((item) => item.decisions[0]!.dissent.length)).toEqual([0, 1]);

    const edited = await api.call<MinuteVersion>("PATCH", `${base}/minutes/1`, "p-chair", {
      revision: 1,
      generalBusiness: "The group noted the new school nurse service.",
    });
    expect([edited.status, edited.body.revision]).toEqual([200, 2]);
    const stale = await api.call<ErrorBody>("PATCH", `${base}/minutes/1`, "p-chair", {
      revision: 1,
      generalBusiness: "Lost update",
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, "MINUTES.STALE_VERSION"]);

    const sent = await api.call<MinuteVersion>("POST", `${base}/minutes/1/circulate`, "p-chair", {
      revision: 2,
    });
    expect([sent.status, sent.body.status]).toEqual([200, "circulated"]);
    const agreed = await api.call<MinuteVersion>("POST", `${base}/minutes/1/agree`, "p-chair", {
      revision: 3,
    });
    expect([agreed.status, agreed.body.status]).toEqual([200, "agreed"]);
    const twice = await api.call<ErrorBody>("POST", `${base}/minutes/1/agree`, "p-chair", { revision: 4 });
    expect([twice.status, twice.body.error.code]).toEqual([409, "MINUTES.ALREADY_AGREED"]);

    const view = await api.call<MinutesView>("GET", `${base}/minutes`, "p-chair");
    expect(view.status).toBe(200);
    expect(view.body.versions.map((v) => v.status)).toEqual(["agreed"]);
    // LC-JST sets no time limit (002 A 6.6).
    expect(view.body.deadline).toMatchObject({ due: null, late: false });
  });

  it("refuses a member, bad input and oversized text, writing nothing", async () => {
    const member = await api.call<ErrorBody>("POST", "/api/meetings/m-icsmg-1/minutes", "p-police");
    expect([member.status, member.body.error.code]).toEqual([403, "MINUTES.NOT_CHAIR_OR_COORDINATOR"]);
    const badVersion = await api.call<ErrorBody>("PATCH", `${base}/minutes/zero`, "p-chair", { revision: 1 });
    const extra = await api.call<ErrorBody>("POST", `${base}/minutes/1/agree`, "p-chair", {
      revision: 1,
      x: 1,
    });
    expect([badVersion.status, extra.status]).toEqual([400, 400]);
    const tooLong = await api.call<ErrorBody>("POST", "/api/meetings/m-icsmg-1/observations", "p-chair", {
      agendaItemId: "nope",
      text: "",
    });
    expect([tooLong.status, tooLong.body.error.code]).toEqual([422, "VALIDATION.FAILED"]);
    const none = await api.call<MinutesView>("GET", "/api/meetings/m-icsmg-1/minutes", "p-chair");
    expect(none.body.versions).toEqual([]);
  });

  it("records a case observation for the chair and coordinator only, never in the minute", async () => {
    const view = await api.call<MinutesView>("GET", "/api/meetings/m-icsmg-1/minutes", "p-chair");
    const item = view.body.caseItems[0]!;
    const recorded = await api.call<CaseObservation>(
      "POST",
      "/api/meetings/m-icsmg-1/observations",
      "p-chair",
      {
        agendaItemId: item.agendaItemId,
        text: "Lead Professional reported progress with the Child's Plan.",
      },
    );
    expect(recorded.status).toBe(201);
    const listed = await api.call<CaseObservationView[]>(
      "GET",
      "/api/meetings/m-icsmg-1/observations",
      "p-coord",
    );
    expect(listed.body.map((o) => o.caseReference)).toEqual([item.reference]);
    const refused = await api.call<ErrorBody>("GET", "/api/meetings/m-icsmg-1/observations", "p-police");
    expect(refused.status).toBe(403);
    const childId = recorded.body.childId;
    const onRecord = await api.call<CaseObservationView[]>(
      "GET",
      `/api/children/${childId}/observations`,
      "p-coord",
    );
    expect(onRecord.body.map((o) => o.caseReference)).toEqual([item.reference]);
    const notTheirs = await api.call<CaseObservationView[]>(
      "GET",
      `/api/children/${childId}/observations`,
      "p-police",
    );
    expect(notTheirs.body).toEqual([]);
    const drafted = await api.call<MinuteVersion>("POST", "/api/meetings/m-icsmg-1/minutes", "p-chair");
    expect(JSON.stringify(drafted.body)).not.toContain("Lead Professional reported");
    expect(JSON.stringify(drafted.body)).not.toContain(item.reference);
    // Not circulated within two working days of the meeting (000 5), a month ago: late.
    const late = await api.call<MinutesView>("GET", "/api/meetings/m-icsmg-1/minutes", "p-chair");
    expect(late.body.deadline).toMatchObject({ circulatedOn: null, late: true });
  });

  it("lets the chair show case references and decisions in an ICSMG panel's minutes instead of its default", async () => {
    const member = await api.call<ErrorBody>("PUT", "/api/panels/panel-icsp/minute-settings", "p-chair", {
      caseItemsInMinute: "reference-and-decision",
    });
    expect([member.status, member.body.error.code]).toEqual([403, "MINUTES.NOT_CHAIR_OR_COORDINATOR"]);
    const bad = await api.call<ErrorBody>("PUT", "/api/panels/panel-icsmg/minute-settings", "p-chair", {
      caseItemsInMinute: "names",
    });
    expect(bad.status).toBe(400);
    const before = await api.call<MinutesView>("GET", "/api/meetings/m-icsmg-1/minutes", "p-chair");
    expect(before.body.caseItemsInMinute).toBe("withheld");
    const changed = await api.call("PUT", "/api/panels/panel-icsmg/minute-settings", "p-chair", {
      caseItemsInMinute: "reference-and-decision",
    });
    expect(changed.status).toBe(200);
    const after = await api.call<MinutesView>("GET", "/api/meetings/m-icsmg-1/minutes", "p-chair");
    expect(after.body.caseItemsInMinute).toBe("reference-and-decision");
  });
});
