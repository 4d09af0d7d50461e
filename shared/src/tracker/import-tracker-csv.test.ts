import { describe, expect, it } from "vitest";
import { trackerCsvColumns } from "../api/tracker-requests.js";
import { importTrackerCsv } from "./import-tracker-csv.js";
import { aTrackerScenario, withCaseload } from "./tracker-scenario.test-support.js";

const header = trackerCsvColumns.join(",");
const amy = (month: string, areas = "Green,Green,Green,Green,Green") =>
  `Amy,Zephyr,2010-03-14,${month},wendy@example.test,${areas}`;

async function scenario() {
  const s = aTrackerScenario();
  await withCaseload(s);
  return s;
}

const coordinatorImport = async (
  s: Awaited<ReturnType<typeof scenario>>,
  csv: string,
  onlyValidRows = false,
) => importTrackerCsv(s.deps, s.actor(s.people.coordinator), "hrp", csv, { onlyValidRows });

describe("importTrackerCsv", () => {
  it("imports a year of rows (quotes, CRLF, BOM, any case of Red/Amber/Green) as complete months", async () => {
    const s = await scenario();
    const rows = ["2026-01", "2026-02", "2026-03"].map((month) => amy(month, "red,AMBER,Green,green,amber"));
    const csv = `\uFEFF${header}\r\n${rows.join("\r\n")}\r\n"Cal","Xavier","2009-06-30","2026-03","SOL@example.test",Green,Green,Green,Green,Green\r\n`;
    const report = await coordinatorImport(s, csv);
    expect(report).toEqual({ ok: true, value: { dryRun: false, imported: 4, rejected: [], listed: 0 } });
    const stored = await s.store.read((tx) => tx.ratings.listForChild("hrp", "amy"));
    expect(stored.map((r) => [r.month, r.areas["missing-or-exploitation"], r.ratedById])).toEqual([
      ["2026-01", "red", "wendy"],
      ["2026-02", "red", "wendy"],
      ["2026-03", "red", "wendy"],
    ]);
    const audit = await s.store.read((tx) => tx.audit.list({ childId: "cal" }));
    expect(audit.map((entry) => entry.action)).toEqual(["tracker.imported"]);
  });

  it("imports nothing when any row is refused, and says which row, column and why", async () => {
    const s = await scenario();
    const csv = [
      header,
      amy("2026-01"),
      amy("2026-13"),
      "Amy,Zephyr,2010-02-30,2026-01,wendy@example.test,Green,Green,Green,Green,Green",
      "Zoe,Nobody,2010-01-01,2026-01,wendy@example.test,Green,Green,Green,Green,Green",
      amy("2026-02", "Green,Purple,Green,Green,Green"),
      amy("2026-03", '"=HYPERLINK(""http://x"")",Green,Green,Green,Green'),
      amy("2026-04", "@SUM(A1),Green,Green,Green,Green"),
      amy("2026-05", "Green,Green,Green,Green,-1"),
      amy("2026-01"),
      "Amy,Zephyr,2010-03-14,2026-06,sol@example.test,Green,Green,Green,Green,Green",
      "Amy,Zephyr,2010-03-14,2026-07",
      amy("2027-01"),
    ].join("\n");
    const result = await coordinatorImport(s, csv);
    expect(!result.ok && result.error.code).toBe("TRACKER.IMPORT_ROWS_REJECTED");
    const fields = !result.ok ? (result.error.fields ?? []).map((f) => f.field) : [];
    expect(fields).toEqual([
      "row 3, month",
      "row 4, date_of_birth",
      "row 5, given_name",
      "row 6, education_employment_training",
      "row 7, missing_or_exploitation",
      "row 8, missing_or_exploitation",
      "row 9, health",
      "row 10, month",
      "row 11, social_worker_email",
      "row 12, (row)",
      "row 13, month",
    ]);
    expect(await s.store.read((tx) => tx.ratings.listForPanel("hrp"))).toEqual([]);
  });

  it("checks a file without writing anything: what it would import and which rows it refuses", async () => {
    const s = await scenario();
    const csv = [header, amy("2026-01"), amy("2026-02"), amy("2026-03", "Green,Green,Green,Green,Blue")].join(
      "\n",
    );
    const checked = await importTrackerCsv(s.deps, s.actor(s.people.coordinator), "hrp", csv, {
      onlyValidRows: false,
      dryRun: true,
    });
    expect(checked.ok && checked.value.dryRun).toBe(true);
    expect(checked.ok && checked.value.imported).toBe(2);
    expect(checked.ok && checked.value.rejected.map((r) => [r.row, r.column])).toEqual([[4, "health"]]);
    expect(await s.store.read((tx) => tx.ratings.listForPanel("hrp"))).toEqual([]);
    expect(await s.store.read((tx) => tx.audit.list({ childId: "amy" }))).toEqual([]);
  });

  it("imports only the valid rows when asked, reporting the rest", async () => {
    const s = await scenario();
    const csv = [header, amy("2026-01"), amy("2026-02", "Green,Green,Green,Green,+1")].join("\n");
    const result = await coordinatorImport(s, csv, true);
    expect(result.ok && result.value.imported).toBe(1);
    expect(result.ok && result.value.rejected).toEqual([
      { row: 3, column: "health", reason: expect.stringContaining("formula") as string },
    ]);
  });

  it("refuses the whole file for wrong or missing columns, bad CSV, or too many rows", async () => {
    const s = await scenario();
    const missing = await coordinatorImport(s, `given_name,family_name\nAmy,Zephyr\n`);
    const broken = await coordinatorImport(s, `${header}\n"Amy,Zephyr\n`);
    const many = await coordinatorImport(
      s,
      `${header}\n${Array.from({ length: 10_001 }, () => amy("2026-01")).join("\n")}`,
    );
    expect(!missing.ok && missing.error.code).toBe("TRACKER.IMPORT_COLUMNS");
    expect(!broken.ok && broken.error.code).toBe("TRACKER.IMPORT_COLUMNS");
    expect(!many.ok && many.error.code).toBe("TRACKER.IMPORT_TOO_LARGE");
  });

  it("is for the chair or coordinator only", async () => {
    const s = await scenario();
    const member = await importTrackerCsv(s.deps, s.actor(s.people.member), "hrp", header, {
      onlyValidRows: false,
    });
    const worker = await importTrackerCsv(s.deps, s.actor(s.people.wendy), "hrp", header, {
      onlyValidRows: false,
    });
    expect(!member.ok && member.error.code).toBe("AUTH.FORBIDDEN");
    expect(!worker.ok && worker.error.code).toBe("AUTH.FORBIDDEN");
  });

  it("lists a young person whose imported last two months are red in one area on the next meeting", async () => {
    const s = await scenario();
    const csv = [
      header,
      amy("2026-10", "Green,Green,Green,Red,Green"),
      amy("2026-11", "Green,Green,Green,Red,Green"),
    ].join("\n");
    const result = await coordinatorImport(s, csv);
    expect(result.ok && result.value.listed).toBe(1);
    const agenda = await s.store.read((tx) => tx.agenda.listForMeeting("hrp-dec"));
    expect(agenda.map((item) => item.title)).toEqual([
      expect.stringMatching(/^Tracker: red in Youth justice, Oct and Nov 2026/),
    ]);
  });
});
