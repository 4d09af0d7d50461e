import { readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  agreeMinute,
  circulateMinute,
  draftMinute,
  editMinute,
  fileCaseObservation,
  fileMinuteVersion,
  type UseCaseDeps,
} from "@convenor/shared";
import {
  aMeeting,
  aMembership,
  aPerson,
  FakeWordDocuments,
  FixedClock,
  InMemoryStore,
} from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePanel, startHarness, type SandboxHarness } from "../graph/testing/sandbox-fixture.js";

const chair = aPerson({ id: "chair", displayName: "Callum Chair" });
const actor = { personId: chair.id, channel: "tab", origin: null, correlationId: null };
const meeting = aMeeting(fakePanel, "2026-03-05T10:00:00.000Z", { id: "meeting-mar", state: "held" });

describe("filing an agreed minute to the Graph sandbox", () => {
  let harness: SandboxHarness;
  let deps: UseCaseDeps;
  let store: InMemoryStore;
  const site = () => harness.sandbox.sites.find((s) => !s.restricted)!;
  const restricted = () => harness.sandbox.sites.find((s) => s.restricted)!;

  beforeAll(async () => {
    // One attempt a call: the deliverer's failure is what leaves the retry to the outbox.
    harness = await startHarness({ internal: 2, external: 0, retry: { maxAttempts: 1 } });
    store = new InMemoryStore({
      people: [chair],
      panels: [fakePanel],
      memberships: [aMembership(fakePanel, chair, ["chair"])],
      meetings: [meeting],
    });
    await store.transaction(async (tx) => {
      await tx.panelLibraries.setSite(fakePanel.id, site().id);
      await tx.panelLibraries.setRestrictedSite(fakePanel.id, restricted().id);
    });
    deps = {
      store,
      clock: new FixedClock("2026-03-05T15:00:00.000Z"),
      documents: harness.graph.documents,
      wordDocuments: new FakeWordDocuments(),
    };
  });
  afterAll(() => harness.close());

  it("files it once with its columns; a throttled upload leaves it unfiled for the outbox to retry", async () => {
    const drafted = await draftMinute(deps, actor, { meetingId: meeting.id });
    if (!drafted.ok) throw new Error(drafted.error.message);
    const sent = await circulateMinute(deps, actor, { meetingId: meeting.id, version: 1, revision: 1 });
    if (!sent.ok) throw new Error(sent.error.message);
    const agreed = await agreeMinute(deps, actor, {
      meetingId: meeting.id,
      version: 1,
      revision: sent.value.revision,
    });
    if (!agreed.ok) throw new Error(agreed.error.message);
    const message = store.contents().outbox.find((m) => m.kind === "minute.file")!;
    // What the bot's outbox deliverer does with the message; a failure there throws, so the outbox retries.
    const deliver = async () => {
      const result = await fileMinuteVersion(deps, message.payload as { meetingId: string; version: number });
      if (!result.ok) throw new Error(result.error.code);
      return result.value.status;
    };
    const path = "Minutes/2026-03-05/ISG minutes 2026-03-05 v1.docx";

    harness.sandbox.setFaults({
      rules: [{ match: /\/content$/, status: 429, times: 1, retryAfterSeconds: 0 }],
    });
    await expect(deliver()).rejects.toThrow(/GRAPH.THROTTLED/);
    expect(harness.sandbox.fieldsOf(site().id, path)).toBeNull();
    expect(store.contents().minutes[0]!.filedUrl).toBeNull();

    harness.sandbox.setFaults({ rules: [{ match: /listItem\/fields$/, status: 503, times: 1 }] });
    await expect(deliver()).rejects.toThrow(/GRAPH.UNAVAILABLE/);
    expect(store.contents().minutes[0]!.filedUrl).toBeNull();

    harness.sandbox.setFaults({});
    expect(await deliver()).toBe("filed");
    expect(await deliver()).toBe("already-filed");
    expect(harness.sandbox.fieldsOf(site().id, path)).toMatchObject({
      ConvenorPanel: fakePanel.name,
      ConvenorMeetingDate: "2026-03-05",
      ConvenorVersion: "1",
      ConvenorStatus: "agreed",
    });
    const folder = await readdir(join(harness.dataDir, "sharepoint", site().name, "Minutes", "2026-03-05"));
    expect(folder).toEqual(["ISG minutes 2026-03-05 v1.docx"]);
    const filedUrl = store.contents().minutes[0]!.filedUrl!;
    const opened = await fetch(filedUrl);
    const document = JSON.parse(await opened.text()) as { subtitle: string[] };
    expect(document.subtitle).toContain("Status: Agreed");
  });

  it("marks the earlier file superseded when an edited version is agreed and filed", async () => {
    const edited = await editMinute(deps, actor, {
      meetingId: meeting.id,
      version: 1,
      revision: store.contents().minutes[0]!.revision,
      generalBusiness: "Correction to the date of the next meeting.",
    });
    if (!edited.ok) throw new Error(edited.error.message);
    const sent = await circulateMinute(deps, actor, { meetingId: meeting.id, version: 2, revision: 1 });
    if (!sent.ok) throw new Error(sent.error.message);
    const agreed = await agreeMinute(deps, actor, {
      meetingId: meeting.id,
      version: 2,
      revision: sent.value.revision,
    });
    if (!agreed.ok) throw new Error(agreed.error.message);
    const filed = await fileMinuteVersion(deps, { meetingId: meeting.id, version: 2 });
    expect(filed.ok && filed.value.status).toBe("filed");
    const fields = (version: number) =>
      harness.sandbox.fieldsOf(site().id, `Minutes/2026-03-05/ISG minutes 2026-03-05 v${version}.docx`);
    expect(fields(1)).toMatchObject({ ConvenorVersion: "1", ConvenorStatus: "superseded" });
    expect(fields(2)).toMatchObject({ ConvenorVersion: "2", ConvenorStatus: "agreed" });
  });

  it("files a case observation to the panel's restricted site, not its general library", async () => {
    await store.transaction(async (tx) => {
      await tx.agenda.insert({
        id: "item-case",
        meetingId: meeting.id,
        position: 1,
        source: "referral",
        title: "ISG-2026-0042",
        referralId: "referral-1",
        childId: "child-1",
        slotMinutes: 15,
        presenterId: null,
        invitedPersonIds: [],
      });
      await tx.caseObservations.insert({
        id: "observation-0001",
        meetingId: meeting.id,
        agendaItemId: "item-case",
        panelId: fakePanel.id,
        childId: "child-1",
        text: "Plan reviewed with the family.",
        recordedById: chair.id,
        recordedAt: "2026-03-05T11:00:00.000Z",
        filedUrl: null,
        filedAt: null,
      });
    });
    const filed = await fileCaseObservation(deps, { observationId: "observation-0001" });
    expect(filed.ok && filed.value.status).toBe("filed");
    const folder = await readdir(
      join(harness.dataDir, "sharepoint", restricted().name, "Case observations", "2026-03-05"),
    );
    expect(folder).toEqual(["ISG-2026-0042 observation observat.docx"]);
    // The general library holds the minute only.
    expect(await readdir(join(harness.dataDir, "sharepoint", site().name))).toEqual(["Minutes"]);
  });
});
