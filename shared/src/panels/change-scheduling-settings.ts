import type { SchedulingSettingsView } from "../api/scheduling-requests.js";
import { canSchedule } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel, PanelSettings } from "../model/panel.js";
import type { Agency } from "../model/people.js";
import { fail, ok, type Result } from "../model/result.js";
import { errorCatalogue } from "../model/error-codes.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { parsePanelSettings } from "./panel-settings.js";

export interface ChangeSchedulingSettingsInput {
  panelId: string;
  meetingMinutes?: number;
  quorumAgencies?: number;
  requiredAgencies?: Agency[];
}

const schedulingKeys = ["meetingMinutes", "quorumAgencies", "requiredAgencies"] as const;

const schedulingOf = (settings: PanelSettings) => ({
  meetingMinutes: settings.meetingMinutes,
  quorumAgencies: settings.quorumAgencies,
  requiredAgencies: settings.requiredAgencies,
});

const viewOf = (panel: Pick<Panel, "id">, settings: PanelSettings): SchedulingSettingsView => ({
  panelId: panel.id,
  ...schedulingOf(settings),
});

/**
 * Changes how a panel's meetings are found and scheduled (length, quorum of agencies, required agencies).
 * The panel's chair or coordinators only; audited with the settings before and after.
 */
export async function changeSchedulingSettings(
  deps: UseCaseDeps,
  actor: Actor,
  input: ChangeSchedulingSettingsInput,
): Promise<Result<SchedulingSettingsView>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const panel = await tx.panels.get(input.panelId);
    if (!panel) return fail(ErrorCodes.notFound, "That panel was not found.");
    if (!canSchedule(await tx.panels.members(panel.id), actor.personId, panel.id)) {
      return fail(
        errorCatalogue.scheduling.notScheduler,
        `Only the chair or a coordinator of ${panel.name} can change how its meetings are scheduled.`,
      );
    }
    const changes = Object.fromEntries(
      schedulingKeys.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
    );
    const parsed = parsePanelSettings({ ...panel.settings, ...changes });
    if (!parsed.ok) return parsed;
    const settings = parsed.value;
    const before = viewOf(panel, panel.settings);
    const after = viewOf(panel, settings);
    if (JSON.stringify(before) === JSON.stringify(after)) return ok(after);
    await tx.panels.updateSettings(panel.id, settings);
    await tx.audit.append({
      id: newIdFrom(deps),
      at,
      actorId: actor.personId,
      action: "panel.scheduling-settings-changed",
      subjectType: "panel",
      subjectId: panel.id,
      childId: null,
      channel: actor.channel,
      origin: actor.origin,
      correlationId: actor.correlationId,
      detail: { before: schedulingOf(panel.settings), after: schedulingOf(settings) },
    });
    return ok(after);
  });
}
