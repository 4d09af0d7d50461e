import { describe, expect, it } from "vitest";
import { agreeMinute } from "./agree-minute.js";
import { circulateMinute } from "./circulate-minute.js";
import { draftMinute } from "./draft-minute.js";
import { editMinute } from "./edit-minute.js";
import { fileMinuteVersion } from "./file-minute-version.js";
import { getMinutes } from "./get-minutes.js";
import { minuteDocument } from "./minute-document.js";
import { aHeldMeeting, type MinutesScenario } from "./minutes-scenario.test-support.js";
import { recordMinuteAgreements } from "./record-minute-agreements.js";

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? "ok" : result.error?.code);

async function drafted(s: MinutesScenario) {
  const result = await draftMinute(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function circulated(s: MinutesScenario) {
  const draft = await drafted(s);
  const result = await circulateMinute(s.deps, s.actor(s.people.coordinator), {
    meetingId: s.meetingId,
    version: draft.version,
    revision: draft.revision,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function agreed(s: MinutesScenario) {
  const minute = await circulated(s);
  const result = await agreeMinute(s.deps, s.actor(s.people.chair), {
    meetingId: s.meetingId,
    version: minute.version,
    revision: minute.revision,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function childDetails(s: MinutesScenario): string[] {
  return s.store.contents().children.flatMap((c) => [c.givenName, c.familyName, c.dateOfBirth]);
}

describe("drafting the minute from the meeting record", () => {
  it("holds attendance, apologies, quorum, items in order and the decision with its votes and dissent", async () => {
    const s = await aHeldMeeting("isg");
    const minute = await drafted(s);
    expect(minute).toMatchObject({ version: 1, revision: 1, status: "draft" });
    const { content } = minute;
    expect(content.present.map((p) => p.name)).toEqual(["Callum Chair", "Mhairi Member", "Pat Police"]);
    expect(content.apologies.map((p) => p.name)).toEqual(["Cara Coordinator"]);
    expect(content.quorum).toMatch(/met$/);
    expect(content.items.map((i) => i.position)).toEqual(
      [...content.items.map((i) => i.position)].sort((a, b) => a - b),
    );
    const caseItem = content.items.find((i) => i.agendaItemId === s.caseItem.id)!;
    expect(caseItem.title).toBe(s.referral.reference);
    expect(caseItem.decisions).toEqual([
      {
        outcome: "approved",
        reasons: "Support package meets the assessed need",
        votes: "approve 2, decline 1",
        dissent: [{ name: "Pat Police", reason: "Risk not yet assessed" }],
        castingOutcome: false,
      },
    ]);
    const text = JSON.stringify(minute);
    for (const detail of childDetails(s)) expect(text).not.toContain(detail);
  });

  it("withholds case references and decisions where the preset does (ICSMG, 000 5)", async () => {
    const s = await aHeldMeeting("icsmg");
    const minute = await drafted(s);
    const caseItem = minute.content.items.find((i) => i.agendaItemId === s.caseItem.id)!;
    expect(caseItem).toMatchObject({ title: "Case item (recorded on the child's record)", decisions: [] });
    expect(JSON.stringify(minute)).not.toContain(s.referral.reference);
  });

  it("is for the chair or coordinator, once, and writes nothing when refused", async () => {
    const s = await aHeldMeeting();
    const before = s.store.contents().audit.length;
    expect(codeOf(await draftMinute(s.deps, s.actor(s.people.member), { meetingId: s.meetingId }))).toBe(
      "MINUTES.NOT_CHAIR_OR_COORDINATOR",
    );
    expect(s.store.contents().minutes).toEqual([]);
    expect(s.store.contents().audit.length).toBe(before);
    await drafted(s);
    expect(codeOf(await draftMinute(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId }))).toBe(
      "MINUTES.ALREADY_DRAFTED",
    );
  });

  it("waits until the meeting has been held", async () => {
    const s = await aHeldMeeting();
    expect(codeOf(await draftMinute(s.deps, s.actor(s.people.chair), { meetingId: "meeting-feb" }))).toBe(
      "ok",
    );
    s.clock.set("2026-01-01T09:00:00.000Z");
    await s.store.transaction(async (tx) => {
      const feb = (await tx.meetings.get("meeting-feb"))!;
      await tx.meetings.insert({ ...feb, id: "meeting-apr", startsAt: "2026-04-02T10:00:00.000Z" });
    });
    expect(codeOf(await draftMinute(s.deps, s.actor(s.people.chair), { meetingId: "meeting-apr" }))).toBe(
      "MINUTES.MEETING_NOT_HELD",
    );
  });
});

describe("editing, circulating and agreeing", () => {
  it("refuses an edit from a stale read, a case item's discussion and oversized text, changing nothing", async () => {
    const s = await aHeldMeeting();
    const draft = await drafted(s);
    const edit = (input: Partial<Parameters<typeof editMinute>[2]>) =>
      editMinute(s.deps, s.actor(s.people.chair), {
        meetingId: s.meetingId,
        version: 1,
        revision: 1,
        ...input,
      });
    const saved = await edit({ generalBusiness: "Budget for next year noted." });
    expect(saved.ok && saved.value).toMatchObject({ version: 1, revision: 2 });
    expect(codeOf(await edit({ generalBusiness: "Overwrites it" }))).toBe("MINUTES.STALE_VERSION");
    expect(
      codeOf(await edit({ revision: 2, itemNotes: [{ agendaItemId: s.caseItem.id, notes: "Mum said..." }] })),
    ).toBe("VALIDATION.FAILED");
    expect(codeOf(await edit({ revision: 2, generalBusiness: "x".repeat(20_001) }))).toBe(
      "VALIDATION.TOO_LONG",
    );
    expect(codeOf(await edit({ revision: 2, progress: [] }))).toBe("MINUTES.NOT_A_STRATEGIC_GROUP");
    expect(
      codeOf(
        await editMinute(s.deps, s.actor(s.people.member), {
          meetingId: s.meetingId,
          version: 1,
          revision: 2,
        }),
      ),
    ).toBe("MINUTES.NOT_CHAIR_OR_COORDINATOR");
    const [stored] = s.store.contents().minutes;
    expect(stored).toMatchObject({
      revision: 2,
      content: { ...draft.content, generalBusiness: "Budget for next year noted." },
    });
  });

  it("lets panel members read circulated and agreed versions, never a draft nor the case items", async () => {
    const s = await aHeldMeeting();
    await drafted(s);
    const read = (who = s.people.member) => getMinutes(s.deps, s.actor(who), { meetingId: s.meetingId });
    const before = await read();
    expect(before.ok && before.value).toMatchObject({
      canKeep: false,
      canAgree: false,
      versions: [],
      caseItems: [],
    });
    await circulateMinute(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      version: 1,
      revision: 1,
    });
    const after = await read();
    expect(after.ok && after.value.versions.map((v) => v.status)).toEqual(["circulated"]);
    expect(codeOf(await read(s.people.referrer))).toBe("MINUTES.NOT_CHAIR_OR_COORDINATOR");
    expect(codeOf(await read(s.invitee))).toBe("MINUTES.NOT_CHAIR_OR_COORDINATOR");
  });

  it("circulates to those present by reference only, with a link to the tab", async () => {
    const s = await aHeldMeeting();
    const minute = await circulated(s);
    expect(minute.status).toBe("circulated");
    const notices = s.store.contents().outbox.filter((m) => m.kind === "minute.circulated");
    expect(notices.map((m) => m.recipient).sort()).toEqual([
      "person:chair",
      "person:member",
      "person:police",
    ]);
    expect(notices[0]!.payload).toMatchObject({
      version: 1,
      meetingDate: "2026-03-05",
      minutesPath: "/tab/#/meetings/meeting-mar/minutes",
    });
    const text = JSON.stringify(notices);
    for (const detail of [...childDetails(s), s.referral.reference]) expect(text).not.toContain(detail);
  });

  it("is agreed by the chair once a version is circulated, queues its filing, and refuses agreeing it twice", async () => {
    const s = await aHeldMeeting();
    const draft = await drafted(s);
    const agree = (who = s.people.chair, read = { version: 1, revision: draft.revision }) =>
      agreeMinute(s.deps, s.actor(who), { meetingId: s.meetingId, ...read });
    expect(codeOf(await agree())).toBe("MINUTES.NOT_CIRCULATED");
    const sent = await circulateMinute(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      version: 1,
      revision: 1,
    });
    const revision = sent.ok ? sent.value.revision : 0;
    expect(codeOf(await agree(s.people.coordinator, { version: 1, revision }))).toBe(
      "MINUTES.NOT_CHAIR_OR_COORDINATOR",
    );
    const done = await agree(s.people.chair, { version: 1, revision });
    expect(done.ok && done.value).toMatchObject({ status: "agreed", agreedById: "chair" });
    expect(codeOf(await agree(s.people.chair, { version: 1, revision }))).toBe("MINUTES.ALREADY_AGREED");
    expect(codeOf(await agree(s.people.chair, { version: 1, revision: revision + 1 }))).toBe(
      "MINUTES.ALREADY_AGREED",
    );
    const filing = s.store.contents().outbox.filter((m) => m.kind === "minute.file");
    expect(filing.map((m) => m.payload)).toMatchObject([{ meetingId: s.meetingId, version: 1 }]);
  });

  it("keeps an agreed version and makes an edit of it the next version, to be agreed again", async () => {
    const s = await aHeldMeeting();
    const first = await agreed(s);
    const edited = await editMinute(s.deps, s.actor(s.people.coordinator), {
      meetingId: s.meetingId,
      version: first.version,
      revision: first.revision,
      generalBusiness: "Correction: the next meeting is on 2 April.",
    });
    expect(edited.ok && edited.value).toMatchObject({
      version: 2,
      revision: 1,
      status: "draft",
      agreedAt: null,
    });
    const view = await getMinutes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
    expect(view.ok && view.value.versions.map((v) => [v.version, v.status])).toEqual([
      [1, "agreed"],
      [2, "draft"],
    ]);
  });
});

describe("filing an agreed version", () => {
  it("files it once to Minutes/<meeting date> with its columns, and a retry after a failure never duplicates it", async () => {
    const s = await aHeldMeeting();
    await agreed(s);
    s.documents.failNext({ code: "GRAPH.THROTTLED", message: "Too many requests" });
    const failed = await fileMinuteVersion(s.deps, { meetingId: s.meetingId, version: 1 });
    expect(codeOf(failed)).toBe("GRAPH.THROTTLED");
    expect(s.store.contents().minutes[0]!.filedUrl).toBeNull();
    const filed = await fileMinuteVersion(s.deps, { meetingId: s.meetingId, version: 1 });
    expect(filed.ok && filed.value.status).toBe("filed");
    const again = await fileMinuteVersion(s.deps, { meetingId: s.meetingId, version: 1 });
    expect(again.ok && again.value.status).toBe("already-filed");
    expect([...s.documents.files.keys()]).toEqual([
      `site-1/Minutes/2026-03-05/ISG minutes 2026-03-05 v1.docx`,
    ]);
    expect(s.store.contents().minutes[0]!.filedUrl).toMatch(/^https:/);
    const document = s.wordDocuments.rendered.at(-1)!;
    expect(document.subtitle).toEqual(expect.arrayContaining(["Version 1", "Status: Agreed"]));
    for (const detail of childDetails(s)) expect(JSON.stringify(document)).not.toContain(detail);
  });
});

describe("deadline", () => {
  it("shows the ISG outcome due within one week, and late when not circulated by then", async () => {
    const s = await aHeldMeeting("isg");
    await drafted(s);
    const view = async () => {
      const result = await getMinutes(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.deadline;
    };
    expect(await view()).toEqual({ due: "2026-03-12", circulatedOn: null, late: false });
    s.clock.set("2026-03-13T09:00:00.000Z");
    expect(await view()).toMatchObject({ late: true });
  });
});

describe("CIN agreement and the strategic progress table", () => {
  it("records the child's and parents' agreement on a version; the document keeps no name", async () => {
    const s = await aHeldMeeting();
    const minute = await drafted(s);
    const result = await recordMinuteAgreements(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      version: 1,
      revision: minute.revision,
      agreements: [
        { name: "Jo Example", relationship: "Child", state: "agreed", on: "2026-03-05" },
        { name: "Sam Example", relationship: "Parent", state: "not-yet", on: null },
      ],
      contentiousIssues: "Contact arrangements disputed.",
    });
    expect(result.ok && result.value.agreements).toHaveLength(2);
    const document = minuteDocument(result.ok ? result.value : minute, s.panel, "2026-03-05");
    const text = JSON.stringify(document);
    expect(text).toContain("Not yet asked");
    expect(text).toContain("Contact arrangements disputed.");
    expect(text).not.toContain("Jo Example");
    const empty = await recordMinuteAgreements(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      version: 1,
      revision: minute.revision + 1,
      agreements: [{ name: " ", relationship: "Parent", state: "agreed", on: "2026-03-05" }],
      contentiousIssues: "",
    });
    expect(codeOf(empty)).toBe("VALIDATION.FAILED");
  });

  it("takes a strategic group's outcome-indicator table into the minute as a table", async () => {
    const s = await aHeldMeeting();
    await s.store.transaction((tx) => tx.panels.upsert({ ...s.panel, preset: "strategic-review" }));
    const minute = await drafted(s);
    const row = {
      outcome: "All parents and young children thrive",
      indicator: "Referred once only after domestic abuse incidents",
      workUndertaken: "Multiagency screening piloted",
      workPlanned: "Modify the LIAP process",
      halfYearData: "Data awaited",
      notes: "MCOG oversees",
    };
    const edited = await editMinute(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      version: 1,
      revision: minute.revision,
      progress: [row],
    });
    expect(edited.ok && edited.value.content.progress).toEqual([row]);
    const document = minuteDocument(
      edited.ok ? edited.value : minute,
      { ...s.panel, preset: "strategic-review" },
      "2026-03-05",
    );
    expect(document.sections.find((x) => x.heading === "Outcome indicators: progress")).toMatchObject({
      kind: "table",
      rows: [Object.values(row)],
    });
  });
});
