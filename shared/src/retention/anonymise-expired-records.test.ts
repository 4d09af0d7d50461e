import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import type { Referral } from "../model/referral.js";
import { getHighRiskTrends } from "../reports/get-high-risk-trends.js";
import { getMinimumDataSet } from "../reports/get-minimum-data-set.js";
import { aChild, aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { anonymiseExpiredRecords } from "./anonymise-expired-records.js";
import { setRetentionPeriods } from "./set-retention-periods.js";

const job: Actor = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

function aReferral(id: string, childId: string, state: Referral["state"], updatedAt: string): Referral {
  return {
    id,
    panelId: "panel-isg",
    reference: `ISG-2019-${id}`,
    state,
    childId,
    referrerId: "teacher",
    urgency: "routine",
    form: {
      "child.givenName": "Morag",
      "child.familyName": "Example",
      "child.dateOfBirth": "2008-05-14",
      "child.school": "Millburn Academy",
      "referrer.agency": "education",
      shanarri: ["safe", "included"],
      reason: "Morag has not been in school since her father left",
      "consent.status": "given",
      "consent.recordedOn": "2019-03-02",
      "consent.childViews": "Wants to stay with her gran",
    },
    meetingId: null,
    retrospective: false,
    createdAt: updatedAt,
    updatedAt,
    version: 3,
    history: [{ from: "decided", to: state, at: updatedAt, byPersonId: "chair", reason: "Moved to Glasgow" }],
  };
}

function aDeployment() {
  const store = new InMemoryStore({
    people: [aPerson({ id: "admin", administrator: true })],
    children: [
      aChild({ id: "old-child", givenName: "Morag", dateOfBirth: "2008-05-14" }),
      aChild({ id: "recent-child", givenName: "Iain", dateOfBirth: "2012-01-02" }),
    ],
    referrals: [
      aReferral("old", "old-child", "closed", "2019-06-01T10:00:00.000Z"),
      aReferral("old-open", "recent-child", "submitted", "2019-06-01T10:00:00.000Z"),
      aReferral("recent", "recent-child", "declined", "2025-06-01T10:00:00.000Z"),
    ],
  });
  const deps = { store, clock: new FixedClock("2026-11-29T02:00:00.000Z"), newId: sequentialIds() };
  return { store, deps };
}

describe("anonymising records past their retention period", () => {
  it("removes what identifies the child from a referral ended over six years ago, keeping its statistics", async () => {
    const d = aDeployment();
    const run = await anonymiseExpiredRecords(d.deps, job);
    expect(run).toEqual({
      ok: true,
      value: {
        referrals: 1,
        children: 1,
        caseObservations: 0,
        minutes: 0,
        deliveredMessages: 0,
        more: false,
      },
    });
    const { referrals, children, audit } = d.store.contents();
    expect(referrals.find((r) => r.id === "old")).toMatchObject({
      state: "closed",
      reference: "ISG-2019-old",
      form: {
        "child.givenName": "Anonymised",
        "child.dateOfBirth": "2008",
        "referrer.agency": "education",
        shanarri: ["safe", "included"],
        "consent.status": "given",
        "consent.recordedOn": "2019-03",
      },
      history: [{ from: "decided", to: "closed", reason: null }],
    });
    expect(Object.keys(referrals.find((r) => r.id === "old")?.form ?? {})).not.toContain("reason");
    expect(children.find((c) => c.id === "old-child")).toMatchObject({
      givenName: "Anonymised",
      familyName: "",
      dateOfBirth: "2008",
      school: "",
      locality: "",
    });
    // Not yet ended, or ended too recently: untouched.
    expect(referrals.find((r) => r.id === "old-open")?.form).toHaveProperty("reason");
    expect(referrals.find((r) => r.id === "recent")?.form).toHaveProperty("reason");
    expect(children.find((c) => c.id === "recent-child")?.givenName).toBe("Iain");
    expect(audit.map((e) => [e.action, e.subjectId, e.childId, e.actorId])).toEqual([
      ["retention.referral-anonymised", "old", "old-child", "convenor"],
      ["retention.child-anonymised", "old-child", "old-child", "convenor"],
    ]);
  });

  it("changes nothing on a second run", async () => {
    const d = aDeployment();
    await anonymiseExpiredRecords(d.deps, job);
    const after = d.store.contents();
    const again = await anonymiseExpiredRecords(d.deps, job);
    expect(again).toEqual({
      ok: true,
      value: {
        referrals: 0,
        children: 0,
        caseObservations: 0,
        minutes: 0,
        deliveredMessages: 0,
        more: false,
      },
    });
    expect(d.store.contents()).toEqual(after);
  });

  it("follows the administrator's period: a shorter one reaches the recently declined referral", async () => {
    const d = aDeployment();
    await setRetentionPeriods(
      d.deps,
      { ...job, personId: "admin" },
      {
        referral: 12,
        caseObservation: 72,
        minute: 72,
        deliveredMessage: 3,
      },
    );
    const run = await anonymiseExpiredRecords(d.deps, job);
    expect(run.ok && run.value.referrals).toBe(2);
    // The child still has a referral in progress: their record keeps its name.
    expect(d.store.contents().children.find((c) => c.id === "recent-child")?.givenName).toBe("Iain");
  });

  it("works in batches, saying when there is more to do", async () => {
    const d = aDeployment();
    await setRetentionPeriods(
      d.deps,
      { ...job, personId: "admin" },
      {
        referral: 12,
        caseObservation: 72,
        minute: 72,
        deliveredMessage: 3,
      },
    );
    const first = await anonymiseExpiredRecords(d.deps, job, { batchSize: 1 });
    expect(first.ok && first.value).toMatchObject({ referrals: 1, more: true });
    const second = await anonymiseExpiredRecords(d.deps, job, { batchSize: 1 });
    expect(second.ok && second.value).toMatchObject({ referrals: 1, more: true });
    const third = await anonymiseExpiredRecords(d.deps, job, { batchSize: 1 });
    expect(third.ok && third.value).toMatchObject({ referrals: 0, more: false });
  });

  it("leaves the minimum data set and the High Risk Panel trends reading the same numbers", async () => {
    const d = aDeployment();
    const isg = aPanel("isg", { id: "panel-isg" });
    const hrp = aPanel("cic-hrp", { id: "panel-hrp" });
    const coordinator = aPerson({ id: "coordinator" });
    d.store.seed({
      people: [coordinator],
      panels: [isg, hrp],
      memberships: [
        aMembership(isg, coordinator, ["coordinator"]),
        aMembership(hrp, coordinator, ["coordinator"]),
      ],
    });
    await d.store.transaction(async (tx) => {
      await tx.reports.setSuppressionThreshold(1);
      for (const month of ["2019-04", "2019-05"]) {
        await tx.ratings.upsert({
          panelId: "panel-hrp",
          childId: "old-child",
          month,
          ratedById: "worker",
          areas: {
            "missing-or-exploitation": "red",
            "education-employment-training": "amber",
            "placement-permanency": "green",
            "youth-justice": "green",
            health: "red",
          },
        });
      }
    });
    const year = { fromMonth: "2019-01", toMonth: "2019-12" };
    const reports = async () => ({
      minimumDataSet: await getMinimumDataSet(d.deps, { ...job, personId: "coordinator" }, "panel-isg", year),
      trends: await getHighRiskTrends(d.deps, { ...job, personId: "coordinator" }, "panel-hrp", year),
    });
    const before = await reports();
    expect(before.minimumDataSet.ok && before.trends.ok).toBe(true);

    const run = await anonymiseExpiredRecords(d.deps, job);
    expect(run.ok && run.value).toMatchObject({ referrals: 1, children: 1 });
    expect(await reports()).toEqual(before);
  });
});
