import { describe, expect, it } from "vitest";
import type {
  AgendaPeopleView,
  AgendaView,
  MeetingDetailView,
  UnreadPapersView,
  UploadPaperView,
} from "@convenor/shared";
import { maxPaperBytes } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

describe("the meeting API in local mode", () => {
  const api = useLocalApiService("convenor-meeting-api-", { graphSandbox: true });
  const meetingId = "m-icsmg-2";

  async function send<T>(
    method: string,
    path: string,
    personId: string,
    body?: object | Uint8Array,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const response = await fetch(`${api.service().url}${path}`, {
      method,
      redirect: "manual",
      headers: {
        ...(await api.authorization(personId)),
        ...(body && !(body instanceof Uint8Array) ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const isJson = response.headers.get("content-type")?.startsWith("application/json");
    return {
      status: response.status,
      body: (isJson && text ? JSON.parse(text) : null) as T,
      headers: response.headers,
    };
  }

  const built = async () => {
    const result = await send<AgendaView>("POST", `/api/meetings/${meetingId}/agenda/build`, "p-chair");
    expect(result.status).toBe(200);
    return result.body;
  };

  it("lists a panel's meetings for its members and refuses others", async () => {
    const member = await send<{ meetings: { id: string }[] }>(
      "GET",
      "/api/meetings?panelId=panel-icsmg",
      "p-police",
    );
    const stranger = await send<ErrorBody>("GET", "/api/meetings?panelId=panel-icsmg", "p-hv");
    const noPanel = await send<ErrorBody>("GET", "/api/meetings", "p-police");

    expect(member.status).toBe(200);
    // The demo's year of history adds the panel's earlier meetings before these.
    expect(member.body.meetings.map((m) => m.id).slice(-3)).toEqual(["m-icsmg-1", "m-icsmg-2", "m-icsmg-3"]);
    expect([stranger.status, stranger.body.error.code]).toEqual([403, "AUTH.FORBIDDEN"]);
    expect([noPanel.status, noPanel.body.error.code]).toEqual([400, "VALIDATION.FAILED"]);
  });

  it("gives a member the meeting, its deadlines and agenda; an unknown or foreign meeting is not found", async () => {
    const detail = await send<MeetingDetailView>("GET", `/api/meetings/${meetingId}`, "p-police");
    const foreign = await send<ErrorBody>("GET", `/api/meetings/${meetingId}`, "p-hv");
    const unknown = await send<ErrorBody>("GET", "/api/meetings/no-such-meeting", "p-police");

    expect(detail.status).toBe(200);
    expect(detail.body.meeting.panelId).toBe("panel-icsmg");
    expect(detail.body.deadlines.map((d) => [d.kind, d.state])).toEqual([
      ["referral", "due"],
      ["agenda", "due"],
      ["papers", "due"],
      ["minutesDue", "due"],
    ]);
    expect(detail.body.canManage).toBe(false);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, "MEETING.NOT_FOUND"]);
    expect(unknown.body).toEqual(foreign.body);
  });

  it("lets the chair build, reorder, change and add to the agenda, refusing a stale version and a member", async () => {
    const agenda = await built();
    expect(agenda.items.map((i) => i.title).slice(0, 3)).toEqual([
      "Apologies",
      "Minutes of the last meeting",
      "Actions carried forward",
    ]);
    const ids = agenda.items.map((i) => i.id);

    const asMember = await send<ErrorBody>("PUT", `/api/meetings/${meetingId}/agenda`, "p-police", {
      version: agenda.version,
      itemIds: ids,
    });
    const reordered = await send<AgendaView>("PUT", `/api/meetings/${meetingId}/agenda`, "p-chair", {
      version: agenda.version,
      itemIds: [...ids].reverse(),
    });
    const stale = await send<ErrorBody>("PUT", `/api/meetings/${meetingId}/agenda`, "p-coord", {
      version: agenda.version,
      itemIds: ids,
    });
    expect([asMember.status, asMember.body.error.code]).toEqual([403, "AUTH.FORBIDDEN"]);
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((i) => i.id)).toEqual([...ids].reverse());
    expect([stale.status, stale.body.error.code]).toEqual([409, "CONCURRENCY.CONFLICT"]);

    const patched = await send<AgendaView>(
      "PATCH",
      `/api/meetings/${meetingId}/agenda/${ids[0]}`,
      "p-chair",
      {
        version: reordered.body.version,
        slotMinutes: 10,
      },
    );
    const badSlot = await send<ErrorBody>("PATCH", `/api/meetings/${meetingId}/agenda/${ids[0]}`, "p-chair", {
      version: patched.body.version,
      slotMinutes: -5,
    });
    expect(patched.body.items.find((i) => i.id === ids[0])?.slotMinutes).toBe(10);
    expect([badSlot.status, badSlot.body.error.code]).toEqual([400, "VALIDATION.FAILED"]);

    const added = await send<AgendaView>("POST", `/api/meetings/${meetingId}/agenda`, "p-chair", {
      kind: "topic",
      version: patched.body.version,
      title: "Trends and unmet need",
    });
    expect(added.status).toBe(201);
    expect(added.body.items.map((i) => i.title)).toContain("Trends and unmet need");
  });

  it("lists the people the chair may name on an item, and scopes an invited referrer to that item", async () => {
    const agenda = await built();
    const people = await send<AgendaPeopleView>("GET", `/api/meetings/${meetingId}/people`, "p-chair");
    const asMember = await send<ErrorBody>("GET", `/api/meetings/${meetingId}/people`, "p-police");
    const unknown = await send<ErrorBody>("GET", "/api/meetings/no-such-meeting/people", "p-chair");
    const badId = await send<ErrorBody>("GET", "/api/meetings/not%20an%20id/people", "p-chair");

    expect(people.status).toBe(200);
    const names = people.body.people.map((p) => p.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en-GB")));
    expect(people.body.people.find((p) => p.id === "p-police")).toMatchObject({
      agency: "police",
      onPanel: true,
    });
    const referrer = people.body.people.find((p) => !p.onPanel)!;
    expect(referrer).toBeDefined();
    expect(JSON.stringify(people.body)).not.toContain("@");
    expect([asMember.status, asMember.body.error.code]).toEqual([404, "MEETING.NOT_FOUND"]);
    expect(unknown.body).toEqual(asMember.body);
    expect(badId.status).toBe(400);

    const caseItem = agenda.items.find((item) => item.reference !== null)!;
    const named = await send<AgendaView>(
      "PATCH",
      `/api/meetings/${meetingId}/agenda/${caseItem.id}`,
      "p-chair",
      {
        version: agenda.version,
        presenterId: "p-police",
        invitedPersonIds: [referrer.id],
      },
    );
    expect(named.status).toBe(200);
    await send("POST", `/api/meetings/${meetingId}/agenda/publish`, "p-chair");
    const seen = await send<MeetingDetailView>("GET", `/api/meetings/${meetingId}`, referrer.id);
    // The seed already names each referrer on their own referral's item.
    const theirs = named.body.items.filter(
      (item) => item.presenter?.id === referrer.id || item.invitees.some((p) => p.id === referrer.id),
    );
    expect(seen.body.agenda.scope).toBe("invitee");
    expect(seen.body.agenda.items.map((item) => item.id)).toEqual(theirs.map((item) => item.id));
    expect(seen.body.agenda.items.find((item) => item.id === caseItem.id)?.presenter?.id).toBe("p-police");
    expect(theirs.length).toBeLessThan(named.body.items.length);
  });

  it("publishes the agenda once, and not again while it is unchanged", async () => {
    await built();
    const first = await send<{ sent: boolean }>(
      "POST",
      `/api/meetings/${meetingId}/agenda/publish`,
      "p-chair",
    );
    const again = await send<{ sent: boolean }>(
      "POST",
      `/api/meetings/${meetingId}/agenda/publish`,
      "p-chair",
    );
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body.sent).toBe(false);
  });

  it("files a paper through the Graph sandbox, opens it through an audited link, and shows the chair who has not read it", async () => {
    const agenda = await built();
    const caseItem = agenda.items.find((item) => item.reference !== null)!;
    const path = `/api/meetings/${meetingId}/papers?itemId=${caseItem.id}`;
    const content = new TextEncoder().encode("%PDF-1.7 a school report");
    const headers = {
      "x-file-name": encodeURIComponent("School report.pdf"),
      "content-type": "application/pdf",
    };

    const filed = await send<UploadPaperView>("POST", path, "p-coord", content, headers);
    const retry = await send<UploadPaperView>("POST", path, "p-coord", content, headers);
    expect(filed.status).toBe(201);
    expect([retry.status, retry.body.replaced, retry.body.paper.id]).toEqual([
      200,
      true,
      filed.body.paper.id,
    ]);

    const opened = await send<{ webUrl: string }>("GET", filed.body.paper.openPath, "p-police", undefined, {
      accept: "application/json",
    });
    expect(opened.status).toBe(200);
    expect(Buffer.from(await (await fetch(opened.body.webUrl)).arrayBuffer()).toString()).toBe(
      "%PDF-1.7 a school report",
    );
    const redirected = await send<null>("GET", filed.body.paper.openPath, "p-police", undefined, {
      accept: "text/html",
    });
    expect([redirected.status, redirected.headers.get("location")]).toEqual([302, opened.body.webUrl]);

    const unread = await send<UnreadPapersView>("GET", `/api/meetings/${meetingId}/papers/unread`, "p-chair");
    const paper = unread.body.papers.find((p) => p.paper.id === filed.body.paper.id)!;
    expect(paper.notRead.map((p) => p.id)).not.toContain("p-police");
    expect(paper.notRead.map((p) => p.id)).toContain("p-reporter");
    const asMember = await send<ErrorBody>("GET", `/api/meetings/${meetingId}/papers/unread`, "p-police");
    expect(asMember.status).toBe(403);
  });

  it("refuses a paper of a type not allowed, one too large, and one without a name, each with its code", async () => {
    const agenda = await built();
    const caseItem = agenda.items.find((item) => item.reference !== null)!;
    const path = `/api/meetings/${meetingId}/papers?itemId=${caseItem.id}`;
    const wrongType = await send<ErrorBody>("POST", path, "p-coord", new Uint8Array([1, 2, 3]), {
      "x-file-name": "tool.exe",
    });
    const tooLarge = await send<ErrorBody>("POST", path, "p-coord", new Uint8Array(maxPaperBytes + 1), {
      "x-file-name": "huge.pdf",
    });
    const noName = await send<ErrorBody>("POST", path, "p-coord", new Uint8Array([1]));

    expect([wrongType.status, wrongType.body.error.code]).toEqual([415, "PAPER.TYPE_NOT_ALLOWED"]);
    expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, "PAPER.TOO_LARGE"]);
    expect([noName.status, noName.body.error.code]).toEqual([400, "VALIDATION.FAILED"]);
  });
});
