import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { MinuteContent, MinuteVersion, OutcomeProgressRow } from "../model/minute.js";
import { fail, ok, type DomainError, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { MinuteCodes } from "./minute-codes.js";
import { checkReadVersion, readMinuteContext } from "./minute-context.js";
import { checkMinuteText, minuteLimits } from "./minute-limits.js";

export interface EditMinuteInput {
  meetingId: string;
  /** The version and revision the editor read: an edit from an older read is refused. */
  version: number;
  revision: number;
  generalBusiness?: string;
  /** Notes on non-case items; a case item's discussion belongs on the child's record (000 5). */
  itemNotes?: { agendaItemId: string; notes: string }[];
  /** A strategic group's outcome-indicator progress table (001), replacing the one in the minute. */
  progress?: OutcomeProgressRow[];
}

const progressCells = [
  "outcome",
  "indicator",
  "workUndertaken",
  "workPlanned",
  "halfYearData",
  "notes",
] as const;

/**
 * The chair or coordinator edits the latest version. A draft or circulated version changes in place (a
 * circulated one goes back to draft, to be circulated again); an agreed version stays as agreed and the
 * edit becomes the next version, which needs agreeing again.
 */
export async function editMinute(
  deps: UseCaseDeps,
  actor: Actor,
  input: EditMinuteInput,
): Promise<Result<MinuteVersion>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const read = checkReadVersion(context.value, input);
    if (!read.ok) return read;
    const latest = read.value;
    const content = editedContent(latest.content, input, context.value.panel.preset === "strategic-review");
    if (!content.ok) return content;

    let saved: MinuteVersion;
    if (latest.status === "agreed") {
      // Moving the agreed version's revision on makes a concurrent edit of it refused, not a second copy.
      if (!(await tx.minutes.update({ ...latest, revision: latest.revision + 1 }, latest.revision))) {
        return { ok: false, error: stale() };
      }
      saved = {
        ...latest,
        version: latest.version + 1,
        revision: 1,
        status: "draft",
        content: content.value,
        editedById: actor.personId,
        editedAt: at,
        circulatedAt: null,
        agreedById: null,
        agreedAt: null,
        filedUrl: null,
        filedItemId: null,
        filedAt: null,
      };
      if (!(await tx.minutes.insert(saved)))
        throw new Error(`Minute version ${saved.version} already exists`);
    } else {
      saved = {
        ...latest,
        revision: latest.revision + 1,
        status: "draft",
        content: content.value,
        editedById: actor.personId,
        editedAt: at,
      };
      if (!(await tx.minutes.update(saved, latest.revision))) return { ok: false, error: stale() };
    }
    await tx.audit.append(
      meetingAudit(deps, actor, "minutes.edited", { type: "minutes", id: input.meetingId }, at, {
        version: saved.version,
        newVersion: saved.version !== latest.version,
      }),
    );
    return ok(saved);
  });
}

const stale = (): DomainError => ({
  code: MinuteCodes.staleVersion,
  message: "Someone changed the minute at the same time. Reload to see their change.",
});

function editedContent(
  content: MinuteContent,
  input: EditMinuteInput,
  strategic: boolean,
): Result<MinuteContent> {
  const next = structuredClone(content);
  if (input.generalBusiness !== undefined) {
    const bad = checkMinuteText(
      "generalBusiness",
      input.generalBusiness,
      minuteLimits.generalBusiness,
      "the general business",
    );
    if (bad) return bad;
    next.generalBusiness = input.generalBusiness.trim();
  }
  for (const [index, edit] of (input.itemNotes ?? []).entries()) {
    const field = `itemNotes.${index}.notes`;
    const item = next.items.find((candidate) => candidate.agendaItemId === edit.agendaItemId);
    if (!item) {
      const message = "That item is not in this minute.";
      return fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.validation, message }]);
    }
    if (item.caseItem && edit.notes.trim()) {
      const message =
        "Discussion of a child's plan is not part of the formal minute: record it as a case observation.";
      return fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.validation, message }]);
    }
    const bad = checkMinuteText(field, edit.notes, minuteLimits.itemNotes, "the item's notes");
    if (bad) return bad;
    item.notes = edit.notes.trim();
  }
  if (input.progress !== undefined) {
    if (!strategic) {
      return fail(
        MinuteCodes.notStrategic,
        "Only a strategic group's minute has an outcome-indicator table.",
      );
    }
    if (input.progress.length > minuteLimits.progressRows) {
      const message = `At most ${minuteLimits.progressRows} rows in the progress table.`;
      return fail(ErrorCodes.tooLong, message, [{ field: "progress", code: ErrorCodes.tooLong, message }]);
    }
    const rows: OutcomeProgressRow[] = [];
    for (const [index, row] of input.progress.entries()) {
      for (const cell of progressCells) {
        const required = cell === "outcome" || cell === "indicator";
        const bad = checkMinuteText(
          `progress.${index}.${cell}`,
          row[cell],
          minuteLimits.progressCell,
          `the ${cell}`,
          {
            required,
          },
        );
        if (bad) return bad;
      }
      rows.push(
        Object.fromEntries(
          progressCells.map((cell) => [cell, row[cell].trim()]),
        ) as unknown as OutcomeProgressRow,
      );
    }
    next.progress = rows;
  }
  return ok(next);
}
