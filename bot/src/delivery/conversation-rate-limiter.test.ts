import { describe, expect, it } from "vitest";
import { ConversationRateLimiter } from "./conversation-rate-limiter.js";

describe("ConversationRateLimiter", () => {
  it("allows 7 operations a second per conversation, then says how long to wait", () => {
    let now = 1_000_000;
    const limiter = new ConversationRateLimiter(() => now);
    for (let i = 0; i < 7; i += 1) expect(limiter.reserve("chat-a")).toBe(0);
    expect(limiter.reserve("chat-a")).toBe(1_000);
    expect(limiter.reserve("chat-b")).toBe(0);
    now += 1_000;
    expect(limiter.reserve("chat-a")).toBe(0);
  });

  it("allows 60 operations in 30 seconds per conversation", () => {
    let now = 0;
    const limiter = new ConversationRateLimiter(() => now);
    for (let i = 0; i < 60; i += 1) {
      expect(limiter.reserve("chat")).toBe(0);
      now += 200;
    }
    // 60 sent over 12 s: the next slot opens 30 s after the first.
    expect(limiter.reserve("chat")).toBe(30_000 - 12_000);
    now = 30_000;
    expect(limiter.reserve("chat")).toBe(0);
  });

  it("allows 50 operations a second for the whole app, across conversations", () => {
    let now = 5_000;
    const limiter = new ConversationRateLimiter(() => now);
    for (let i = 0; i < 50; i += 1) expect(limiter.reserve(`chat-${i}`)).toBe(0);
    expect(limiter.reserve("chat-new")).toBe(1_000);
    now += 1_000;
    expect(limiter.reserve("chat-new")).toBe(0);
  });
});
