import { rolesOn } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import type { MinuteVersion } from "../model/minute.js";
import { fail, ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { MinuteCodes } from "./minute-codes.js";
import { checkReadVersion, readMinuteContext } from "./minute-context.js";
import { minuteFileKind, minuteNotice } from "./minute-notices.js";

/**
 * The chair agrees a circulated version (usually at the next meeting). In the same transaction the version is
 * queued for filing to the panel's library; agreeing it again is refused (`MINUTES.ALREADY_AGREED`).
 */
export async function agreeMinute(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string; version: number; revision: number },
): Promise<Result<MinuteVersion>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const { meeting, panel, memberships, versions } = context.value;
    if (!rolesOn(memberships, actor.personId, panel.id).includes("chair")) {
      return fail(MinuteCodes.notChairOrCoordinator, "Only the panel's chair agrees the minute.");
    }
    const asRead = versions.find((v) => v.version === input.version);
    if (asRead?.status === "agreed") {
      return fail(MinuteCodes.alreadyAgreed, `Version ${asRead.version} is already agreed.`);
    }
    const read = checkReadVersion(context.value, input);
    if (!read.ok) return read;
    const latest = read.value;
    if (latest.status !== "circulated") {
      return fail(
        MinuteCodes.notCirculated,
        "Circulate this version to those at the meeting before it is agreed.",
      );
    }
    const agreed: MinuteVersion = {
      ...latest,
      revision: latest.revision + 1,
      status: "agreed",
      agreedById: actor.personId,
      agreedAt: at,
    };
    if (!(await tx.minutes.update(agreed, latest.revision))) {
      return fail(MinuteCodes.staleVersion, "Someone changed the minute at the same time. Reload to see it.");
    }
    await tx.outbox.enqueue(
      minuteNotice(
        deps,
        actor,
        minuteFileKind,
        `minutes:${meeting.id}`,
        { meetingId: meeting.id, version: agreed.version },
        at,
      ),
    );
    await tx.audit.append(
      meetingAudit(deps, actor, "minutes.agreed", { type: "minutes", id: meeting.id }, at, {
        version: agreed.version,
      }),
    );
    return ok(agreed);
  });
}
