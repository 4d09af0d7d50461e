import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Panel, PanelMembership, Person } from "@convenor/shared";
import { aPanel } from "@convenor/shared/testing";
import {
  startGraphSandbox,
  type GraphSandbox,
  type GraphSandboxFaults,
} from "../../local/graph-sandbox/index.js";
import { parseGraphConfig, type GraphConfig } from "../graph-config.js";
import { createGraphAdapters, type GraphAdapters } from "../index.js";
import type { RetryPolicy } from "../retry-policy.js";

/** Fake staff for Graph tests: `internal` people at the council, `external` ones in another organisation. */
export function fakePeople(internal: number, external: number): Person[] {
  const person = (n: number, organisation: Person["organisation"]): Person => ({
    id: `person-${organisation}-${n}`,
    displayName: `${organisation === "internal" ? "Staff" : "Partner"} ${n}`,
    email: `${organisation === "internal" ? "staff" : "partner"}${n}@${organisation === "internal" ? "council.example" : "health.example"}`,
    jobTitle: "Practitioner",
    agency: organisation === "internal" ? "social-work" : "health",
    entraObjectId: null,
    organisation,
    administrator: false,
    dataProtectionOfficer: false,
  });
  return [
    ...Array.from({ length: internal }, (_, n) => person(n + 1, "internal")),
    ...Array.from({ length: external }, (_, n) => person(n + 1, "external")),
  ];
}

export const fakePanel: Panel = aPanel("isg", { id: "panel-test-isg", name: "Test ISG North" });

export interface SandboxHarness {
  sandbox: GraphSandbox;
  graph: GraphAdapters;
  config: GraphConfig;
  people: Person[];
  dataDir: string;
  close(): Promise<void>;
}

/** A sandbox with fake people and one panel, and the production adapters pointed at it. */
export async function startHarness(
  options: {
    internal?: number;
    external?: number;
    retry?: Partial<RetryPolicy>;
    faults?: GraphSandboxFaults;
    memberships?: PanelMembership[];
    /** Instead of fake people (e.g. the demo people, for the end-to-end suites). */
    people?: Person[];
  } = {},
): Promise<SandboxHarness> {
  const people = options.people ?? fakePeople(options.internal ?? 50, options.external ?? 2);
  const dataDir = await mkdtemp(join(tmpdir(), "convenor-graph-"));
  const sandbox = await startGraphSandbox({
    dataDir,
    people,
    panels: [fakePanel],
    ...(options.memberships ? { memberships: options.memberships } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const parsed = parseGraphConfig({});
  if (!parsed.ok) throw new Error(parsed.error.message);
  const config: GraphConfig = {
    ...parsed.value,
    retry: { ...parsed.value.retry, baseDelayMs: 50, ...options.retry },
  };
  const graph = createGraphAdapters(config, { sandboxUrl: sandbox.url });
  return {
    sandbox,
    graph,
    config,
    people,
    dataDir,
    close: async () => {
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
