import type { FieldError } from "../model/result.js";
import { fail, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { MeetingCodes } from "./meeting-codes.js";

/** Null when every presenter and invitee is a known person; else the failure naming the unknown ones. */
export async function checkPeople(
  tx: StoreTx,
  people: { presenterId?: string | null | undefined; invitedPersonIds?: readonly string[] | undefined },
): Promise<Result<never> | null> {
  const fields: FieldError[] = [];
  if (people.presenterId && !(await tx.people.get(people.presenterId))) {
    fields.push({ field: "presenterId", code: MeetingCodes.unknownPerson, message: "No such person." });
  }
  for (const [index, id] of (people.invitedPersonIds ?? []).entries()) {
    if (!(await tx.people.get(id))) {
      fields.push({
        field: `invitedPersonIds.${index}`,
        code: MeetingCodes.unknownPerson,
        message: "No such person.",
      });
    }
  }
  return fields.length
    ? fail(MeetingCodes.unknownPerson, "Choose presenters and invitees from Convenor's people.", fields)
    : null;
}
