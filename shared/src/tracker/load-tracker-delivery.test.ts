import { describe, expect, it } from "vitest";
import { personChat } from "../conversations/conversation-key.js";
import { anOutboxMessage } from "../testing/builders.js";
import { loadTrackerDelivery } from "./load-tracker-delivery.js";
import { aTrackerScenario, anEntry, withCaseload, withEntries } from "./tracker-scenario.test-support.js";

const message = (kind: string, month = "2026-11") =>
  anOutboxMessage({
    kind,
    recipient: personChat("wendy"),
    payload: { panelId: "hrp", workerId: "wendy", month },
  });

describe("loadTrackerDelivery", () => {
  it("reads the worker's card fresh for their personal chat, and audits each young person shown", async () => {
    const s = aTrackerScenario();
    await withCaseload(s);
    await s.store.transaction((tx) =>
      tx.conversations.put(personChat("wendy"), { conversation: { id: "a:wendy" } }),
    );
    const delivery = await loadTrackerDelivery(s.deps, message("tracker.monthly-card"));
    expect(delivery?.kind).toBe("card");
    expect(delivery?.recipient).toEqual({ conversation: { id: "a:wendy" } });
    const audit = await s.store.read((tx) => tx.audit.list({ childId: "amy" }));
    expect(audit.map((entry) => entry.action)).toEqual(["tracker.card-sent"]);
  });

  it("drops a card for a month no longer open and a reminder for a month submitted since", async () => {
    const s = aTrackerScenario();
    await withCaseload(s);
    expect(await loadTrackerDelivery(s.deps, message("tracker.monthly-card", "2026-10"))).toBeNull();
    await withEntries(s, [anEntry("amy", "2026-11")]);
    expect(await loadTrackerDelivery(s.deps, message("tracker.reminder"))).toBeNull();
  });
});
