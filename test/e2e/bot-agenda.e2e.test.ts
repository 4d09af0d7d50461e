import { buildAgenda, fileReferral, publishAgenda, screenReferral, updateAgendaItem } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botServicePublicUrl, startBotService, type BotService } from "./support/bot-service.js";
import { textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, expectNoChildData, testChild } from "./support/scenario.js";

const icsmgChat = { id: "19:icsmg-agenda@thread.v2", type: "groupChat" as const };
const actor = (personId: string) => ({ personId, channel: "test", origin: null, correlationId: null });

describe("publishing an agenda, over HTTP to Teams", () => {
  let service: BotService;
  let connector: CapturingConnector;
  let reference = "";

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
    for (const id of ["p-chair", "p-police", "p-hv"]) await as(service, connector, id).say("help");
    await as(service, connector, "p-chair", icsmgChat).say("link panel icsmg", true);

    const filed = await fileReferral(service.deps, actor("p-sw"), {
      panelId: "panel-icsmg",
      idempotencyKey: "agenda-e2e-file",
      mode: "submit",
      form: aValidReferralForm("icsmg", { ...testChild, "referrer.agency": "social-work" }),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    reference = filed.value.referral.reference!;
    const accepted = await screenReferral(service.deps, actor("p-chair"), {
      referralId: filed.value.referral.id,
      idempotencyKey: "agenda-e2e-accept",
      decision: { kind: "accept", meetingId: "m-icsmg-2" },
    });
    if (!accepted.ok) throw new Error(accepted.error.message);
    const agenda = await buildAgenda(service.deps, actor("p-chair"), { meetingId: "m-icsmg-2" });
    if (!agenda.ok) throw new Error(agenda.error.message);
    const item = agenda.value.items.find((i) => i.reference === reference)!;
    const invited = await updateAgendaItem(service.deps, actor("p-chair"), {
      meetingId: "m-icsmg-2",
      version: agenda.value.version,
      itemId: item.id,
      invitedPersonIds: ["p-hv"],
    });
    if (!invited.ok) throw new Error(invited.error.message);
    await service.outbox.drainOnce();
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  it("posts one card to the panel chat with counts, the date and a link, never the child or the case", async () => {
    const published = await publishAgenda(service.deps, actor("p-chair"), { meetingId: "m-icsmg-2" });
    expect(published.ok && published.value.sent).toBe(true);
    await service.outbox.drainOnce();

    const cards = as(service, connector, "p-chair", icsmgChat)
      .cards()
      .filter((card) => textOf(card).includes("Agenda"));
    expect(cards).toHaveLength(1);
    const text = JSON.stringify(cards[0]);
    expect(text).toContain("Agenda published");
    expect(text).toMatch(/\d+ cases?/);
    expect(text).toContain(`${botServicePublicUrl}/tab/#/meetings/m-icsmg-2`);
    expect(text).not.toContain(reference);
    expectNoChildData(text);
    expect(service.logs.join("\n")).not.toContain(testChild["child.familyName"]);
  });

  it("tells a member in their personal chat, and the invitee about their item only", () => {
    const member = as(service, connector, "p-police")
      .cards()
      .map((card) => JSON.stringify(card));
    const invitee = as(service, connector, "p-hv")
      .cards()
      .map((card) => JSON.stringify(card));

    expect(member.filter((text) => text.includes("Agenda published"))).toHaveLength(1);
    const invitation = invitee.filter((text) => text.includes("invited to"));
    expect(invitation).toHaveLength(1);
    expect(invitation[0]).toContain(reference);
    expect(invitation[0]).not.toContain("Minutes of the last meeting");
    expectNoChildData(invitation[0]!);
  });

  it("does not post again when published unchanged", async () => {
    const before = connector.activitiesIn(icsmgChat.id).length;
    const again = await publishAgenda(service.deps, actor("p-chair"), { meetingId: "m-icsmg-2" });
    await service.outbox.drainOnce();
    expect(again.ok && again.value.sent).toBe(false);
    expect(connector.activitiesIn(icsmgChat.id)).toHaveLength(before);
  });
});
