import { describe, expect, it } from "vitest";
import { ApiClient } from "@convenor/ui";
import { loadPagedList } from "./paged-list.js";

const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
  "": { items: [1, 2], nextCursor: "c2" },
  c2: { items: [3, 4], nextCursor: "c3" },
  c3: { items: [5], nextCursor: null },
};

/** The shared API client over a fake service that pages by `cursor`, recording the addresses asked for. */
function pagedApi() {
  const asked: string[] = [];
  const fetch = (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : input, "http://tab");
    asked.push(`${url.pathname}${url.search}`);
    return Promise.resolve(Response.json(pages[url.searchParams.get("cursor") ?? ""]));
  };
  return { api: new ApiClient({ getToken: () => Promise.resolve("token"), fetch }), asked };
}

describe("a paged list", () => {
  it("loads page after page with the last cursor, keeping the query, until there is no next cursor", async () => {
    const { api, asked } = pagedApi();
    let list = await loadPagedList<number>(api, "/referrals", { view: "mine" });
    expect(list).toMatchObject({ items: [1, 2], hasMore: true });
    list = await list.loadMore();
    list = await list.loadMore();
    expect(list).toMatchObject({ items: [1, 2, 3, 4, 5], hasMore: false });
    expect(asked).toEqual([
      "/api/referrals?view=mine",
      "/api/referrals?view=mine&cursor=c2",
      "/api/referrals?view=mine&cursor=c3",
    ]);
  });

  it("asks for nothing more after the last page", async () => {
    const { api, asked } = pagedApi();
    const list = await loadPagedList<number>(api, "/referrals", { view: "mine" });
    const last = await (await list.loadMore()).loadMore();
    await last.loadMore();
    expect(asked).toHaveLength(3);
  });
});
