import { describe, expect, it } from "vitest";
import type { ActionItem, ChildRecordView, MeetingOutcomesView, UnmetNeedView } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

describe("the decisions, outcomes and actions API in local mode", () => {
  const api = useLocalApiService("convenor-decisions-api-");

  async function send<T>(method: string, path: string, personId: string, body?: object) {
    const response = await fetch(`${api.service().url}${path}`, {
      method,
      headers: {
        ...(await api.authorization(personId)),
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
  const codeOf = (answer: { status: number; body: unknown }) => [
    answer.status,
    (answer.body as ErrorBody).error?.code,
  ];

  it("shows the held LC-JST meeting's decision, outstanding family sharing and an action carried forward", async () => {
    const held = await send<MeetingOutcomesView>("GET", "/api/meetings/m-lcjst-1/outcomes", "p-chair");
    expect(held.status).toBe(200);
    expect(held.body.canRecord).toBe(true);
    const decided = held.body.items.find((item) => item.decision);
    expect(decided?.decision).toMatchObject({ outcome: "approved", byVote: false });
    expect(held.body.outstandingSharing.map((s) => s.agendaItemId)).toEqual([decided?.agendaItemId]);
    const panelWide = await send<{ outstanding: { agendaItemId: string; meetingId: string }[] }>(
      "GET",
      "/api/panels/panel-lcjst/family-sharing/outstanding",
      "p-chair",
    );
    expect(panelWide.body.outstanding).toEqual([
      expect.objectContaining({ agendaItemId: decided?.agendaItemId, meetingId: "m-lcjst-1" }),
    ]);
    expect(
      codeOf(await send("GET", "/api/panels/panel-lcjst/family-sharing/outstanding", "p-psych")),
    ).toEqual([404, "NOT_FOUND"]);

    const next = await send<MeetingOutcomesView>("GET", "/api/meetings/m-lcjst-2/outcomes", "p-chair");
    expect(next.body.carriedForward).toEqual([
      expect.objectContaining({ ownerName: expect.any(String) as string, overdue: true, done: false }),
    ]);
    const actions = await send<{ carriedForward: { description: string }[] }>(
      "GET",
      "/api/meetings/m-lcjst-2/actions",
      "p-psych",
    );
    expect(actions.body.carriedForward.map((a) => a.description)).toEqual([
      "Arrange the psychological service consultation with the school",
    ]);
    expect(codeOf(await send("GET", "/api/meetings/m-lcjst-1/outcomes", "p-cin-coordinator"))).toEqual([
      404,
      "MEETING.NOT_FOUND",
    ]);
  });

  it("records a decision once, refusing a member, missing reasons and a double submit with stable codes", async () => {
    const held = await send<MeetingOutcomesView>("GET", "/api/meetings/m-lcjst-1/outcomes", "p-chair");
    const open = held.body.items.find((item) => !item.decision)!;
    const body = {
      agendaItemId: open.agendaItemId,
      kind: "case",
      outcome: "approved",
      reasons: "Agreed: a place in the nurture group.",
    };
    const path = "/api/meetings/m-lcjst-1/decisions";
    expect(codeOf(await send("POST", path, "p-psych", body))).toEqual([403, "DECISION.CHAIR_ONLY"]);
    expect(codeOf(await send("POST", path, "p-chair", { ...body, reasons: "" }))).toEqual([
      422,
      "REFERRAL.REASON_REQUIRED",
    ]);
    const first = await send<{ id: string; outcome: string }>("POST", path, "p-chair", body);
    expect([first.status, first.body.outcome]).toEqual([201, "approved"]);
    expect(codeOf(await send("POST", path, "p-chair", body))).toEqual([409, "DECISION.ALREADY_DECIDED"]);
    expect(codeOf(await send("POST", path, "p-chair", { ...body, kind: "verdict" }))).toEqual([
      400,
      "VALIDATION.FAILED",
    ]);
  });

  it("adds an action only with an owner and a due date, and lets its owner mark it done once", async () => {
    const path = "/api/meetings/m-lcjst-1/actions";
    const action = {
      ownerId: "p-teacher",
      description: "Share the plan with the school nurse",
      dueOn: "2099-01-31",
    };
    expect(codeOf(await send("POST", path, "p-chair", { ...action, ownerId: "" }))).toEqual([
      422,
      "ACTION.OWNER_REQUIRED",
    ]);
    expect(codeOf(await send("POST", path, "p-chair", { ...action, dueOn: "" }))).toEqual([
      422,
      "ACTION.DUE_DATE_REQUIRED",
    ]);
    expect(codeOf(await send("POST", path, "p-chair", { ...action, ownerId: "p-nobody" }))).toEqual([
      422,
      "ACTION.UNKNOWN_OWNER",
    ]);
    const added = await send<ActionItem>("POST", path, "p-chair", action);
    expect(added.status).toBe(201);
    const complete = `/api/actions/${added.body.id}/complete`;
    expect(codeOf(await send("POST", complete, "p-psych"))).toEqual([403, "ACTION.NOT_OWNER_OR_CHAIR"]);
    expect((await send<ActionItem>("POST", complete, "p-teacher")).body.done).toBe(true);
    expect(codeOf(await send("POST", complete, "p-teacher"))).toEqual([409, "ACTION.ALREADY_DONE"]);
  });

  it("lists the ICSMG's unmet need register for its members and shows the child's record to those with a reason", async () => {
    const register = await send<UnmetNeedView>("GET", "/api/panels/panel-icsmg/unmet-need", "p-police");
    // Among the demo's year of history, the held meeting's own entry.
    expect(register.body.entries).toContainEqual(
      expect.objectContaining({
        resourceLabel: "Intensive Support and Supervision",
        reference: "ICSMG plan review R-01",
        meetingId: "m-icsmg-1",
      }),
    );
    expect(codeOf(await send("GET", "/api/panels/panel-icsmg/unmet-need", "p-hv"))).toEqual([
      404,
      "NOT_FOUND",
    ]);

    const record = await send<ChildRecordView>("GET", "/api/children/c-01/record", "p-police");
    expect(record.status).toBe(200);
    expect(record.body.entries.map((e) => e.decision.resource?.outcomeLabel)).toEqual([
      "Agreed, but not available",
    ]);
    expect(codeOf(await send("GET", "/api/children/c-01/record", "p-cin-coordinator"))).toEqual([
      404,
      "NOT_FOUND",
    ]);
  });

  it("lets the referrer record that the outcome was shared with the family, once", async () => {
    const held = await send<MeetingOutcomesView>("GET", "/api/meetings/m-lcjst-1/outcomes", "p-chair");
    const [outstanding] = held.body.outstandingSharing;
    const today = new Date().toISOString().slice(0, 10);
    const body = { agendaItemId: outstanding!.agendaItemId, sharedOn: today, method: "in-person" };
    expect((await send("POST", "/api/family-sharing", "p-teacher", body)).status).toBe(201);
    expect(codeOf(await send("POST", "/api/family-sharing", "p-teacher", body))).toEqual([
      409,
      "DECISION.FAMILY_SHARING_ALREADY_RECORDED",
    ]);
  });
});
