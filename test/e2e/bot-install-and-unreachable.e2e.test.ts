import { aMembership, aPerson } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, expectNoChildData, fileUrgentIcsmgReferral, personalChat } from "./support/scenario.js";
import { installActivity, installationUpdateActivity } from "./support/teams-activities.js";

/** Emergency authorisers of the ICSMG who have never typed to Convenor (this test's own data). */
const authoriser = (n: number) =>
  aPerson({
    id: `p-quiet-authoriser-${n}`,
    displayName: `Morag Quiet-${n}`,
    email: `morag.quiet${n}@convenor.test`,
    entraObjectId: `0e0e0000-0000-4000-8000-00000000b00${n}`,
    agency: "social-work",
  });

describe("an emergency authoriser who installed Convenor but never typed, over HTTP", () => {
  let service: BotService;
  let connector: CapturingConnector;
  let start = "";

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
    start = service.clock.now().toISOString();
    for (const n of [1, 2]) {
      service.addPerson(authoriser(n), [
        aMembership({ id: "panel-icsmg" }, authoriser(n), ["emergency-authoriser"], {
          agency: "social-work",
        }),
      ]);
    }
    // The referrer, the coordinator and the chair (also an emergency authoriser) have chatted with Convenor.
    for (const id of ["p-sw", "p-coord", "p-chair"]) await as(service, connector, id).say("help");
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  const cardsOf = (personId: string) => as(service, connector, personId).cards().map(textOf);
  const later = (minutes: number) =>
    service.clock.set(new Date(Date.parse(start) + minutes * 60_000).toISOString());

  it("tells the referrer and the coordinator once who cannot be reached, and delivers on install", async () => {
    const reference = (await fileUrgentIcsmgReferral(service, "quiet-urgent")).reference!;
    await service.outbox.drainOnce(); // the urgent requests: held for the two who cannot be reached
    await service.outbox.drainOnce(); // the notices about them
    expect(cardsOf("p-chair").filter((t) => t.includes(`Urgent request ${reference}`))).toHaveLength(1);

    for (const told of ["p-sw", "p-coord"]) {
      const notices = as(service, connector, told)
        .cards()
        .filter((card) => textOf(card).includes("cannot be reached in Teams"));
      expect(notices.map(textOf).sort()).toEqual([
        expect.stringContaining("Morag Quiet-1"),
        expect.stringContaining("Morag Quiet-2"),
      ]);
      expect(textOf(notices[0])).toContain(reference);
      for (const notice of notices) expectNoChildData(JSON.stringify(notice));
    }

    // Retried later, still unreachable: nobody is told again.
    later(6);
    await service.outbox.drainOnce();
    await service.outbox.drainOnce();
    for (const told of ["p-sw", "p-coord"]) {
      expect(cardsOf(told).filter((t) => t.includes("cannot be reached in Teams"))).toHaveLength(2);
    }

    // One adds Convenor (installationUpdate), the other's install arrives as a conversation update.
    const quiet1 = service.person("p-quiet-authoriser-1");
    const quiet2 = service.person("p-quiet-authoriser-2");
    const installed = await service.post(
      installationUpdateActivity(personalChat(quiet1.id), connector.url, quiet1),
    );
    expect(installed.status).toBeLessThan(300);
    const added = await service.post(installActivity(personalChat(quiet2.id), connector.url, quiet2));
    expect(added.status).toBeLessThan(300);
    await service.outbox.drainOnce();
    for (const id of [quiet1.id, quiet2.id]) {
      expect(cardsOf(id).filter((t) => t.includes(`Urgent request ${reference}`))).toHaveLength(1);
    }
  });
});
