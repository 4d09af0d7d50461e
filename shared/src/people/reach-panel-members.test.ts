import { describe, expect, it } from "vitest";
import type { ErrorCode } from "../model/error-codes.js";
import { fail, ok, type Result } from "../model/result.js";
import type { TeamsAppInstallerPort, TeamsAppInstallOutcome } from "../ports/teams-app-installer.port.js";
import { personChat } from "../conversations/conversation-key.js";
import { aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { reachPanelMembers } from "./reach-panel-members.js";

/** Teams as the installer sees it: who has the app, and people it cannot install for. */
class FakeInstaller implements TeamsAppInstallerPort {
  readonly calls: string[] = [];
  readonly hasApp = new Set<string>();
  readonly refusals = new Map<string, ErrorCode>();

  installForUser(userObjectId: string): Promise<Result<TeamsAppInstallOutcome>> {
    this.calls.push(userObjectId);
    const refusal = this.refusals.get(userObjectId);
    if (refusal) return Promise.resolve(fail(refusal, "Microsoft 365 is busy right now."));
    if (this.hasApp.has(userObjectId)) return Promise.resolve(ok("already-installed"));
    this.hasApp.add(userObjectId);
    return Promise.resolve(ok("installed"));
  }
  // Meeting chats are not this test's concern.
  findMeetingChat = () => Promise.resolve(ok(null));
  installInChat = () => Promise.resolve(ok<TeamsAppInstallOutcome>("installed"));
}

function aTenant() {
  const isg = aPanel("isg", { id: "panel-isg" });
  const icsmg = aPanel("icsmg", { id: "panel-icsmg" });
  const person = (id: string, entraObjectId: string | null) => aPerson({ id, entraObjectId });
  const people = {
    authoriser: person("authoriser", "oid-authoriser"),
    chair: person("chair", "oid-chair"),
    talker: person("talker", "oid-talker"),
    guest: person("guest", null),
    busy: person("busy", "oid-busy"),
    outsider: person("outsider", "oid-outsider"),
  };
  const store = new InMemoryStore({
    people: Object.values(people),
    panels: [isg, icsmg],
    memberships: [
      aMembership(isg, people.authoriser, ["emergency-authoriser"]),
      aMembership(isg, people.chair, ["chair"]),
      aMembership(icsmg, people.chair, ["chair"]),
      aMembership(isg, people.talker, ["coordinator"]),
      aMembership(icsmg, people.guest, ["member"]),
      aMembership(icsmg, people.busy, ["member"]),
    ],
  });
  const installer = new FakeInstaller();
  const deps = { store, clock: new FixedClock("2026-02-02T09:00:00.000Z"), installer };
  const personalChat = (personId: string) =>
    store.transaction((tx) =>
      tx.conversations.put(personChat(personId), { conversation: { id: `a:${personId}` } }),
    );
  return { store, installer, deps, isg, personalChat };
}

describe("reaching panel members before they are needed", () => {
  it("installs the app for every member without a personal chat, once each, and says who it could not reach", async () => {
    const t = aTenant();
    await t.personalChat("talker");
    t.installer.hasApp.add("oid-chair");
    t.installer.refusals.set("oid-busy", "GRAPH.THROTTLED");

    const report = await reachPanelMembers(t.deps);

    expect(report).toEqual({
      ok: true,
      value: {
        installed: ["authoriser"],
        alreadyInstalled: ["chair"],
        unreachable: [
          { personId: "guest", code: "PEOPLE.NO_ENTRA_OBJECT_ID", message: expect.any(String) as string },
          { personId: "busy", code: "GRAPH.THROTTLED", message: "Microsoft 365 is busy right now." },
        ],
      },
    });
    expect(t.installer.calls.sort()).toEqual(["oid-authoriser", "oid-busy", "oid-chair"]);
  });

  it("leaves alone those the bot has reached since, and retries only those still unreached", async () => {
    const t = aTenant();
    t.installer.refusals.set("oid-busy", "GRAPH.THROTTLED");
    await reachPanelMembers(t.deps);
    // Teams opened the personal chats of those it installed for, and the bot stored them.
    await t.personalChat("authoriser");
    await t.personalChat("chair");
    await t.personalChat("talker");
    t.installer.refusals.clear();
    t.installer.calls.length = 0;

    const again = await reachPanelMembers(t.deps);

    expect(again.ok && again.value).toMatchObject({ installed: ["busy"], alreadyInstalled: [] });
    expect(t.installer.calls).toEqual(["oid-busy"]);
  });

  it("can be limited to one panel, and refuses an unknown one without installing anything", async () => {
    const t = aTenant();
    const one = await reachPanelMembers(t.deps, { panelId: t.isg.id });
    expect(one.ok && one.value.installed.sort()).toEqual(["authoriser", "chair", "talker"]);

    t.installer.calls.length = 0;
    const unknown = await reachPanelMembers(t.deps, { panelId: "panel-nope" });
    expect(unknown).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(t.installer.calls).toEqual([]);
  });
});
