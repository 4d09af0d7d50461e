import { newAuditEntry } from "../audit/new-audit-entry.js";
import type { DataProtectionOfficerAnswer } from "../api/people-requests.js";
import { canNameDataProtectionOfficer } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/**
 * Names a person the data protection officer, or stops them being one (004 Confidentiality: the officer
 * answers who saw a child, makes subject access exports). Administrators only; a change is audited with the
 * flag before and after. Setting what is already set changes nothing and audits nothing.
 */
export async function setDataProtectionOfficer(
  deps: UseCaseDeps,
  actor: Actor,
  input: { personId: string; dataProtectionOfficer: boolean },
): Promise<Result<DataProtectionOfficerAnswer>> {
  return deps.store.transaction(async (tx) => {
    if (!canNameDataProtectionOfficer(await tx.people.get(actor.personId))) {
      return fail(ErrorCodes.forbidden, "Only an administrator can name the data protection officer.");
    }
    const person = await tx.people.get(input.personId);
    if (!person) return fail(ErrorCodes.notFound, "Convenor has no person with this id.");
    const answer = {
      personId: person.id,
      displayName: person.displayName,
      dataProtectionOfficer: input.dataProtectionOfficer,
    };
    if (person.dataProtectionOfficer === input.dataProtectionOfficer) return ok(answer);
    await tx.people.upsert({ ...person, dataProtectionOfficer: input.dataProtectionOfficer });
    await tx.audit.append(
      newAuditEntry(
        deps,
        actor,
        "people.data-protection-officer-set",
        { type: "person", id: person.id },
        deps.clock.now().toISOString(),
        { before: person.dataProtectionOfficer, after: input.dataProtectionOfficer },
      ),
    );
    return ok(answer);
  });
}
