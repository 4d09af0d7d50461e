import { describe, expect, it } from "vitest";
import { ApiError, createApiClient } from "./api-client.js";
import { loadPagedList } from "./paged-list.js";

interface Call {
  url: string;
  authorization: string | null;
}

/** An API answering from `answer`, recording each request's address and bearer token. */
function fakeApi(answer: (url: string, call: number) => Response) {
  const calls: Call[] = [];
  const fetch = (url: string, init?: RequestInit) => {
    calls.push({ url, authorization: new Headers(init?.headers).get("authorization") });
    return Promise.resolve(answer(url, calls.length));
  };
  let tokens = 0;
  const getToken = ({ fresh = false } = {}) => Promise.resolve(fresh ? `fresh-${++tokens}` : "cached");
  return { api: createApiClient({ fetch, getToken }), calls };
}

describe("the API client", () => {
  it("sends the bearer token and the query, and returns the JSON answer", async () => {
    const { api, calls } = fakeApi(() => Response.json({ items: [] }));
    expect(await api.get("/referrals", { view: "queue", panelId: undefined })).toEqual({ items: [] });
    expect(calls).toEqual([{ url: "/api/referrals?view=queue", authorization: "Bearer cached" }]);
  });

  it("retries once with a fresh token when the API says the token is not good", async () => {
    const { api, calls } = fakeApi((_url, call) =>
      call === 1
        ? Response.json({ error: { code: "AUTH.UNAUTHENTICATED", message: "Sign in." } }, { status: 401 })
        : Response.json({ ok: 1 }),
    );
    expect(await api.get("/me")).toEqual({ ok: 1 });
    expect(calls.map((c) => c.authorization)).toEqual(["Bearer cached", "Bearer fresh-1"]);
  });

  it("throws the server's domain error with its status", async () => {
    const { api } = fakeApi(() =>
      Response.json(
        { error: { code: "AUTH.FORBIDDEN", message: "You do not have access to this referral." } },
        { status: 403 },
      ),
    );
    const failure = await api.get("/referrals/r-1").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 403,
      error: { code: "AUTH.FORBIDDEN" },
      message: "You do not have access to this referral.",
    });
  });

  it("explains a failure that is not the API's JSON (a proxy's error page)", async () => {
    const { api } = fakeApi(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(api.get("/me")).rejects.toMatchObject({ status: 502, error: { code: "INTERNAL" } });
  });
});

describe("a paged list", () => {
  const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
    "": { items: [1, 2], nextCursor: "c2" },
    c2: { items: [3, 4], nextCursor: "c3" },
    c3: { items: [5], nextCursor: null },
  };
  const answer = (url: string) =>
    Response.json(pages[new URL(url, "http://tab").searchParams.get("cursor") ?? ""]);

  it("loads page after page with the last cursor, keeping the query, until there is no next cursor", async () => {
    const { api, calls } = fakeApi(answer);
    let list = await loadPagedList<number>(api, "/referrals", { view: "mine" });
    expect(list).toMatchObject({ items: [1, 2], hasMore: true });
    list = await list.loadMore();
    list = await list.loadMore();
    expect(list).toMatchObject({ items: [1, 2, 3, 4, 5], hasMore: false });
    expect(calls.map((c) => c.url)).toEqual([
      "/api/referrals?view=mine",
      "/api/referrals?view=mine&cursor=c2",
      "/api/referrals?view=mine&cursor=c3",
    ]);
  });

  it("asks for nothing more after the last page", async () => {
    const { api, calls } = fakeApi(answer);
    const list = await loadPagedList<number>(api, "/referrals", { view: "mine" });
    const last = await (await list.loadMore()).loadMore();
    await last.loadMore();
    expect(calls).toHaveLength(3);
  });
});
