import { canChangePanelSettings } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { CaseItemsInMinute } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { parsePanelSettings } from "../panels/panel-settings.js";
import { caseItemsInMinuteOf } from "../presets/panel-presets.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { MinuteCodes } from "./minute-codes.js";

/**
 * The panel's chair chooses whether its minutes show case references and decisions (`caseItemsInMinute`),
 * instead of the preset's default. Audited with the choice before and after. Drafts already made keep theirs.
 */
export async function changeMinuteSettings(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string; caseItemsInMinute: CaseItemsInMinute },
): Promise<Result<{ panelId: string; caseItemsInMinute: CaseItemsInMinute }>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const panel = await tx.panels.get(input.panelId);
    if (!panel) return fail(ErrorCodes.notFound, "That panel was not found.");
    if (!canChangePanelSettings(await tx.panels.members(panel.id), actor.personId, panel.id)) {
      return fail(
        MinuteCodes.notChairOrCoordinator,
        `Only the chair of ${panel.name} can change what its minutes show.`,
      );
    }
    const before = caseItemsInMinuteOf(panel);
    const parsed = parsePanelSettings({ ...panel.settings, caseItemsInMinute: input.caseItemsInMinute });
    if (!parsed.ok) return parsed;
    if (panel.settings.caseItemsInMinute !== input.caseItemsInMinute) {
      await tx.panels.updateSettings(panel.id, parsed.value);
      await tx.audit.append(
        meetingAudit(deps, actor, "panel.minute-settings-changed", { type: "panel", id: panel.id }, at, {
          before,
          after: input.caseItemsInMinute,
        }),
      );
    }
    return ok({ panelId: panel.id, caseItemsInMinute: input.caseItemsInMinute });
  });
}
