import { describe, expect, it } from "vitest";
import { aSchedulingScenario } from "../testing/scheduling-scenario.js";
import { changeSchedulingSettings } from "./change-scheduling-settings.js";

describe("changeSchedulingSettings", () => {
  it("changes the meeting length, quorum and required agencies, audited with before and after", async () => {
    const s = aSchedulingScenario("icsmg");
    const result = await changeSchedulingSettings(s.deps, s.actor(s.people.coordinator), {
      panelId: s.panel.id,
      quorumAgencies: 4,
      requiredAgencies: ["health", "education"],
    });
    expect(result.ok && result.value).toEqual({
      panelId: s.panel.id,
      meetingMinutes: 120,
      quorumAgencies: 4,
      requiredAgencies: ["health", "education"],
    });
    const panel = await s.store.read((tx) => tx.panels.get(s.panel.id));
    expect(panel?.settings).toMatchObject({ quorumAgencies: 4, requiredAgencies: ["health", "education"] });
    expect(s.store.contents().audit).toEqual([
      expect.objectContaining({
        action: "panel.scheduling-settings-changed",
        actorId: "coordinator",
        subjectId: s.panel.id,
        detail: {
          before: { meetingMinutes: 120, quorumAgencies: 3, requiredAgencies: [] },
          after: { meetingMinutes: 120, quorumAgencies: 4, requiredAgencies: ["health", "education"] },
        },
      }),
    ]);
  });

  it("refuses settings out of their limits with a message per setting, changing nothing", async () => {
    const s = aSchedulingScenario("icsmg");
    const result = await changeSchedulingSettings(s.deps, s.actor(s.people.chair), {
      panelId: s.panel.id,
      meetingMinutes: 600,
      requiredAgencies: ["health", "health"],
    });
    expect(result.ok ? null : result.error.fields?.map((field) => [field.field, field.message])).toEqual([
      ["meetingMinutes", "Meeting length in minutes: at most 480."],
      ["requiredAgencies", "Required agencies: each agency once."],
    ]);
    expect(s.store.contents().audit).toHaveLength(0);
  });

  it("is for the panel's chair and coordinators only", async () => {
    const s = aSchedulingScenario("icsmg");
    for (const person of [s.people.teacher, s.people.outsider]) {
      const result = await changeSchedulingSettings(s.deps, s.actor(person), {
        panelId: s.panel.id,
        quorumAgencies: 1,
      });
      expect(result.ok ? null : result.error.code).toBe("SCHEDULING.NOT_CHAIR_OR_COORDINATOR");
    }
    const panel = await s.store.read((tx) => tx.panels.get(s.panel.id));
    expect(panel?.settings.quorumAgencies).toBe(3);
  });
});
