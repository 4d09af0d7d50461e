import { describe, expect, it } from "vitest";
import { useLocalApiService } from "../testing/local-api-service.js";

describe("local sign-in for the Teams tab", () => {
  const api = useLocalApiService("convenor-tab-sign-in-");

  it("tells the tab to use the local issuer, and lists the demo people (never more than who they are)", async () => {
    const url = api.service().url;
    expect(await (await fetch(`${url}/tab/config.json`)).json()).toEqual({ signIn: "local-issuer" });
    const { personas } = (await (await fetch(`${url}/local-issuer/personas`)).json()) as {
      personas: Record<string, unknown>[];
    };
    expect(personas).toContainEqual({
      id: "p-chair",
      displayName: "Morag Chalmers",
      email: "morag.chalmers@convenor.test",
      jobTitle: "Area Children's Service Manager",
      agency: "social-work",
    });
    const shown = new Set(["id", "displayName", "email", "jobTitle", "agency"]);
    expect(personas.every((persona) => Object.keys(persona).every((key) => shown.has(key)))).toBe(true);
  });

  it("prints the tab's address in the start banner", () => {
    expect(api.service().banner).toContainEqual(["Teams tab (local)", `${api.service().url}/tab/`]);
  });
});
