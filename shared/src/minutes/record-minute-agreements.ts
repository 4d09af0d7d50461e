import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { agreementStates, type MinuteAgreement, type MinuteVersion } from "../model/minute.js";
import { fail, ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { MinuteCodes } from "./minute-codes.js";
import { readMinuteContext } from "./minute-context.js";
import { checkMinuteText, minuteLimits } from "./minute-limits.js";

export interface RecordMinuteAgreementsInput {
  meetingId: string;
  version: number;
  revision: number;
  agreements: MinuteAgreement[];
  contentiousIssues: string;
}

/**
 * CIN (003 1.6): on one version, the chair records the child's and parents' agreement to the minutes (name,
 * relationship, agreed / not agreed / not yet, date) and any contentious issue. It records who signed what,
 * so it changes that version in place, also when agreed; it does not make a new version.
 */
export async function recordMinuteAgreements(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordMinuteAgreementsInput,
): Promise<Result<MinuteVersion>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const minute = context.value.versions.find((v) => v.version === input.version);
    if (!minute) return fail(MinuteCodes.noDraft, `There is no version ${input.version} of this minute.`);
    if (minute.revision !== input.revision) {
      return fail(
        MinuteCodes.staleVersion,
        "The minute changed since you opened it. Reload to see the change.",
      );
    }
    const checked = checkAgreements(input);
    if (!checked.ok) return checked;
    const saved: MinuteVersion = {
      ...minute,
      revision: minute.revision + 1,
      agreements: checked.value,
      contentiousIssues: input.contentiousIssues.trim(),
    };
    if (!(await tx.minutes.update(saved, minute.revision))) {
      return fail(MinuteCodes.staleVersion, "Someone changed the minute at the same time. Reload to see it.");
    }
    await tx.audit.append(
      meetingAudit(deps, actor, "minutes.agreements-recorded", { type: "minutes", id: input.meetingId }, at, {
        version: minute.version,
        agreements: saved.agreements.map((a) => a.state),
      }),
    );
    return ok(saved);
  });
}

function checkAgreements(input: RecordMinuteAgreementsInput): Result<MinuteAgreement[]> {
  const invalid = (field: string, message: string) =>
    fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.validation, message }]);
  if (input.agreements.length > minuteLimits.agreements) {
    return invalid("agreements", `At most ${minuteLimits.agreements} people's agreement on one version.`);
  }
  const issues = checkMinuteText(
    "contentiousIssues",
    input.contentiousIssues,
    minuteLimits.contentiousIssues,
    "the contentious issues",
  );
  if (issues) return issues;
  const agreements: MinuteAgreement[] = [];
  for (const [index, agreement] of input.agreements.entries()) {
    const name = checkMinuteText(
      `agreements.${index}.name`,
      agreement.name,
      minuteLimits.agreementName,
      "the name",
      { required: true },
    );
    if (name) return name;
    const relationship = checkMinuteText(
      `agreements.${index}.relationship`,
      agreement.relationship,
      minuteLimits.agreementRelationship,
      "the relationship",
      { required: true },
    );
    if (relationship) return relationship;
    if (!agreementStates.includes(agreement.state)) {
      return invalid(`agreements.${index}.state`, "Agreement: agreed, not agreed or not yet.");
    }
    const on = agreement.state === "not-yet" ? null : agreement.on;
    if (agreement.state !== "not-yet" && (!on || !/^\d{4}-\d{2}-\d{2}$/.test(on))) {
      return invalid(`agreements.${index}.on`, "Give the date the agreement was given or refused.");
    }
    agreements.push({
      name: agreement.name.trim(),
      relationship: agreement.relationship.trim(),
      state: agreement.state,
      on,
    });
  }
  return ok(agreements);
}
