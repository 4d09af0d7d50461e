import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SlotMember, SuggestedSlot } from "@convenor/shared";
import { FreeBusyGrid } from "./free-busy-grid.js";

const member = (
  personId: string,
  displayName: string,
  organisation: SlotMember["organisation"],
): SlotMember => ({
  personId,
  displayName,
  email: `${personId}@convenor.test`,
  agency: organisation === "external" ? "health" : "social-work",
  organisation,
  calendar: organisation === "external" ? "unknown" : "visible",
});
const slot = (startsAt: string, statuses: SuggestedSlot["statuses"]): SuggestedSlot => ({
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + 2 * 60 * 60_000).toISOString(),
  date: startsAt.slice(0, 10),
  rank: 1,
  statuses,
  freeCount: statuses.filter((status) => status === "free").length,
  agenciesAvailable: [],
  quorumMet: true,
  requiredAgenciesMissing: [],
  deadlinesReachable: true,
  outsideWorkingHours: 0,
  closureDay: false,
  deadlines: [],
  reasons: [],
});

/** The grid's cells, row by row, as text (the mark is hidden from screen readers, the word is not). */
function cells(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) =>
      cell!
        .replace(/<span aria-hidden="true">.*?<\/span>/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
}

describe("the free/busy grid", () => {
  const members = [
    member("p-chair", "Morag Chalmers", "internal"),
    member("p-external", "Sam Patel", "external"),
  ];

  it("is a table with a header for each slot and each member, the state in words", () => {
    const html = renderToStaticMarkup(
      createElement(FreeBusyGrid, {
        members,
        slots: [
          slot("2027-02-02T10:00:00Z", ["free", "unknown"]),
          slot("2027-02-03T13:00:00Z", ["busy", "unknown"]),
        ],
      }),
    );
    expect(html).toContain("<caption");
    expect(html.match(/scope="col"/g)).toHaveLength(3);
    expect(html.match(/scope="row"/g)).toHaveLength(2);
    expect(cells(html)).toEqual([
      ["Member", "Tue, 2 Feb 2027, 10:00–12:00", "Wed, 3 Feb 2027, 13:00–15:00"],
      ["Morag Chalmers Social work", "Free", "Busy"],
      ["Sam Patel Health, another organisation", "Unknown", "Unknown"],
    ]);
  });

  it("shows a member the answer has no status for as unknown, never free", () => {
    const html = renderToStaticMarkup(
      createElement(FreeBusyGrid, { members, slots: [slot("2027-02-02T10:00:00Z", ["free"])] }),
    );
    expect(cells(html)[2]).toEqual(["Sam Patel Health, another organisation", "Unknown"]);
  });
});
