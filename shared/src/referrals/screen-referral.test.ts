import { describe, expect, it } from "vitest";
import type { Store } from "../ports/store.port.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { resubmitReferral } from "./resubmit-referral.js";
import { screenReferral, type ScreeningDecision } from "./screen-referral.js";

async function filed(s: ReferralScenario) {
  const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: "file-0001",
    mode: "submit",
    form: aValidReferralForm(s.panel.preset),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.referral;
}

const screen = (
  s: ReferralScenario,
  referralId: string,
  decision: ScreeningDecision,
  by = s.people.chair,
  key = "screen-0001",
) => screenReferral(s.deps, s.actor(by), { referralId, idempotencyKey: key, decision });

const newMessages = (s: ReferralScenario, from: number) =>
  s.store
    .contents()
    .outbox.slice(from)
    .map((m) => [m.kind, m.recipient, m.payload]);

describe("screenReferral", () => {
  it("accepts onto the next planned meeting whose referral deadline has not passed", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const result = await screen(s, referral.id, { kind: "accept" });

    expect(result.ok && result.value.meeting?.id).toBe("meeting-mar");
    expect(result.ok && result.value.referral).toMatchObject({
      state: "accepted",
      meetingId: "meeting-mar",
      version: referral.version + 1,
    });
    expect(s.store.contents().audit.at(-1)).toMatchObject({ action: "referral.accepted", actorId: "chair" });
    expect(newMessages(s, 1)).toEqual([
      [
        "referral.outcome",
        "person:referrer",
        expect.objectContaining({ state: "accepted", meetingId: "meeting-mar", reference: "ISG-2026-0001" }),
      ],
      ["referral.screened", `panel:${s.panel.id}`, expect.objectContaining({ state: "accepted" })],
    ]);
  });

  it("accepts with no meeting when none is planned in time", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    s.clock.set("2026-03-01T09:00:00.000Z");
    const result = await screen(s, referral.id, { kind: "accept" });
    expect(result.ok && result.value).toMatchObject({
      meeting: null,
      referral: { state: "accepted", meetingId: null },
    });
  });

  it("accepts onto a named planned future meeting of the panel, even past its deadline", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const result = await screen(s, referral.id, { kind: "accept", meetingId: "meeting-feb" });
    expect(result.ok && result.value.referral.meetingId).toBe("meeting-feb");
  });

  it("refuses a named meeting that is past, cancelled, unknown or another panel's", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    await s.store.transaction(async (tx) => {
      const feb = (await tx.meetings.get("meeting-feb"))!;
      await tx.meetings.insert({ ...feb, id: "meeting-cancelled", state: "cancelled" });
      await tx.meetings.insert({ ...feb, id: "meeting-past", startsAt: "2026-01-05T10:00:00.000Z" });
      await tx.meetings.insert({ ...feb, id: "meeting-other", panelId: "another-panel" });
    });
    for (const meetingId of ["meeting-cancelled", "meeting-past", "meeting-other", "nope"]) {
      const result = await screen(
        s,
        referral.id,
        { kind: "accept", meetingId },
        s.people.chair,
        `k-${meetingId}`,
      );
      expect(result).toMatchObject({ ok: false, error: { code: "REFERRAL.MEETING_NOT_AVAILABLE" } });
    }
    expect(s.store.contents().referrals[0]?.state).toBe("submitted");
  });

  it("return -> resubmit: the referrer gets the question, edits and sends the referral back", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const returned = await screen(
      s,
      referral.id,
      { kind: "return", question: "Please attach the updated chronology." },
      s.people.coordinator,
    );
    expect(returned.ok && returned.value.referral.state).toBe("returned");
    expect(newMessages(s, 1)[0]).toEqual([
      "referral.outcome",
      "person:referrer",
      expect.objectContaining({ state: "returned", question: "Please attach the updated chronology." }),
    ]);

    const form = aValidReferralForm("isg", {
      "isg.chronology": "Updated: 2026-01 LC-JST; 2026-02 review.",
      "resubmission.answer": "The chronology now runs to February.",
    });
    const before = s.store.contents().outbox.length;
    const resubmitted = await resubmitReferral(s.deps, s.actor(s.people.referrer), {
      referralId: referral.id,
      idempotencyKey: "resubmit-01",
      form,
    });
    expect(resubmitted.ok && resubmitted.value.referral).toMatchObject({
      state: "submitted",
      reference: "ISG-2026-0001",
    });
    expect(resubmitted.ok && resubmitted.value.referral.form["isg.chronology"]).toContain("Updated");
    expect(resubmitted.ok && resubmitted.value.referral.history.map((h) => h.to)).toEqual([
      "draft",
      "submitted",
      "returned",
      "submitted",
    ]);
    expect(s.store.contents().audit.at(-1)?.action).toBe("referral.resubmitted");
    expect(newMessages(s, before).map(([kind]) => kind)).toEqual(["referral.submitted"]);
  });

  it("only the referrer resubmits, only a returned referral, and an invalid form stores nothing", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const form = aValidReferralForm("isg", { "resubmission.answer": "Northfield Academy." });
    const early = await resubmitReferral(s.deps, s.actor(s.people.referrer), {
      referralId: referral.id,
      idempotencyKey: "r-0001",
      form,
    });
    expect(early).toMatchObject({ ok: false, error: { code: "REFERRAL.INVALID_TRANSITION" } });

    await screen(s, referral.id, { kind: "return", question: "Which school?" });
    const byChair = await resubmitReferral(s.deps, s.actor(s.people.chair), {
      referralId: referral.id,
      idempotencyKey: "r-0002",
      form,
    });
    expect(byChair).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    const invalid = await resubmitReferral(s.deps, s.actor(s.people.referrer), {
      referralId: referral.id,
      idempotencyKey: "r-0003",
      form: { ...form, reason: "" },
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: "VALIDATION.FAILED", fields: [{ field: "reason" }] },
    });
    expect(s.store.contents().referrals[0]?.state).toBe("returned");
  });

  it("a draft cannot be resubmitted: it must be filed, which numbers it and checks the panel", async () => {
    const s = aReferralScenario("isg");
    const draft = await fileReferral(s.deps, s.actor(s.people.referrer), {
      panelId: s.panel.id,
      idempotencyKey: "draft-0001",
      mode: "draft",
      form: aValidReferralForm("isg"),
    });
    if (!draft.ok) throw new Error(draft.error.message);
    const resubmitted = await resubmitReferral(s.deps, s.actor(s.people.referrer), {
      referralId: draft.value.referral.id,
      idempotencyKey: "r-0010",
      form: aValidReferralForm("isg"),
    });
    expect(resubmitted).toMatchObject({ ok: false, error: { code: "REFERRAL.INVALID_TRANSITION" } });
    expect(s.store.contents().referrals[0]).toMatchObject({ state: "draft", reference: null });
  });

  it("declines with a reason, which goes to the referrer", async () => {
    const s = aReferralScenario("lc-jst");
    const referral = await filed(s);
    const declined = await screen(s, referral.id, {
      kind: "decline",
      reason: "Can be met by establishment resources.",
    });
    expect(declined.ok && declined.value.referral.state).toBe("declined");
    expect(declined.ok && declined.value.referral.history.at(-1)).toMatchObject({
      to: "declined",
      byPersonId: "chair",
      reason: "Can be met by establishment resources.",
    });
    expect(s.store.contents().audit.at(-1)?.action).toBe("referral.declined");
  });

  it("a return or decline without words is refused and stores nothing", async () => {
    const s = aReferralScenario("lc-jst");
    const referral = await filed(s);
    const result = await screen(s, referral.id, { kind: "decline", reason: " " });
    expect(result).toMatchObject({ ok: false, error: { code: "REFERRAL.REASON_REQUIRED" } });
    const tooLong = await screen(
      s,
      referral.id,
      { kind: "return", question: "?".repeat(2001) },
      s.people.chair,
      "k-2",
    );
    expect(tooLong).toMatchObject({
      ok: false,
      error: { fields: [{ field: "question", code: "VALIDATION.TOO_LONG" }] },
    });
    expect(s.store.contents().audit).toHaveLength(1);
    expect(s.store.contents().referrals[0]?.state).toBe("submitted");
  });

  it("only the panel's chairs and coordinators screen", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    for (const person of [s.people.referrer, s.people.member, s.people.authoriser, s.people.outsider]) {
      const result = await screen(s, referral.id, { kind: "accept" }, person, `k-${person.id}`);
      expect(result).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    }
    expect(s.store.contents().referrals[0]?.state).toBe("submitted");
  });

  it("a repeated screening key replays the first decision; a second decision is refused", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    await screen(s, referral.id, { kind: "accept" });
    const replay = await screen(s, referral.id, { kind: "accept" });
    expect(replay.ok && replay.value).toMatchObject({ replayed: true, meeting: { id: "meeting-mar" } });
    const again = await screen(
      s,
      referral.id,
      { kind: "decline", reason: "Changed my mind" },
      s.people.coordinator,
      "screen-0002",
    );
    expect(again).toMatchObject({ ok: false, error: { code: "REFERRAL.INVALID_TRANSITION" } });
    expect(s.store.contents().audit.map((a) => a.action)).toEqual(["referral.filed", "referral.accepted"]);
  });

  it("refuses a screening key reused for a different decision, changing nothing", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    await screen(s, referral.id, { kind: "accept" });
    const reused = await screen(s, referral.id, { kind: "decline", reason: "Forged" });
    expect(reused).toMatchObject({ ok: false, error: { code: "IDEMPOTENCY.KEY_REUSED" } });
    expect(s.store.contents().referrals[0]?.state).toBe("accepted");
  });

  it("reports CONCURRENCY.CONFLICT when someone else wrote the referral first, and writes nothing", async () => {
    const s = aReferralScenario("isg");
    const referral = await filed(s);
    const stale: Store = {
      read: (work) => s.store.read(work),
      transaction: (work) =>
        s.store.transaction((tx) =>
          work({
            ...tx,
            referrals: { ...tx.referrals, update: (r) => tx.referrals.update(r, referral.version - 1) },
          }),
        ),
    };
    const result = await screenReferral({ ...s.deps, store: stale }, s.actor(s.people.chair), {
      referralId: referral.id,
      idempotencyKey: "screen-0001",
      decision: { kind: "accept" },
    });
    expect(result).toMatchObject({ ok: false, error: { code: "CONCURRENCY.CONFLICT" } });
    expect(s.store.contents().referrals[0]?.state).toBe("submitted");
    expect(s.store.contents().outbox).toHaveLength(1);
  });
});
