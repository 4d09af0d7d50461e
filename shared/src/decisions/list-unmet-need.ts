import { isPanelMember } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { resourceLabels, type ResourceKind } from "../model/decision.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";

export interface UnmetNeedView {
  panelId: string;
  panelName: string;
  entries: {
    id: string;
    resource: ResourceKind;
    resourceLabel: string;
    reference: string;
    meetingId: string;
    recordedOn: string;
  }[];
  /** Entries per resource, for the quality-assurance report (000 4c). */
  counts: { resource: ResourceKind; resourceLabel: string; count: number }[];
}

/** The panel's unmet need register (000 4c), for its chair, coordinator and members: case references only. */
export async function listUnmetNeed(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string },
): Promise<Result<UnmetNeedView>> {
  return deps.store.read(async (tx) => {
    const panel = await tx.panels.get(input.panelId);
    const memberships = await tx.panels.membershipsOf(actor.personId);
    if (!panel || !isPanelMember(memberships, actor.personId, panel.id)) {
      return fail(ErrorCodes.notFound, "That panel was not found, or you cannot see it.");
    }
    const needs = await tx.unmetNeed.listForPanel(panel.id);
    const counts = new Map<ResourceKind, number>();
    for (const need of needs) counts.set(need.resource, (counts.get(need.resource) ?? 0) + 1);
    return ok({
      panelId: panel.id,
      panelName: panel.name,
      entries: needs.map((need) => ({
        id: need.id,
        resource: need.resource,
        resourceLabel: resourceLabels[need.resource],
        reference: need.reference,
        meetingId: need.meetingId,
        recordedOn: need.recordedOn,
      })),
      counts: [...counts].map(([resource, count]) => ({
        resource,
        resourceLabel: resourceLabels[resource],
        count,
      })),
    });
  });
}
