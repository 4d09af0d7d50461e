import { describe, expect, it } from "vitest";
import { reserveConversationSend, teamsConversationLimits } from "@convenor/shared";
import { FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { ConversationRateLimiter } from "./conversation-rate-limiter.js";

/** A limiter over one store, with Teams' own windows, at the time `now()` says. */
function limiterAt(now: () => number, store = new InMemoryStore()) {
  const deps = { store, clock: new FixedClock("2026-03-02T09:00:00Z") };
  return new ConversationRateLimiter(
    (conversationId, atMs) =>
      reserveConversationSend(deps, { conversationId, atMs, windows: teamsConversationLimits }),
    now,
  );
}

describe("ConversationRateLimiter", () => {
  it("allows 7 operations a second per conversation, then says how long to wait", async () => {
    let now = 1_000_000;
    const limiter = limiterAt(() => now);
    for (let i = 0; i < 7; i += 1) expect(await limiter.reserve("chat-a")).toBe(0);
    expect(await limiter.reserve("chat-a")).toBe(1_000);
    expect(await limiter.reserve("chat-b")).toBe(0);
    now += 1_000;
    expect(await limiter.reserve("chat-a")).toBe(0);
  });

  it("allows 60 operations in 30 seconds per conversation", async () => {
    let now = 0;
    const limiter = limiterAt(() => now);
    for (let i = 0; i < 60; i += 1) {
      expect(await limiter.reserve("chat")).toBe(0);
      now += 200;
    }
    // 60 sent over 12 s: the next slot opens 30 s after the first.
    expect(await limiter.reserve("chat")).toBe(30_000 - 12_000);
    now = 30_000;
    expect(await limiter.reserve("chat")).toBe(0);
  });

  it("shares a conversation's windows with another instance on the same store", async () => {
    const now = 2_000_000;
    const store = new InMemoryStore();
    const first = limiterAt(() => now, store);
    const second = limiterAt(() => now, store);
    for (let i = 0; i < 7; i += 1) expect(await (i % 2 ? second : first).reserve("chat")).toBe(0);
    expect(await second.reserve("chat")).toBe(1_000);
    expect(await first.reserve("chat")).toBe(1_000);
  });

  it("allows 50 operations a second for the whole app, across conversations", async () => {
    let now = 5_000;
    const limiter = limiterAt(() => now);
    for (let i = 0; i < 50; i += 1) expect(await limiter.reserve(`chat-${i}`)).toBe(0);
    expect(await limiter.reserve("chat-new")).toBe(1_000);
    now += 1_000;
    expect(await limiter.reserve("chat-new")).toBe(0);
  });

  it("does not count a send the conversation refused against the app's limit", async () => {
    const now = 7_000;
    const limiter = limiterAt(() => now);
    for (let i = 0; i < 7; i += 1) expect(await limiter.reserve("busy")).toBe(0);
    for (let i = 0; i < 50; i += 1) expect(await limiter.reserve("busy")).toBe(1_000);
    for (let i = 0; i < 43; i += 1) expect(await limiter.reserve(`chat-${i}`)).toBe(0);
    expect(await limiter.reserve("one-too-many")).toBe(1_000);
  });
});
