import { describe, expect, it } from "vitest";
import { draftMinute } from "./draft-minute.js";
import { fileCaseObservation } from "./file-case-observation.js";
import { listCaseObservations } from "./list-case-observations.js";
import { listChildObservations } from "./list-child-observations.js";
import { aHeldMeeting } from "./minutes-scenario.test-support.js";
import { recordCaseObservation } from "./record-case-observation.js";

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? "ok" : result.error?.code);

describe("case observations", () => {
  it("records an observation on a case item, restricted to the chair and coordinator, every read audited", async () => {
    const s = await aHeldMeeting();
    const record = (
      who = s.people.chair,
      agendaItemId = s.caseItem.id,
      text = "Mum attended; plan reviewed.",
    ) => recordCaseObservation(s.deps, s.actor(who), { meetingId: s.meetingId, agendaItemId, text });
    expect(codeOf(await record(s.people.member))).toBe("MINUTES.NOT_CHAIR_OR_COORDINATOR");
    expect(codeOf(await record(s.people.chair, s.topicItem!.id))).toBe("MINUTES.NOT_A_CASE_ITEM");
    expect(codeOf(await record(s.people.chair, s.caseItem.id, "   "))).toBe("VALIDATION.FAILED");
    expect(codeOf(await record(s.people.chair, s.caseItem.id, "x".repeat(10_001)))).toBe(
      "VALIDATION.TOO_LONG",
    );
    expect(s.store.contents().caseObservations).toEqual([]);
    const recorded = await record();
    expect(recorded.ok && recorded.value).toMatchObject({ childId: s.caseItem.childId, filedUrl: null });
    expect(s.store.contents().outbox.filter((m) => m.kind === "observation.file")).toHaveLength(1);

    expect(
      codeOf(await listCaseObservations(s.deps, s.actor(s.people.member), { meetingId: s.meetingId })),
    ).toBe("MINUTES.NOT_CHAIR_OR_COORDINATOR");
    const listed = await listCaseObservations(s.deps, s.actor(s.people.coordinator), {
      meetingId: s.meetingId,
    });
    expect(listed.ok && listed.value).toMatchObject([
      {
        caseReference: s.referral.reference,
        text: "Mum attended; plan reviewed.",
        recordedByName: "Callum Chair",
      },
    ]);
    const viewed = s.store.contents().audit.filter((a) => a.action === "observation.viewed");
    expect(viewed).toMatchObject([{ actorId: "coordinator", childId: s.caseItem.childId }]);
  });

  it("shows on the child's record to the panel's chair and coordinators only, each read audited", async () => {
    const s = await aHeldMeeting();
    await recordCaseObservation(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      text: "Plan reviewed",
    });
    const childId = s.caseItem.childId!;
    const read = (who = s.people.coordinator) => listChildObservations(s.deps, s.actor(who), { childId });
    const coordinator = await read();
    expect(coordinator.ok && coordinator.value.map((o) => o.text)).toEqual(["Plan reviewed"]);
    const member = await read(s.people.member);
    expect(member.ok && member.value).toEqual([]);
    const audited = s.store.contents().audit.filter((a) => a.action === "observation.viewed");
    expect(audited.map((a) => a.actorId)).toEqual(["coordinator"]);
  });

  it("is never in the minute", async () => {
    const s = await aHeldMeeting();
    await recordCaseObservation(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      text: "Grandparent caring at weekends",
    });
    const minute = await draftMinute(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(JSON.stringify(minute)).not.toContain("Grandparent");
  });

  it("files to the panel's restricted library only, and waits while it has none", async () => {
    const s = await aHeldMeeting();
    const recorded = await recordCaseObservation(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      text: "Observation text",
    });
    const id = recorded.ok ? recorded.value.id : "";
    const filed = await fileCaseObservation(s.deps, { observationId: id });
    expect(filed.ok && filed.value.status).toBe("filed");
    const paths = [...s.documents.files.keys()];
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^site-restricted\/Case observations\/2026-03-05\//);
    expect(s.store.contents().caseObservations[0]!.filedUrl).toMatch(/^https:/);
  });

  it("waits, filing nothing, while the panel has no restricted library (never its general one)", async () => {
    const s = await aHeldMeeting("isg", { restrictedLibrary: false });
    const recorded = await recordCaseObservation(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      text: "Observation text",
    });
    const filed = await fileCaseObservation(s.deps, { observationId: recorded.ok ? recorded.value.id : "" });
    expect(codeOf(filed)).toBe("PAPER.NO_LIBRARY");
    expect(s.documents.files.size).toBe(0);
    expect(s.store.contents().caseObservations[0]!.filedUrl).toBeNull();
  });
});
