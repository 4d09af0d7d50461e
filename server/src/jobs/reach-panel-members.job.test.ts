import { ok, type Result, type TeamsAppInstallerPort, type TeamsAppInstallOutcome } from "@convenor/shared";
import { aMembership, aPanel, aPerson, FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { capturedLogger } from "../captured-logger.test-support.js";
import { ReachPanelMembersJob } from "./reach-panel-members.job.js";

const hour = 60 * 60_000;

class RecordingInstaller implements TeamsAppInstallerPort {
  readonly calls: string[] = [];
  /** When set, installations wait for it: a run in progress. */
  gate: Promise<void> | null = null;

  async installForUser(userObjectId: string): Promise<Result<TeamsAppInstallOutcome>> {
    this.calls.push(userObjectId);
    await this.gate;
    return ok("installed");
  }
  // Meeting chats are not this test's concern.
  findMeetingChat = () => Promise.resolve(ok(null));
  installInChat = () => Promise.resolve(ok<TeamsAppInstallOutcome>("installed"));
}

function aJob(options: { failingStore?: boolean } = {}) {
  const panel = aPanel("isg", { id: "panel-isg" });
  const authoriser = aPerson({ id: "authoriser", entraObjectId: "oid-authoriser" });
  const store = new InMemoryStore({
    people: [authoriser],
    panels: [panel],
    memberships: [aMembership(panel, authoriser, ["emergency-authoriser"])],
  });
  if (options.failingStore) {
    vi.spyOn(store, "transaction").mockRejectedValue(new Error("database is down"));
    vi.spyOn(store, "read").mockRejectedValue(new Error("database is down"));
  }
  const { lines, logger } = capturedLogger();
  const installer = new RecordingInstaller();
  const job = new ReachPanelMembersJob({
    deps: { store, clock: new FixedClock("2026-02-02T09:00:00.000Z") },
    installer,
    logger,
    intervalMs: 4 * hour,
  });
  return { job, installer, lines };
}

describe("the job that makes panel members reachable", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at start and again every interval until stopped", async () => {
    const { job, installer, lines } = aJob();
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(installer.calls).toEqual(["oid-authoriser"]);
    expect(lines.at(-1)).toMatchObject({ installed: ["authoriser"] });

    await vi.advanceTimersByTimeAsync(4 * hour);
    expect(installer.calls).toHaveLength(2);

    await job.stop();
    await vi.advanceTimersByTimeAsync(12 * hour);
    expect(installer.calls).toHaveLength(2);
  });

  it("lets a run in progress finish when stopped, and starts no other", async () => {
    const { job, installer } = aJob();
    let release = () => {};
    installer.gate = new Promise((done) => (release = done));
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(installer.calls).toHaveLength(1);

    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await vi.advanceTimersByTimeAsync(12 * hour);
    expect(installer.calls).toHaveLength(1);
  });

  it("logs a failed run and tries again at the next interval", async () => {
    const { job, installer, lines } = aJob({ failingStore: true });
    job.start();
    await vi.advanceTimersByTimeAsync(4 * hour);
    await job.stop();
    expect(installer.calls).toEqual([]);
    const failures = lines.filter((line) => line.reason === "database is down");
    expect(failures).toHaveLength(2);
  });
});
