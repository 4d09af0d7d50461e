import { expect } from "vitest";
import { fileReferral } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { demoChildren } from "@convenor/server/local";
import type { BotService } from "./bot-service.js";
import { cardOf, type CapturingConnector } from "./capturing-connector.js";
import { actionActivity, messageActivity, type Conversation } from "./teams-activities.js";

export const personalChat = (personId: string): Conversation => ({
  id: `a:personal-${personId}`,
  type: "personal",
});

/** A child who is not in the seed, so that the ISG rule looks at the form's LC-JST outcome. */
export const testChild = {
  "child.givenName": "Kirsty",
  "child.familyName": "Testchild",
  "child.dateOfBirth": "2012-06-01",
};

/** Identifying strings that must never reach a shared conversation or a log line. */
export const identifyingStrings = [
  ...demoChildren.flatMap((c) => [`${c.givenName} ${c.familyName}`, c.familyName, c.dateOfBirth]),
  testChild["child.familyName"],
  testChild["child.dateOfBirth"],
];

export function expectNoChildData(text: string): void {
  for (const secret of identifyingStrings) expect(text).not.toContain(secret);
}

/** A person in a conversation, talking to the service as Teams would. */
export function as(
  service: BotService,
  connector: CapturingConnector,
  personId: string,
  conversation = personalChat(personId),
) {
  const person = service.person(personId);
  return {
    conversation,
    say: (text: string, mention = false) =>
      service.post(messageActivity(person, conversation, connector.url, text, mention)),
    click: async (verb: string, data: Record<string, unknown>) => {
      const response = await service.post(actionActivity(person, conversation, connector.url, verb, data));
      expect(response.status).toBe(200);
      return (response.body as { value: Record<string, unknown> }).value;
    },
    /** What this person's Teams client shows after refreshing a card with a `refresh` by itself. */
    refresh: async (card: Record<string, unknown> | undefined) => {
      const action = (card?.refresh as { action: { verb: string; data: Record<string, unknown> } }).action;
      const response = await service.post(
        actionActivity(person, conversation, connector.url, action.verb, action.data, "automatic"),
      );
      expect(response.status).toBe(200);
      return (response.body as { value: Record<string, unknown> }).value;
    },
    /** Cards this conversation has received from the bot (replies and proactive messages), newest last. */
    cards: () =>
      connector
        .activitiesIn(conversation.id)
        .map(cardOf)
        .filter((c): c is Record<string, unknown> => c !== null),
  };
}

/** An urgent ICSMG referral for `testChild`, filed by the social worker through the use case (not a card). */
export async function fileUrgentIcsmgReferral(service: BotService, idempotencyKey: string) {
  const filed = await fileReferral(
    service.deps,
    { personId: "p-sw", channel: "test", origin: null, correlationId: null },
    {
      panelId: "panel-icsmg",
      idempotencyKey,
      mode: "submit",
      form: aValidReferralForm("icsmg", {
        ...testChild,
        "referrer.agency": "social-work",
        urgency: "urgent",
        "urgency.reason": "Placement breaks down on Friday.",
      }),
    },
  );
  if (!filed.ok) throw new Error(filed.error.message);
  return filed.value.referral;
}
