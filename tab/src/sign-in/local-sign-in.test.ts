import { describe, expect, it } from "vitest";
import { LocalSignIn, type TokenStore } from "./local-sign-in.js";

function memoryStore(): TokenStore & { size(): number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    size: () => items.size,
  };
}

/** The local issuer's two endpoints, issuing numbered tokens that last an hour. */
function fakeIssuer() {
  const issued: string[] = [];
  const fetch = (url: string, init?: RequestInit) => {
    if (url === "/local-issuer/personas") {
      return Promise.resolve(
        Response.json({
          personas: [
            { id: "p-chair", displayName: "Morag Chalmers", jobTitle: "Chair", agency: "social-work" },
          ],
        }),
      );
    }
    if (url === "/local-issuer/token" && init?.method === "POST") {
      const persona = new URLSearchParams(init.body as string).get("persona");
      if (persona !== "p-chair" && persona !== "p-teacher")
        return Promise.resolve(Response.json({}, { status: 400 }));
      issued.push(persona);
      return Promise.resolve(
        Response.json({ access_token: `${persona}-token-${issued.length}`, expires_in: 3600 }),
      );
    }
    return Promise.resolve(new Response("", { status: 404 }));
  };
  return { fetch, issued };
}

describe("signing in as a local persona", () => {
  it("lists the demo personas and signs in as the one picked", async () => {
    const issuer = fakeIssuer();
    const signIn = new LocalSignIn({ fetch: issuer.fetch, store: memoryStore(), now: () => 0 });
    expect((await signIn.personas()).map((p) => p.displayName)).toEqual(["Morag Chalmers"]);
    const session = await signIn.signInAs("p-chair");
    expect(await session.getToken()).toBe("p-chair-token-1");
    expect(await session.getToken()).toBe("p-chair-token-1");
    expect(issuer.issued).toEqual(["p-chair"]);
  });

  it("keeps the persona across a reload of the tab, and renews its token when it expires", async () => {
    const issuer = fakeIssuer();
    const store = memoryStore();
    let now = 0;
    await new LocalSignIn({ fetch: issuer.fetch, store, now: () => now }).signInAs("p-teacher");

    const resumed = new LocalSignIn({ fetch: issuer.fetch, store, now: () => now }).resume();
    expect(await resumed?.getToken()).toBe("p-teacher-token-1");
    now = 3_600_000;
    expect(await resumed?.getToken()).toBe("p-teacher-token-2");
  });

  it("forgets the persona on sign out, so the picker shows again", async () => {
    const issuer = fakeIssuer();
    const store = memoryStore();
    const signIn = new LocalSignIn({ fetch: issuer.fetch, store, now: () => 0 });
    (await signIn.signInAs("p-chair")).signOut?.();
    expect(signIn.resume()).toBeNull();
    expect(store.size()).toBe(0);
  });

  it("ignores a stored token it cannot read", () => {
    const store = memoryStore();
    store.setItem("convenor.tab.local-token", "{not json");
    expect(new LocalSignIn({ fetch: fakeIssuer().fetch, store, now: () => 0 }).resume()).toBeNull();
  });

  it("refuses a persona the issuer does not know", async () => {
    const signIn = new LocalSignIn({ fetch: fakeIssuer().fetch, store: memoryStore(), now: () => 0 });
    await expect(signIn.signInAs("p-nobody")).rejects.toThrow("did not sign in");
  });
});
