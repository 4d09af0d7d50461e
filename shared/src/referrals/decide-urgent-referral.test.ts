import { describe, expect, it } from "vitest";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { decideUrgentReferral } from "./decide-urgent-referral.js";
import { fileReferral } from "./file-referral.js";

async function filedUrgent(s: ReferralScenario, urgent = true) {
  const form = aValidReferralForm(
    s.panel.preset,
    urgent ? { urgency: "urgent", "urgency.reason": "Placement breaks down on Friday." } : {},
  );
  const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: "file-0001",
    mode: "submit",
    form,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.referral;
}

describe("decideUrgentReferral", () => {
  it("approval accepts the request and lists it for retrospective consideration at the next meeting", async () => {
    const s = aReferralScenario("icsmg");
    const referral = await filedUrgent(s);
    const result = await decideUrgentReferral(s.deps, s.actor(s.people.authoriser), {
      referralId: referral.id,
      idempotencyKey: "urgent-0001",
      decision: "approve",
      reason: "Emergency placement authorised.",
    });

    expect(result.ok && result.value.meeting?.id).toBe("meeting-feb");
    expect(result.ok && result.value.referral).toMatchObject({
      state: "scheduled",
      retrospective: true,
      meetingId: "meeting-feb",
    });
    expect(result.ok && result.value.referral.history.slice(-2)).toMatchObject([
      {
        from: "submitted",
        to: "accepted",
        byPersonId: "authoriser",
        reason: "Emergency placement authorised.",
      },
      { from: "accepted", to: "scheduled", byPersonId: "authoriser" },
    ]);
    const { agenda, audit, outbox } = s.store.contents();
    expect(agenda).toMatchObject([
      {
        meetingId: "meeting-feb",
        source: "retrospective",
        referralId: referral.id,
        title: "ICSMG-2026-0001",
      },
    ]);
    expect(audit.at(-1)).toMatchObject({ action: "referral.urgent-approved", actorId: "authoriser" });
    expect(outbox.slice(-2).map((m) => [m.kind, m.recipient])).toEqual([
      ["referral.outcome", "person:referrer"],
      ["referral.screened", `panel:${s.panel.id}`],
    ]);
  });

  it("approval with no meeting planned leaves it accepted and flagged retrospective", async () => {
    const s = aReferralScenario("icsmg");
    const referral = await filedUrgent(s);
    s.clock.set("2026-04-01T09:00:00.000Z");
    const result = await decideUrgentReferral(s.deps, s.actor(s.people.authoriser), {
      referralId: referral.id,
      idempotencyKey: "urgent-0001",
      decision: "approve",
      reason: "Placement ends on Friday; Intensive Support agreed until the next meeting.",
    });
    expect(result.ok && result.value).toMatchObject({
      meeting: null,
      referral: { state: "accepted", retrospective: true, meetingId: null },
    });
    expect(s.store.contents().agenda).toEqual([]);
  });

  it("any decision needs a reason of at most 2000 characters, and a refused one changes nothing", async () => {
    const s = aReferralScenario("icsmg");
    const referral = await filedUrgent(s);
    const decide = (reason: string, key: string) =>
      decideUrgentReferral(s.deps, s.actor(s.people.authoriser), {
        referralId: referral.id,
        idempotencyKey: key,
        decision: "approve",
        reason,
      });
    expect(await decide("   ", "urgent-0101")).toMatchObject({
      ok: false,
      error: { code: "REFERRAL.REASON_REQUIRED", fields: [{ field: "reason" }] },
    });
    expect(await decide("x".repeat(2001), "urgent-0102")).toMatchObject({
      ok: false,
      error: { code: "VALIDATION.FAILED", fields: [{ field: "reason", code: "VALIDATION.TOO_LONG" }] },
    });
    expect(s.store.contents().referrals[0]?.state).toBe("submitted");
  });

  it("a panel without an emergency authoriser sends urgent requests to its chairs, who decide them", async () => {
    const s = aReferralScenario("icsmg");
    await s.store.transaction(async (tx) => {
      const members = await tx.panels.members(s.panel.id);
      await tx.panels.setMembers(
        s.panel.id,
        members.filter((m) => !m.roles.includes("emergency-authoriser")),
      );
    });
    const referral = await filedUrgent(s);
    const urgentCards = s.store.contents().outbox.filter((m) => m.kind === "referral.urgent");
    expect(urgentCards.map((m) => m.recipient)).toEqual(["person:chair"]);
    const byCoordinator = await decideUrgentReferral(s.deps, s.actor(s.people.coordinator), {
      referralId: referral.id,
      idempotencyKey: "urgent-0201",
      decision: "approve",
      reason: "Agreed",
    });
    expect(byCoordinator).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    const byChair = await decideUrgentReferral(s.deps, s.actor(s.people.chair), {
      referralId: referral.id,
      idempotencyKey: "urgent-0202",
      decision: "approve",
      reason: "Agreed until the next meeting",
    });
    expect(byChair.ok && byChair.value.referral.retrospective).toBe(true);
  });

  it("a decline needs a reason and tells the referrer", async () => {
    const s = aReferralScenario("icsmg");
    const referral = await filedUrgent(s);
    const decide = (reason: string, key: string) =>
      decideUrgentReferral(s.deps, s.actor(s.people.authoriser), {
        referralId: referral.id,
        idempotencyKey: key,
        decision: "decline",
        reason,
      });
    expect(await decide("", "urgent-0001")).toMatchObject({
      ok: false,
      error: { code: "REFERRAL.REASON_REQUIRED" },
    });
    const declined = await decide("Can wait for the meeting on 5 February.", "urgent-0002");
    expect(declined.ok && declined.value.referral.state).toBe("declined");
    expect(s.store.contents().outbox.at(-2)).toMatchObject({
      kind: "referral.outcome",
      recipient: "person:referrer",
      payload: { state: "declined", reason: "Can wait for the meeting on 5 February." },
    });
  });

  it("only the emergency authoriser decides, and only urgent requests", async () => {
    const s = aReferralScenario("icsmg");
    const urgent = await filedUrgent(s);
    for (const person of [s.people.chair, s.people.member, s.people.referrer, s.people.outsider]) {
      const result = await decideUrgentReferral(s.deps, s.actor(person), {
        referralId: urgent.id,
        idempotencyKey: `k-${person.id}`,
        decision: "approve",
        reason: "ok",
      });
      expect(result).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    }
    const routine = aReferralScenario("icsmg");
    const referral = await filedUrgent(routine, false);
    const result = await decideUrgentReferral(routine.deps, routine.actor(routine.people.authoriser), {
      referralId: referral.id,
      idempotencyKey: "k-1",
      decision: "approve",
      reason: "ok",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "REFERRAL.NOT_URGENT" } });
  });

  it("a repeated key replays the decision without listing the case twice", async () => {
    const s = aReferralScenario("icsmg");
    const referral = await filedUrgent(s);
    const input = {
      referralId: referral.id,
      idempotencyKey: "urgent-0001",
      decision: "approve" as const,
      reason: "ok",
    };
    await decideUrgentReferral(s.deps, s.actor(s.people.authoriser), input);
    const again = await decideUrgentReferral(s.deps, s.actor(s.people.authoriser), input);
    expect(again.ok && again.value).toMatchObject({ replayed: true, meeting: { id: "meeting-feb" } });
    expect(s.store.contents().agenda).toHaveLength(1);
  });
});
