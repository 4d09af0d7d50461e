import { describe, expect, it } from "vitest";
import { ClientCache } from "./client-cache.js";

describe("ClientCache", () => {
  it("makes a client once per key and hands the same one back", async () => {
    const cache = new ClientCache<{ url: string }>();
    let made = 0;
    const create = (url: string) => () => Promise.resolve({ url: `${url}#${++made}` });

    const first = await cache.get("a", create("a"));
    expect(await cache.get("a", create("a"))).toBe(first);
    expect(await cache.get("b", create("b"))).toEqual({ url: "b#2" });
    expect(made).toBe(2);
  });

  it("does not keep a client whose creation failed: the next call tries again", async () => {
    const cache = new ClientCache<string>();
    await expect(cache.get("a", () => Promise.reject(new Error("token endpoint down")))).rejects.toThrow(
      "token endpoint down",
    );
    expect(await cache.get("a", () => Promise.resolve("made again"))).toBe("made again");
  });

  it("starts again once it holds its limit, so a flood of keys cannot grow it without bound", async () => {
    const cache = new ClientCache<number>(2);
    let made = 0;
    const create = () => Promise.resolve(++made);
    await cache.get("a", create);
    await cache.get("b", create);
    await cache.get("c", create);
    expect(await cache.get("a", create)).toBe(4);
  });
});
