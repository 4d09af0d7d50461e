import {
  trackerCsvColumns,
  trackerImportLimits,
  type TrackerImportRejection,
  type TrackerImportReport,
} from "../api/tracker-requests.js";
import { parseIsoDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { childMatchKey } from "../model/child-match-key.js";
import { ErrorCodes } from "../model/errors.js";
import type { Rag, RagArea } from "../model/rating.js";
import { DomainFailure, fail, ok, type Result } from "../model/result.js";
import type { TrackedYoungPersonView, TrackerEntry } from "../model/tracker.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { parseCsv } from "./csv.js";
import { AgendaChangedMeanwhile, listRecentlyDue } from "./list-due-on-agenda.js";
import { loadTrackerManagerAccess } from "./tracker-access.js";
import { childAuditEntries } from "./tracker-audit.js";
import { TrackerCodes } from "./tracker-codes.js";
import { isTrackerEligible } from "./tracker-eligibility.js";
import { isMonth, openMonthAt } from "./tracker-months.js";

const areaColumns: Record<(typeof trackerCsvColumns)[number], RagArea | null> = {
  given_name: null,
  family_name: null,
  date_of_birth: null,
  month: null,
  social_worker_email: null,
  missing_or_exploitation: "missing-or-exploitation",
  education_employment_training: "education-employment-training",
  placement_permanency: "placement-permanency",
  youth_justice: "youth-justice",
  health: "health",
};

/** A cell a spreadsheet would run as a formula (CSV injection): refused, never evaluated. */
const formulaStart = /^[=+\-@\t\r]/;
const ragValues: Record<string, Rag> = { red: "red", amber: "amber", green: "green" };

/**
 * Imports the council's existing tracker spreadsheet, one row per young person per month (columns in
 * `trackerCsvColumns`). Every row is checked: dates and months, the young person (a tracked young person of
 * the panel, by name and date of birth), their social worker's email, Red/Amber/Green in each area, formula
 * cells, sizes. A file with any refused row imports nothing, unless `onlyValidRows`, when the valid rows are
 * imported and the rest reported; `dryRun` checks the file and writes nothing. One transaction; rows replace the months they name, as complete months.
 * The chair or coordinator only; the import is audited for the panel and for each young person.
 */
export async function importTrackerCsv(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  csvText: string,
  options: { onlyValidRows: boolean; dryRun?: boolean },
): Promise<Result<TrackerImportReport>> {
  const at = deps.clock.now().toISOString();
  if (new TextEncoder().encode(csvText).length > trackerImportLimits.maxBytes) {
    return fail(
      TrackerCodes.importTooLarge,
      `A file can hold at most ${trackerImportLimits.maxBytes / 1_000_000} MB.`,
    );
  }
  const parsed = parseCsv(csvText, trackerImportLimits.maxRows + 1);
  if (!parsed.ok) return fail(TrackerCodes.importColumns, `The file is not valid CSV: ${parsed.reason}`);
  const [header, ...rows] = parsed.records;
  if (rows.length > trackerImportLimits.maxRows) {
    return fail(TrackerCodes.importTooLarge, `A file can hold at most ${trackerImportLimits.maxRows} rows.`);
  }
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  if (columns.join(",") !== trackerCsvColumns.join(",")) {
    return fail(
      TrackerCodes.importColumns,
      `The first row must name the columns ${trackerCsvColumns.join(", ")}, in that order.`,
    );
  }
  try {
    return await deps.store.transaction(async (tx) => {
      const access = await loadTrackerManagerAccess(tx, actor, panelId);
      if (!access.ok) return access;
      const checked = await checkRows(tx, panelId, rows, openMonthAt(at), at);
      if (options.dryRun) {
        return ok({ dryRun: true, imported: checked.entries.length, rejected: checked.rejected, listed: 0 });
      }
      if (checked.rejected.length > 0 && !options.onlyValidRows) {
        throw new DomainFailure({
          code: TrackerCodes.importRowsRejected,
          message: `${checked.rejected.length} problem${checked.rejected.length === 1 ? "" : "s"} in the file: nothing was imported. Correct the rows, or import only the valid rows.`,
          fields: checked.rejected.map((rejection) => ({
            field: `row ${rejection.row}, ${rejection.column}`,
            code: TrackerCodes.importRowsRejected,
            message: rejection.reason,
          })),
        });
      }
      for (const entry of checked.entries) await tx.ratings.upsertEntry(entry);
      const imported = new Set(checked.entries.map((entry) => entry.childId));
      const listed = await listRecentlyDue(deps, tx, actor, panelId, imported, at);
      const childIds = [...new Set(checked.entries.map((entry) => entry.childId))];
      await tx.audit.append({
        id: newIdFrom(deps),
        at,
        actorId: actor.personId,
        action: "tracker.imported",
        subjectType: "panel",
        subjectId: panelId,
        childId: null,
        channel: actor.channel,
        origin: actor.origin,
        correlationId: actor.correlationId,
        detail: {
          rows: checked.entries.length,
          rejected: checked.rejected.length,
          youngPeople: childIds.length,
        },
      });
      await tx.audit.appendMany(
        childAuditEntries(deps, actor, "tracker.imported", childIds, at, { panelId }),
      );
      return ok({ dryRun: false, imported: checked.entries.length, rejected: checked.rejected, listed });
    });
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    if (error instanceof AgendaChangedMeanwhile) {
      return fail(
        ErrorCodes.conflict,
        "The panel's agenda changed at the same moment: import the file again.",
      );
    }
    throw error;
  }
}

async function checkRows(
  tx: StoreTx,
  panelId: string,
  rows: string[][],
  openMonth: string,
  at: string,
): Promise<{ entries: TrackerEntry[]; rejected: TrackerImportRejection[] }> {
  const tracked = new Map<string, TrackedYoungPersonView>();
  for (const child of await tx.caseload.listForPanel(panelId)) {
    tracked.set(`${childMatchKey(child.givenName, child.familyName)}|${child.dateOfBirth}`, child);
  }
  const emails = new Map((await tx.people.list()).map((person) => [person.email.toLowerCase(), person.id]));
  const entries: TrackerEntry[] = [];
  const rejected: TrackerImportRejection[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((text) => text.trim() === "")) return;
    const reject = (column: string, reason: string) => void rejected.push({ row, column, reason });
    if (cells.length !== trackerCsvColumns.length) {
      return reject("(row)", `Has ${cells.length} cells; every row has ${trackerCsvColumns.length}.`);
    }
    const cell = Object.fromEntries(trackerCsvColumns.map((name, i) => [name, cells[i]!])) as Record<
      (typeof trackerCsvColumns)[number],
      string
    >;
    const before = rejected.length;
    for (const name of trackerCsvColumns) {
      if (formulaStart.test(cell[name]))
        reject(name, "Starts like a spreadsheet formula (=, +, -, @, tab or return): refused.");
      else if (cell[name].length > trackerImportLimits.maxCellLength) reject(name, "Too long.");
    }
    if (rejected.length > before) return;
    const value = (name: (typeof trackerCsvColumns)[number]) => cell[name].trim();
    if (!validDate(value("date_of_birth"))) return reject("date_of_birth", "Not a date written YYYY-MM-DD.");
    const month = value("month");
    if (!isMonth(month)) return reject("month", "Not a month written YYYY-MM.");
    if (month > openMonth) return reject("month", "A month still to come.");
    const areas: Partial<Record<RagArea, Rag>> = {};
    for (const name of trackerCsvColumns) {
      const area = areaColumns[name];
      if (!area) continue;
      const rag = ragValues[value(name).toLowerCase()];
      if (rag) areas[area] = rag;
      else reject(name, "Must be Red, Amber or Green.");
    }
    if (rejected.length > before) return;
    const child = tracked.get(
      `${childMatchKey(value("given_name"), value("family_name"))}|${value("date_of_birth")}`,
    );
    if (!child)
      return reject("given_name", "Not a young person on this panel's tracker (name and date of birth).");
    if (!isTrackerEligible(child, month)) {
      return reject("month", "The young person is not looked after and aged 14 to 18 in that month.");
    }
    const workerId = emails.get(value("social_worker_email").toLowerCase());
    if (!workerId) return reject("social_worker_email", "Not the email of anyone known to Convenor.");
    if (workerId !== child.workerId) {
      return reject("social_worker_email", "Not the social worker who rates this young person.");
    }
    const key = `${child.childId}|${month}`;
    if (seen.has(key)) return reject("month", "The same young person and month are on an earlier row.");
    seen.add(key);
    entries.push({
      panelId,
      childId: child.childId,
      month,
      ratedById: workerId,
      areas,
      complete: true,
      submittedAt: at,
    });
  });
  return { entries, rejected };
}

function validDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}
