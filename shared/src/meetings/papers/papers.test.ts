import { publishAgenda } from "../publish-agenda.js";
import { describe, expect, it } from "vitest";
import { maxPaperBytes } from "../../api/meeting-requests.js";
import { aMeetingScenario, anAcceptedReferral, builtAgenda } from "../meeting-scenario.test-support.js";
import { aReferralScenario } from "../../testing/referral-scenario.js";
import { getMeeting } from "../get-meeting.js";
import { updateAgendaItem } from "../update-agenda-item.js";
import { listUnreadPapers } from "./list-unread-papers.js";
import { openPaper } from "./open-paper.js";
import { uploadPaper } from "./upload-paper.js";

const bytes = (text: string) => new TextEncoder().encode(text);

async function caseOnAgenda() {
  const s = await aMeetingScenario("icsmg");
  const referral = await anAcceptedReferral(s);
  const agenda = await builtAgenda(s);
  const item = agenda.items.find((i) => i.reference === referral.reference)!;
  const upload = (fileName: string, content = bytes("report"), as = s.people.coordinator) =>
    uploadPaper(s.deps, s.actor(as), {
      meetingId: "meeting-mar",
      agendaItemId: item.id,
      fileName,
      contentType: "application/pdf",
      content,
    });
  return { s, referral, agenda, item, upload };
}

describe("uploadPaper", () => {
  it("files the paper in the panel's library, in a folder per meeting and case", async () => {
    const { s, referral, item, upload } = await caseOnAgenda();

    const result = await upload("School report.pdf");

    expect(result.ok && result.value).toMatchObject({
      replaced: false,
      paper: { agendaItemId: item.id, kind: "upload", name: "School report.pdf", size: 6, late: false },
    });
    expect([...s.documents.files.values()].map((f) => [f.siteId, f.path])).toEqual([
      ["site-1", `Meetings/2026-03-05 ${s.panel.code}/${referral.reference}/School report.pdf`],
    ]);
  });

  it("files a retry once: the same name for the same item replaces the file and keeps one record", async () => {
    const { s, upload } = await caseOnAgenda();
    const first = await upload("report.pdf");
    const retry = await upload("report.pdf", bytes("report v2"));

    expect(retry.ok && retry.value.replaced).toBe(true);
    expect(retry.ok && first.ok && retry.value.paper.id).toBe(first.ok && first.value.paper.id);
    expect(s.store.contents().papers).toHaveLength(1);
    expect(s.documents.files.size).toBe(1);
  });

  it("refuses a file too large, of a type not allowed, or empty, before reaching SharePoint", async () => {
    const { s, upload } = await caseOnAgenda();
    const tooLarge = await upload("big.pdf", new Uint8Array(maxPaperBytes + 1));
    const wrongType = await upload("run-me.exe");
    const empty = await upload("empty.pdf", new Uint8Array(0));

    expect(!tooLarge.ok && tooLarge.error.code).toBe("PAPER.TOO_LARGE");
    expect(!wrongType.ok && wrongType.error.code).toBe("PAPER.TYPE_NOT_ALLOWED");
    expect(!empty.ok && empty.error.code).toBe("PAPER.EMPTY");
    expect(s.documents.files.size).toBe(0);
  });

  it("leaves no record when SharePoint fails, and says so with Graph's code", async () => {
    const { s, upload } = await caseOnAgenda();
    s.documents.failNext({ code: "GRAPH.THROTTLED", message: "Microsoft 365 is busy: try again shortly." });

    const result = await upload("report.pdf");

    expect(!result.ok && result.error.code).toBe("GRAPH.THROTTLED");
    expect(s.store.contents().papers).toEqual([]);
  });

  it("marks a paper filed after the papers deadline late", async () => {
    const { s, upload } = await caseOnAgenda();
    s.clock.set("2026-03-03T09:00:00.000Z");
    const result = await upload("late.pdf");
    expect(result.ok && result.value.paper.late).toBe(true);
  });

  it("refuses someone who cannot see the item, and a panel without a library", async () => {
    const { s, upload } = await caseOnAgenda();
    const outsider = await upload("x.pdf", bytes("x"), s.people.outsider);
    expect(!outsider.ok && outsider.error.code).toBe("MEETING.NOT_FOUND");

    const noLibrary = aReferralScenario("icsmg");
    const referral = await anAcceptedReferral(noLibrary);
    const agenda = await builtAgenda(noLibrary);
    const result = await uploadPaper(
      { ...noLibrary.deps, documents: s.documents },
      noLibrary.actor(noLibrary.people.chair),
      {
        meetingId: "meeting-mar",
        agendaItemId: agenda.items.find((i) => i.reference === referral.reference)!.id,
        fileName: "x.pdf",
        contentType: null,
        content: bytes("x"),
      },
    );
    expect(!result.ok && result.error.code).toBe("PAPER.NO_LIBRARY");
    expect(s.documents.files.size).toBe(0);
  });
});

describe("openPaper and listUnreadPapers", () => {
  it("opens the Child's Plan and uploads through Convenor, recording who read what, audited as case reads", async () => {
    const { s, referral, item, upload } = await caseOnAgenda();
    const filed = await upload("report.pdf");
    if (!filed.ok) throw new Error(filed.error.message);

    const plan = await openPaper(s.deps, s.actor(s.people.member), { paperId: `plan-${item.id}` });
    const report = await openPaper(s.deps, s.actor(s.people.member), { paperId: filed.value.paper.id });

    expect(plan.ok && plan.value.webUrl).toMatch(/^https:\/\/.*sharepoint\.com\//);
    expect(report.ok && report.value.webUrl).toBe(s.documents.files.values().next().value?.webUrl);
    const audit = s.store.contents().audit.filter((e) => e.action === "referral.paper-opened");
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: "member", subjectId: referral.id, childId: referral.childId });

    await publishAgenda(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
    const asMember = await getMeeting(s.deps, s.actor(s.people.member), { meetingId: "meeting-mar" });
    const papers = asMember.ok ? asMember.value.agenda.items.flatMap((i) => i.papers) : [];
    expect(papers.map((p) => [p.kind, p.readByMe])).toEqual([
      ["childs-plan", true],
      ["upload", true],
    ]);

    const unread = await listUnreadPapers(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
    expect(
      unread.ok && unread.value.papers.map((p) => [p.paper.kind, p.notRead.map((x) => x.id), p.readCount]),
    ).toEqual([
      ["childs-plan", ["chair", "coordinator", "referrer"], 1],
      ["upload", ["chair", "coordinator", "referrer"], 1],
    ]);
  });

  it("refuses an invitee a paper of an item they are not invited to, and audits the refusal", async () => {
    const { s, agenda, upload } = await caseOnAgenda();
    const other = await anAcceptedReferral(s);
    await builtAgenda(s);
    const withOther = await s.store.read((tx) => tx.agenda.listForMeeting("meeting-mar"));
    const otherItem = withOther.find((i) => i.referralId === other.id)!;
    await updateAgendaItem(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      version: agenda.version + 1,
      itemId: otherItem.id,
      invitedPersonIds: [s.invitee.id],
    });
    const filed = await upload("report.pdf");
    if (!filed.ok) throw new Error(filed.error.message);

    const refused = await openPaper(s.deps, s.actor(s.invitee), { paperId: filed.value.paper.id });
    const ownPlan = await openPaper(s.deps, s.actor(s.invitee), { paperId: `plan-${otherItem.id}` });

    expect(!refused.ok && refused.error.code).toBe("PAPER.NOT_FOUND");
    expect(ownPlan.ok).toBe(true);
    expect(s.store.contents().audit.some((e) => e.action === "referral.paper-refused")).toBe(true);
  });

  it("shows who has not read the papers to the chair only", async () => {
    const { s } = await caseOnAgenda();
    const result = await listUnreadPapers(s.deps, s.actor(s.people.member), { meetingId: "meeting-mar" });
    expect(!result.ok && result.error.code).toBe("AUTH.FORBIDDEN");
  });
});
