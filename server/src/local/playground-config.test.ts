import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoPeople } from "./seed/demo-people.js";
import { playgroundConfigYaml } from "./playground-config.js";

describe("the Agents Playground configuration", () => {
  it("is the committed .m365agentsplayground.yml for the default persona, so the two never drift", () => {
    const committed = readFileSync(new URL("../../../.m365agentsplayground.yml", import.meta.url), "utf8");
    expect(playgroundConfigYaml(demoPeople)).toBe(committed);
  });

  it("chats as the chosen demo person, with the seed's Entra object id, and keeps five others", () => {
    const yaml = playgroundConfigYaml(demoPeople, "p-chair");
    const current = yaml.slice(yaml.indexOf("currentUser:"), yaml.indexOf("users:"));
    expect(current).toContain("name: Morag Chalmers");
    expect(current).toContain("aadObjectId: 7c0e0000-0000-4000-8000-000000000001");
    const users = yaml.slice(yaml.indexOf("users:"), yaml.indexOf("personalChat:"));
    expect(users.match(/^ {2}- id: /gm)).toHaveLength(5);
    expect(users).not.toContain("p-chair");
    expect(users).toContain("id: p-teacher");
  });

  it("refuses a person who is not in the demo data", () => {
    expect(() => playgroundConfigYaml(demoPeople, "p-nobody")).toThrow(/p-nobody/);
  });
});
