import { describe, expect, it } from "vitest";
import { anOutboxMessage, aPerson } from "../testing/builders.js";
import { FixedClock } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { personChat } from "./conversation-key.js";
import { identifyTeamsUser } from "./identify-teams-user.js";
import { RecentTeamsUsers } from "./recent-teams-users.js";

const now = "2026-03-02T09:00:00.000Z";
const later = "2026-03-02T10:00:00.000Z";
const aileen = aPerson({ id: "p-aileen", email: "aileen@school.test", entraObjectId: "aad-aileen" });
const chat = {
  conversation: { id: "a:aileen" },
  user: { id: "29:aileen" },
  serviceUrl: "https://smba.test/",
};

async function setup() {
  const store = new InMemoryStore({ people: [aileen] });
  const held = anOutboxMessage({
    id: "held",
    recipient: personChat(aileen.id),
    createdAt: now,
    notBefore: later,
  });
  await store.transaction((tx) => tx.outbox.enqueue(held));
  const deps = { store, clock: new FixedClock(now) };
  const dueNow = async () =>
    (await store.transaction((tx) => tx.outbox.due(now, 10))).map((message) => message.id);
  const stored = () => store.transaction((tx) => tx.conversations.get(personChat(aileen.id)));
  return { deps, dueNow, stored };
}

const noEmail = () => Promise.resolve(null);

describe("identifyTeamsUser", () => {
  it("finds the person by Entra object id, remembers their personal chat and releases what was held", async () => {
    const { deps, dueNow, stored } = await setup();
    const person = await identifyTeamsUser(deps, {
      aadObjectId: "aad-aileen",
      lookupEmail: noEmail,
      personalChat: chat,
    });
    expect(person?.id).toBe("p-aileen");
    expect(await stored()).toEqual(chat);
    expect(await dueNow()).toEqual(["held"]);
  });

  it("does not touch the outbox again for a chat it already knows, unless Convenor was just installed", async () => {
    const { deps, dueNow } = await setup();
    await identifyTeamsUser(deps, { aadObjectId: "aad-aileen", lookupEmail: noEmail, personalChat: chat });
    await deps.store.transaction((tx) => tx.outbox.markFailed("held", "throttled", later));

    await identifyTeamsUser(deps, {
      aadObjectId: "aad-aileen",
      lookupEmail: noEmail,
      personalChat: { ...chat },
    });
    expect(await dueNow()).toEqual([]);

    await identifyTeamsUser(deps, {
      aadObjectId: "aad-aileen",
      lookupEmail: noEmail,
      personalChat: chat,
      installed: true,
    });
    expect(await dueNow()).toEqual(["held"]);
  });

  it("stores a changed personal chat (Convenor reinstalled) and releases what was held", async () => {
    const { deps, dueNow, stored } = await setup();
    await identifyTeamsUser(deps, { aadObjectId: "aad-aileen", lookupEmail: noEmail, personalChat: chat });
    await deps.store.transaction((tx) => tx.outbox.markFailed("held", "unreachable", later));
    const moved = { ...chat, conversation: { id: "a:aileen-new" } };
    await identifyTeamsUser(deps, { aadObjectId: "aad-aileen", lookupEmail: noEmail, personalChat: moved });
    expect(await stored()).toEqual(moved);
    expect(await dueNow()).toEqual(["held"]);
  });

  it("falls back to the email Teams gives, and remembers nothing outside a personal chat", async () => {
    const { deps, dueNow, stored } = await setup();
    const person = await identifyTeamsUser(deps, {
      aadObjectId: "aad-unknown",
      lookupEmail: () => Promise.resolve("Aileen@School.test"),
    });
    expect(person?.id).toBe("p-aileen");
    expect(await stored()).toBeNull();
    expect(await dueNow()).toEqual([]);
  });

  it("answers null for someone Convenor does not know", async () => {
    const { deps } = await setup();
    expect(await identifyTeamsUser(deps, { lookupEmail: noEmail, personalChat: chat })).toBeNull();
  });

  describe("with the users this process identified lately", () => {
    /** The store, counting how often a look-up went to it. */
    async function counted() {
      const base = await setup();
      let visits = 0;
      const store = base.deps.store;
      const deps = {
        clock: base.deps.clock,
        store: {
          ...store,
          read: <T>(work: Parameters<typeof store.read<T>>[0]) => (visits++, store.read(work)),
          transaction: <T>(work: Parameters<typeof store.transaction<T>>[0]) => (
            visits++,
            store.transaction(work)
          ),
        },
      };
      return { ...base, deps, visits: () => visits };
    }

    it("answers a repeat turn in the same chat within a minute without going to the store", async () => {
      const { deps, visits } = await counted();
      const recent = new RecentTeamsUsers();
      const turn = { aadObjectId: "aad-aileen", lookupEmail: noEmail, personalChat: chat, recent };
      expect((await identifyTeamsUser(deps, turn))?.id).toBe("p-aileen");
      const first = visits();
      expect((await identifyTeamsUser(deps, { ...turn, personalChat: { ...chat } }))?.id).toBe("p-aileen");
      expect(visits()).toBe(first);

      deps.clock.set("2026-03-02T09:01:00.000Z");
      expect((await identifyTeamsUser(deps, turn))?.id).toBe("p-aileen");
      expect(visits()).toBeGreaterThan(first);
    });

    it("still stores a moved chat and an install, releasing what was held", async () => {
      const { deps, dueNow, stored } = await counted();
      const recent = new RecentTeamsUsers();
      await identifyTeamsUser(deps, {
        aadObjectId: "aad-aileen",
        lookupEmail: noEmail,
        personalChat: chat,
        recent,
      });
      await deps.store.transaction((tx) => tx.outbox.markFailed("held", "unreachable", later));
      const moved = { ...chat, conversation: { id: "a:aileen-new" } };
      await identifyTeamsUser(deps, {
        aadObjectId: "aad-aileen",
        lookupEmail: noEmail,
        personalChat: moved,
        recent,
      });
      expect(await stored()).toEqual(moved);
      expect(await dueNow()).toEqual(["held"]);

      await deps.store.transaction((tx) => tx.outbox.markFailed("held", "unreachable", later));
      await identifyTeamsUser(deps, {
        aadObjectId: "aad-aileen",
        lookupEmail: noEmail,
        personalChat: moved,
        installed: true,
        recent,
      });
      expect(await dueNow()).toEqual(["held"]);
    });

    it("forgets the user seen longest ago when full", () => {
      const recent = new RecentTeamsUsers(60_000, 2);
      recent.remember("a", aileen, 0);
      recent.remember("b", aileen, 0);
      recent.remember("c", aileen, 0);
      expect([recent.find("a", 1), recent.find("b", 1), recent.find("c", 1)]).toEqual([null, aileen, aileen]);
    });
  });
});
