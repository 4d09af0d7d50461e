import { describe, expect, it } from "vitest";
import { ApiClient } from "./api-client.js";
import { ApiError } from "./api-error.js";

describe("the API client", () => {
  it("sends the token and the query it was given, leaving out what is unset", async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const client = new ApiClient({
      baseUrl: "https://convenor.test/",
      getToken: () => Promise.resolve("t-1"),
      fetch: (input, init) => {
        seen.push({ url: input as string, auth: new Headers(init?.headers).get("authorization") });
        return Promise.resolve(new Response(JSON.stringify({ slots: [] }), { status: 200 }));
      },
    });
    await expect(client.get("/panels/p-1/slots", { from: "2027-02-01", to: undefined })).resolves.toEqual({
      slots: [],
    });
    await client.get("/me");
    expect(seen).toEqual([
      { url: "https://convenor.test/api/panels/p-1/slots?from=2027-02-01", auth: "Bearer t-1" },
      { url: "https://convenor.test/api/me", auth: "Bearer t-1" },
    ]);
  });

  it("says so in words when the service cannot be reached", async () => {
    const client = new ApiClient({
      getToken: () => Promise.resolve("t-1"),
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    const failure = await client.get("/me").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).userMessage).toBe(
      "Something went wrong on our side: try again. Convenor could not be reached: check your connection.",
    );
  });
});
