import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphTeamsAppInstaller } from "./graph-teams-app-installer.adapter.js";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

describe("GraphTeamsAppInstaller against the Graph sandbox", () => {
  let harness: SandboxHarness;
  let objectIdOf: (upn: string) => Promise<string>;
  beforeAll(async () => {
    harness = await startHarness({ internal: 3, external: 1 });
    objectIdOf = async (upn) => {
      const found = await harness.graph.directory.findPerson(upn);
      return found.ok ? (found.value?.id ?? "") : "";
    };
  });
  afterAll(() => harness.close());

  const installedApps = (userId: string, appId: string) =>
    harness.graph.client
      .api(`/users/${userId}/teamwork/installedApps`)
      .expand("teamsApp")
      .filter(`teamsApp/id eq '${appId}'`)
      .get() as Promise<{ value: { teamsApp: { id: string } }[] }>;

  it("installs Convenor from the catalog in a person's personal scope, and answers already installed after", async () => {
    const installer = harness.graph.teamsApps;
    const appId = harness.config.teamsAppCatalogId ?? "";
    const staff = await objectIdOf("staff1@council.example");
    expect((await installedApps(staff, appId)).value).toEqual([]);

    expect(await installer?.installForUser(staff)).toEqual({ ok: true, value: "installed" });
    expect((await installedApps(staff, appId)).value.map((app) => app.teamsApp.id)).toEqual([appId]);
    expect(await installer?.installForUser(staff)).toEqual({ ok: true, value: "already-installed" });

    const partner = await objectIdOf("partner1@health.example");
    expect(await installer?.installForUser(partner)).toEqual({ ok: true, value: "installed" });
    expect(harness.sandbox.stats.count("POST", /\/teamwork\/installedApps$/)).toBe(3);
  });

  it("fails with GRAPH.NOT_FOUND for an unknown person or an app missing from the catalog", async () => {
    const unknownPerson = await harness.graph.teamsApps?.installForUser(
      "5b649834-7412-4cce-9e69-176e95a394f5",
    );
    expect(unknownPerson).toMatchObject({ ok: false, error: { code: "GRAPH.NOT_FOUND" } });

    const notPublished = new GraphTeamsAppInstaller(
      harness.graph.client,
      harness.sandbox.url,
      "b1c5353a-7aca-41b3-830f-27d5218fe0e5",
    );
    const staff = await objectIdOf("staff2@council.example");
    expect(await notPublished.installForUser(staff)).toMatchObject({
      ok: false,
      error: { code: "GRAPH.NOT_FOUND" },
    });
    expect((await installedApps(staff, "b1c5353a-7aca-41b3-830f-27d5218fe0e5")).value).toEqual([]);
  });

  it("retries a throttled installation and reports GRAPH.THROTTLED when Teams stays busy", async () => {
    const staff = await objectIdOf("staff3@council.example");
    harness.sandbox.setFaults({
      rules: [{ match: /^POST .*\/teamwork\/installedApps$/, status: 429, times: 50 }],
    });
    const busy = await harness.graph.teamsApps?.installForUser(staff);
    harness.sandbox.setFaults({});
    expect(busy).toMatchObject({ ok: false, error: { code: "GRAPH.THROTTLED" } });
    expect(await harness.graph.teamsApps?.installForUser(staff)).toEqual({ ok: true, value: "installed" });
  });

  it("counts an installation whose answer was lost and retried as already installed, not as a failure", async () => {
    const staff = await objectIdOf("staff2@council.example");
    harness.sandbox.setFaults({
      rules: [{ match: /^POST .*\/teamwork\/installedApps$/, status: 503, times: 1, afterHandling: true }],
    });
    const answer = await harness.graph.teamsApps?.installForUser(staff);
    harness.sandbox.setFaults({});
    expect(answer).toEqual({ ok: true, value: "already-installed" });
    const appId = harness.config.teamsAppCatalogId ?? "";
    expect((await installedApps(staff, appId)).value).toHaveLength(1);
  });
});
