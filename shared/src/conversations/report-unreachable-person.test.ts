import { describe, expect, it } from "vitest";
import { aFiledReferral, aReferralScenario } from "../testing/referral-scenario.js";
import { panelChat, personChat } from "./conversation-key.js";
import { reportUnreachablePerson, unreachableNoticeKind } from "./report-unreachable-person.js";

async function urgentReferral() {
  const s = aReferralScenario("isg");
  const referral = await aFiledReferral(s, {
    urgency: "urgent",
    "urgency.reason": "Placement ends on Friday.",
  });
  const outbox = s.store.contents().outbox;
  const held = outbox.find((m) => m.kind === "referral.urgent" && m.recipient === personChat("authoriser"))!;
  const notices = () => s.store.contents().outbox.filter((m) => m.kind === unreachableNoticeKind);
  return { s, held, notices, referral };
}

describe("reportUnreachablePerson", () => {
  it("tells the referrer and the coordinators who cannot be reached, by name and reference only", async () => {
    const { s, held, notices, referral } = await urgentReferral();
    expect(await reportUnreachablePerson(s.deps, held)).toEqual(["referrer", "coordinator"]);
    expect(notices().map((m) => [m.recipient, m.payload])).toEqual(
      ["referrer", "coordinator"].map((id): [string, unknown] => [
        personChat(id),
        expect.objectContaining({
          referralId: referral.id,
          reference: referral.reference,
          unreachableName: "Ailsa Authoriser",
          heldKind: "referral.urgent",
        }),
      ]),
    );
    expect(JSON.stringify(notices())).not.toContain(String(referral.form["child.familyName"]));
  });

  it("tells them once per held message, however often its delivery is retried", async () => {
    const { s, held, notices } = await urgentReferral();
    await reportUnreachablePerson(s.deps, held);
    expect(await reportUnreachablePerson(s.deps, { ...held, attempts: 3 })).toEqual([]);
    expect(notices()).toHaveLength(2);
  });

  it("does not tell the referrer about themselves, nor report a panel chat or a notice about a notice", async () => {
    const { s, held, notices, referral } = await urgentReferral();
    const outcome = { ...held, id: "outcome-1", kind: "referral.outcome", recipient: personChat("referrer") };
    expect(await reportUnreachablePerson(s.deps, outcome)).toEqual(["coordinator"]);
    const panelCard = {
      ...held,
      id: "card-1",
      kind: "referral.submitted",
      recipient: panelChat(referral.panelId),
    };
    expect(await reportUnreachablePerson(s.deps, panelCard)).toEqual([]);
    const [notice] = notices();
    expect(await reportUnreachablePerson(s.deps, notice!)).toEqual([]);
    expect(notices()).toHaveLength(1);
  });
});
