import { describe, expect, it } from "vitest";
import type { Store, StoreTx } from "../ports/store.port.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";

const submitInput = (panelId: string, key = "key-00000001", form = aValidReferralForm("isg")) => ({
  panelId,
  idempotencyKey: key,
  mode: "submit" as const,
  form,
});

describe("fileReferral", () => {
  it("files a referral: referral, child, audit and outbox are written together", async () => {
    const s = aReferralScenario("isg");
    const result = await fileReferral(s.deps, s.actor(s.people.referrer), submitInput(s.panel.id));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { referral, nextMeeting, replayed } = result.value;
    expect(replayed).toBe(false);
    expect(referral).toMatchObject({
      state: "submitted",
      reference: "ISG-2026-0001",
      referrerId: "referrer",
      urgency: "routine",
    });
    expect(referral.history.map((step) => [step.from, step.to, step.byPersonId])).toEqual([
      [null, "draft", "referrer"],
      ["draft", "submitted", "referrer"],
    ]);
    expect(nextMeeting?.meeting.id).toBe("meeting-mar");
    expect(nextMeeting?.deadlines.referral).toBe("2026-02-26");

    const stored = s.store.contents();
    expect(stored.referrals).toEqual([referral]);
    expect(stored.children).toMatchObject([
      { id: referral.childId, givenName: "Morag", dateOfBirth: "2013-05-14" },
    ]);
    expect(stored.audit).toMatchObject([
      {
        action: "referral.filed",
        actorId: "referrer",
        subjectId: referral.id,
        childId: referral.childId,
        channel: "bot",
        origin: "conversation-1",
        correlationId: "corr-referrer",
      },
    ]);
    expect(stored.outbox).toMatchObject([{ kind: "referral.submitted", recipient: `panel:${s.panel.id}` }]);
  });

  it("puts nothing identifying in the outbox payload", async () => {
    const s = aReferralScenario("isg");
    await fileReferral(s.deps, s.actor(s.people.referrer), submitInput(s.panel.id));
    const payload = JSON.stringify(s.store.contents().outbox.map((message) => message.payload));
    for (const secret of ["Morag", "Example", "2013-05-14", "Northfield", "Attendance"])
      expect(payload).not.toContain(secret);
    expect(payload).toContain("ISG-2026-0001");
  });

  it("a refused form stores nothing and reports errors by field", async () => {
    const s = aReferralScenario("isg");
    const form = aValidReferralForm("isg", { "consent.status": "withheld", "child.givenName": "" });
    const result = await fileReferral(
      s.deps,
      s.actor(s.people.referrer),
      submitInput(s.panel.id, "key-00000001", form),
    );

    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION.FAILED" } });
    expect(!result.ok && result.error.fields?.map((f) => [f.field, f.code])).toEqual([
      ["child.givenName", "REFERRAL.FIELD_REQUIRED"],
      ["consent.justification", "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED"],
    ]);
    const stored = s.store.contents();
    expect([stored.referrals, stored.children, stored.audit, stored.outbox, stored.idempotencyKeys]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it("the same idempotency key files once, and a corrected retry after a refusal goes through", async () => {
    const s = aReferralScenario("isg");
    const actor = s.actor(s.people.referrer);
    const refused = await fileReferral(s.deps, actor, submitInput(s.panel.id, "key-00000001", {}));
    expect(refused.ok).toBe(false);

    const [first, second] = await Promise.all([
      fileReferral(s.deps, actor, submitInput(s.panel.id)),
      fileReferral(s.deps, actor, submitInput(s.panel.id)),
    ]);
    expect(first.ok && first.value.replayed).toBe(false);
    expect(second.ok && second.value.replayed).toBe(true);
    expect(second.ok && second.value.referral.id).toBe(first.ok && first.value.referral.id);
    const stored = s.store.contents();
    expect(stored.referrals).toHaveLength(1);
    expect(stored.audit).toHaveLength(1);
    expect(stored.outbox).toHaveLength(1);
  });

  it("returns the stored result when a concurrent writer claimed the key first", async () => {
    const s = aReferralScenario("isg");
    const actor = s.actor(s.people.referrer);
    const first = await fileReferral(s.deps, actor, submitInput(s.panel.id));
    // The second writer's read of the key happens before the first commits: it then fails to claim it.
    let racing = true;
    const racingStore: Store = {
      read: (work) => s.store.read(work),
      transaction: (work) =>
        s.store.transaction((tx) => {
          if (!racing) return work(tx);
          racing = false;
          const blind: StoreTx = {
            ...tx,
            idempotency: { get: () => Promise.resolve(null), put: (r) => tx.idempotency.put(r) },
          };
          return work(blind);
        }),
    };
    const second = await fileReferral({ ...s.deps, store: racingStore }, actor, submitInput(s.panel.id));
    expect(second).toMatchObject({
      ok: true,
      value: { replayed: true, referral: { id: first.ok ? first.value.referral.id : "" } },
    });
    expect(s.store.contents().referrals).toHaveLength(1);
  });

  it("a key is personal: another referrer using the same key files their own referral", async () => {
    const s = aReferralScenario("isg");
    await fileReferral(s.deps, s.actor(s.people.referrer), submitInput(s.panel.id));
    const chairs = await fileReferral(s.deps, s.actor(s.people.chair), submitInput(s.panel.id));
    expect(chairs.ok && chairs.value).toMatchObject({
      replayed: false,
      referral: { referrerId: "chair", reference: "ISG-2026-0002" },
    });
  });

  it("refuses people who are not referrers, chairs or coordinators of the panel", async () => {
    const s = aReferralScenario("isg");
    for (const person of [s.people.outsider, s.people.member, s.people.authoriser]) {
      const result = await fileReferral(s.deps, s.actor(person), submitInput(s.panel.id, `key-${person.id}`));
      expect(result).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    }
    expect(s.store.contents().referrals).toEqual([]);
  });

  it("refuses a panel that takes no referral form", async () => {
    const s = aReferralScenario("cic-hrp");
    const result = await fileReferral(s.deps, s.actor(s.people.chair), submitInput(s.panel.id));
    expect(result).toMatchObject({ ok: false, error: { code: "REFERRAL.PANEL_TAKES_NO_REFERRALS" } });
  });

  it("an urgent referral also goes to the emergency authoriser", async () => {
    const s = aReferralScenario("icsmg");
    const form = aValidReferralForm("icsmg", {
      urgency: "urgent",
      "urgency.reason": "Placement ends Friday.",
    });
    const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
      ...submitInput(s.panel.id),
      form,
    });
    expect(result.ok && result.value.referral.urgency).toBe("urgent");
    expect(s.store.contents().outbox.map((m) => [m.kind, m.recipient])).toEqual([
      ["referral.submitted", `panel:${s.panel.id}`],
      ["referral.urgent", "person:authoriser"],
    ]);
  });

  it("matches the child by name and date of birth instead of creating a second record", async () => {
    const s = aReferralScenario("lc-jst");
    const actor = s.actor(s.people.referrer);
    await fileReferral(s.deps, actor, submitInput(s.panel.id, "key-00000001", aValidReferralForm("lc-jst")));
    const again = aValidReferralForm("lc-jst", { "child.givenName": "MORAG " });
    await fileReferral(s.deps, actor, submitInput(s.panel.id, "key-00000002", again));
    const { referrals, children } = s.store.contents();
    expect(children).toHaveLength(1);
    expect(referrals.map((r) => r.childId)).toEqual([children[0]!.id, children[0]!.id]);
  });

  describe("drafts", () => {
    it("saves an incomplete draft without a reference or a child record, then submits it", async () => {
      const s = aReferralScenario("lc-jst");
      const actor = s.actor(s.people.referrer);
      const saved = await fileReferral(s.deps, actor, {
        panelId: s.panel.id,
        idempotencyKey: "draft-0001",
        mode: "draft",
        form: { "child.givenName": "Morag", reason: "Attendance." },
      });
      expect(saved.ok && saved.value.referral).toMatchObject({
        state: "draft",
        reference: null,
        childId: "",
      });
      expect(s.store.contents().audit.map((a) => a.action)).toEqual(["referral.draft-saved"]);
      expect(s.store.contents().outbox).toEqual([]);
      const draftId = saved.ok ? saved.value.referral.id : "";

      const submitted = await fileReferral(s.deps, actor, {
        ...submitInput(s.panel.id, "submit-0001", aValidReferralForm("lc-jst")),
        draftId,
      });
      expect(submitted.ok && submitted.value.referral).toMatchObject({
        id: draftId,
        state: "submitted",
        reference: "LCJST-2026-0001",
      });
      expect(s.store.contents().referrals).toHaveLength(1);
    });

    it("still refuses over-long answers in a draft", async () => {
      const s = aReferralScenario("lc-jst");
      const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
        panelId: s.panel.id,
        idempotencyKey: "draft-0001",
        mode: "draft",
        form: { reason: "x".repeat(5000) },
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: "VALIDATION.FAILED", fields: [{ field: "reason", code: "REFERRAL.FIELD_TOO_LONG" }] },
      });
      expect(s.store.contents().referrals).toEqual([]);
    });

    it("only the draft's author can continue it", async () => {
      const s = aReferralScenario("lc-jst");
      const saved = await fileReferral(s.deps, s.actor(s.people.referrer), {
        panelId: s.panel.id,
        idempotencyKey: "draft-0001",
        mode: "draft",
        form: {},
      });
      const draftId = saved.ok ? saved.value.referral.id : "";
      const result = await fileReferral(s.deps, s.actor(s.people.chair), {
        ...submitInput(s.panel.id, "k-chair-01", aValidReferralForm("lc-jst")),
        draftId,
      });
      expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    });
  });
});
