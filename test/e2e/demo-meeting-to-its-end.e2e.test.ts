import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {
  CaseObservation,
  CaseObservationView,
  Child,
  ChildRecordView,
  MeetingOutcomesView,
  MinutesView,
  MinuteVersion,
} from "@convenor/shared";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { demoChildren, demoPeople } from "@convenor/server/local";
import { docxText, findChildIdentifiers } from "@convenor/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The README's walkthrough of a held meeting, over the HTTP API of the service in local mode with the Graph
 * sandbox: the chair adds an action and a case observation, drafts, edits, circulates and agrees the minute;
 * the outbox files it as a Word document in the panel's library, which names no seeded child.
 */
describe("a demo meeting run to its end", () => {
  let dataDir = "";
  let service: RunningService;
  const meetingPath = "/api/meetings/m-lcjst-1";

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "convenor-demo-meeting-"));
    service = await startService(
      loadConfig({ DATA_DIR: dataDir, PORT: "0", GRAPH_SANDBOX_PORT: "0" }),
      createLogger({ level: "silent" }),
      { playground: false, graphSandbox: true },
    );
  });
  afterAll(async () => {
    await service?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function call<T>(method: string, path: string, personId: string, body?: object) {
    const person = demoPeople.find((candidate) => candidate.id === personId)!;
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await service.localIssuer!.issueToken(person)}`,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Every child the demo holds: the seeded records and the children of seeded referrals. */
  async function everySeededChild(): Promise<Child[]> {
    return service.deps.store.read(async (tx) => {
      const referred = await tx.referrals.list({});
      const ids = new Set([...demoChildren.map((c) => c.id), ...referred.map((r) => r.childId)]);
      const children = await Promise.all(
        [...ids].filter((id) => id !== null).map((id) => tx.children.get(id)),
      );
      return children.filter((child): child is Child => child !== null);
    });
  }

  /** Delivers the outbox until `done` holds: what the running service's worker does in the background. */
  async function deliverUntil(done: () => Promise<boolean>): Promise<void> {
    for (let round = 0; round < 10 && !(await done()); round += 1) await service.outbox.drainOnce();
    expect(await done()).toBe(true);
  }

  it("ends with the minute agreed and filed as Word with its columns, naming no child, and the observation restricted", async () => {
    const outcomes = await call<MeetingOutcomesView>("GET", `${meetingPath}/outcomes`, "p-chair");
    expect(outcomes.status).toBe(200);
    // The seeded LC-JST decision whose sharing with the family is still to be recorded.
    const sharing = outcomes.body.outstandingSharing[0]!;
    const decided = outcomes.body.items.find((item) => item.agendaItemId === sharing.agendaItemId)!;
    expect(decided.decision!.reasons).not.toBe("");

    const action = await call<{ id: string }>("POST", `${meetingPath}/actions`, "p-chair", {
      agendaItemId: decided.agendaItemId,
      ownerId: "p-teacher",
      description: "Share the agreed support plan with the school nurse",
      dueOn: "2099-01-31",
    });
    expect(action.status).toBe(201);
    const child = (await everySeededChild()).find((c) => c.id === decided.childId)!;
    const observation = await call<CaseObservation>("POST", `${meetingPath}/observations`, "p-chair", {
      agendaItemId: decided.agendaItemId,
      text: `${child.givenName} has settled at the new placement; the family asked for a review in spring.`,
    });
    expect(observation.status).toBe(201);

    const drafted = await call<MinuteVersion>("POST", `${meetingPath}/minutes`, "p-chair");
    expect(drafted.status).toBe(201);
    const edited = await call<MinuteVersion>("PATCH", `${meetingPath}/minutes/1`, "p-chair", {
      revision: drafted.body.revision,
      generalBusiness: "The group welcomed the new school nurse service.",
    });
    const circulated = await call<MinuteVersion>("POST", `${meetingPath}/minutes/1/circulate`, "p-chair", {
      revision: edited.body.revision,
    });
    const agreed = await call<MinuteVersion>("POST", `${meetingPath}/minutes/1/agree`, "p-chair", {
      revision: circulated.body.revision,
    });
    expect(agreed.body.status).toBe("agreed");

    const minutes = async () => (await call<MinutesView>("GET", `${meetingPath}/minutes`, "p-chair")).body;
    await deliverUntil(async () => (await minutes()).versions[0]!.filedUrl !== null);

    const sandbox = service.graphSandbox!;
    const library = sandbox.sites.find((site) => site.panelId === "panel-lcjst" && !site.restricted)!;
    const folder = join(dataDir, "sharepoint", library.name, "Minutes");
    const [day] = await readdir(folder);
    const files = await readdir(join(folder, day!));
    expect(files).toHaveLength(1);
    const docx = new Uint8Array(await readFile(join(folder, day!, files[0]!)));
    const staff = demoPeople.map((person) => person.displayName);
    expect(findChildIdentifiers(docx, await everySeededChild(), { except: staff })).toEqual([]);
    const text = docxText(docx).body;
    expect(text).toContain("The group welcomed the new school nurse service.");
    expect(text).toContain(decided.reference);
    expect(text).toContain("Share the agreed support plan with the school nurse");
    expect(text).not.toContain("settled at the new placement");
    expect(sandbox.fieldsOf(library.id, `Minutes/${day}/${files[0]}`)).toMatchObject({
      ConvenorVersion: "1",
      ConvenorStatus: "agreed",
      ConvenorMeetingDate: day,
    });

    // The observation: on the child's record for the chair, filed to the restricted site only.
    const onRecord = await call<CaseObservationView[]>(
      "GET",
      `/api/children/${child.id}/observations`,
      "p-chair",
    );
    expect(onRecord.body.map((o) => o.text)).toEqual([
      expect.stringContaining("settled at the new placement"),
    ]);
    const restricted = sandbox.sites.find((site) => site.panelId === "panel-lcjst" && site.restricted)!;
    await deliverUntil(async () => {
      const filed = await readdir(join(dataDir, "sharepoint", restricted.name)).catch((): string[] => []);
      return filed.includes("Case observations");
    });
    expect(await readdir(join(dataDir, "sharepoint", library.name))).toEqual(["Minutes"]);

    // Editing the agreed minute makes version 2, to be agreed again; version 1 stays.
    const reopened = await call<MinuteVersion>("PATCH", `${meetingPath}/minutes/1`, "p-chair", {
      revision: (await minutes()).versions[0]!.revision,
      generalBusiness: "The group welcomed the new school nurse service from January.",
    });
    expect([reopened.body.version, reopened.body.status]).toEqual([2, "draft"]);
    expect((await minutes()).versions.map((v) => v.status)).toEqual(["agreed", "draft"]);

    // The family sharing, recorded by the person asked; the child's record then shows it.
    const recorded = await call("POST", "/api/family-sharing", sharing.personId, {
      agendaItemId: decided.agendaItemId,
      sharedOn: day,
      method: "phone",
      note: null,
    });
    expect(recorded.status).toBe(201);
    const after = await call<MeetingOutcomesView>("GET", `${meetingPath}/outcomes`, "p-chair");
    expect(after.body.outstandingSharing.map((s) => s.agendaItemId)).not.toContain(decided.agendaItemId);
    const record = await call<ChildRecordView>("GET", `/api/children/${child.id}/record`, "p-chair");
    expect(record.status).toBe(200);
    expect(JSON.stringify(record.body)).toContain(decided.decision!.reasons);
    expect(record.body.observations.map((o) => o.caseReference)).toEqual([decided.reference]);
    // A member of the panel sees the record's decisions, not its restricted observations.
    const member = await call<ChildRecordView>("GET", `/api/children/${child.id}/record`, "p-psych");
    expect([member.status, member.body.observations]).toEqual([200, []]);
  });
});
