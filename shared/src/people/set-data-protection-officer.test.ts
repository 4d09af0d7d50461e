import { describe, expect, it } from "vitest";
import { whoSawChild } from "../data-protection/who-saw-child.js";
import type { Actor } from "../model/actor.js";
import { aChild, aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { setDataProtectionOfficer } from "./set-data-protection-officer.js";

function aDeployment() {
  const store = new InMemoryStore({
    people: [
      aPerson({ id: "admin", administrator: true }),
      aPerson({ id: "dpo", dataProtectionOfficer: true }),
      aPerson({ id: "newcomer", displayName: "Nadia Hussain" }),
    ],
    children: [aChild({ id: "child-1" })],
  });
  const actor = (personId: string): Actor => ({
    personId,
    channel: "api",
    origin: "203.0.113.7",
    correlationId: null,
  });
  const deps = { store, clock: new FixedClock("2026-11-29T10:00:00.000Z"), newId: sequentialIds() };
  return { store, deps, actor };
}

const november = { childId: "child-1", from: "2026-11-01", to: "2026-11-30" };

describe("naming the data protection officer", () => {
  it("lets an administrator name a person, who can then ask who saw a child; audited with before and after", async () => {
    const d = aDeployment();
    const before = await whoSawChild(d.deps, d.actor("newcomer"), november);
    expect(!before.ok && before.error.code).toBe("DATA_PROTECTION.NOT_AUTHORISED");
    const named = await setDataProtectionOfficer(d.deps, d.actor("admin"), {
      personId: "newcomer",
      dataProtectionOfficer: true,
    });
    expect(named).toEqual({
      ok: true,
      value: { personId: "newcomer", displayName: "Nadia Hussain", dataProtectionOfficer: true },
    });
    const after = await whoSawChild(d.deps, d.actor("newcomer"), november);
    expect(after.ok && after.value.scope).toBe("all");
    const audited = d.store.contents().audit.filter((e) => e.action === "people.data-protection-officer-set");
    expect(audited).toMatchObject([
      {
        actorId: "admin",
        subjectType: "person",
        subjectId: "newcomer",
        childId: null,
        detail: { before: false, after: true },
      },
    ]);
  });

  it("lets an administrator stop someone being the officer, and changes and audits nothing when already so", async () => {
    const d = aDeployment();
    const again = await setDataProtectionOfficer(d.deps, d.actor("admin"), {
      personId: "dpo",
      dataProtectionOfficer: true,
    });
    expect(again.ok && again.value.dataProtectionOfficer).toBe(true);
    expect(d.store.contents().audit).toEqual([]);
    await setDataProtectionOfficer(d.deps, d.actor("admin"), {
      personId: "dpo",
      dataProtectionOfficer: false,
    });
    const asked = await whoSawChild(d.deps, d.actor("dpo"), november);
    expect(!asked.ok && asked.error.code).toBe("DATA_PROTECTION.NOT_AUTHORISED");
    const audited = d.store.contents().audit.filter((e) => e.action === "people.data-protection-officer-set");
    expect(audited.map((e) => e.detail)).toEqual([{ before: true, after: false }]);
  });

  it("refuses anyone not an administrator, even the officer, and an unknown person, changing nothing", async () => {
    const d = aDeployment();
    const results = [
      await setDataProtectionOfficer(d.deps, d.actor("dpo"), {
        personId: "newcomer",
        dataProtectionOfficer: true,
      }),
      await setDataProtectionOfficer(d.deps, d.actor("stranger"), {
        personId: "dpo",
        dataProtectionOfficer: false,
      }),
      await setDataProtectionOfficer(d.deps, d.actor("admin"), {
        personId: "nobody",
        dataProtectionOfficer: true,
      }),
    ];
    expect(results.map((r) => !r.ok && r.error.code)).toEqual([
      "AUTH.FORBIDDEN",
      "AUTH.FORBIDDEN",
      "NOT_FOUND",
    ]);
    const people = await d.store.read((tx) => tx.people.list());
    expect(people.filter((p) => p.dataProtectionOfficer).map((p) => p.id)).toEqual(["dpo"]);
    expect(d.store.contents().audit).toEqual([]);
  });
});
