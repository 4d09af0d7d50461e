import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePanel, startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

describe("GraphDirectory against the Graph sandbox", () => {
  let harness: SandboxHarness;
  beforeAll(async () => {
    const memberIds = Array.from({ length: 130 }, (_, n) => `person-internal-${n + 1}`);
    harness = await startHarness({
      internal: 140,
      external: 1,
      memberships: memberIds.map((personId) => ({
        panelId: fakePanel.id,
        personId,
        roles: ["member"],
        agency: "social-work",
      })),
    });
  });
  afterAll(() => harness.close());

  it("finds people by user principal name, by object id and by mail; null for nobody", async () => {
    const byUpn = await harness.graph.directory.findPerson("staff7@council.example");
    expect(byUpn.ok && byUpn.value?.displayName).toBe("Staff 7");
    const id = byUpn.ok ? (byUpn.value?.id ?? "") : "";
    const byId = await harness.graph.directory.findPerson(id);
    expect(byId.ok && byId.value?.userPrincipalName).toBe("staff7@council.example");
    const byMail = await harness.graph.directory.findByMail("partner1@health.example");
    expect(byMail.ok && byMail.value?.displayName).toBe("Partner 1");
    expect(await harness.graph.directory.findPerson("nobody@council.example")).toEqual({
      ok: true,
      value: null,
    });
    expect(await harness.graph.directory.findByMail("o'brien@council.example")).toEqual({
      ok: true,
      value: null,
    });
  });

  it("reads every page of a group's members and answers again from its cache", async () => {
    const groupId = harness.sandbox.groupIdOf(fakePanel.id) ?? "";
    harness.sandbox.stats.reset();
    const members = await harness.graph.directory.groupMembers(groupId);
    expect(members.ok && members.value.length).toBe(130);
    expect(harness.sandbox.stats.count("GET", /\/members/)).toBe(2);
    await harness.graph.directory.groupMembers(groupId);
    expect(harness.sandbox.stats.count("GET", /\/members/)).toBe(2);
  });
});
