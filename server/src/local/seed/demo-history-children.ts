import type { Child } from "@convenor/shared";
import type { SeededRandom } from "./seeded-random.js";

const givenNames = [
  "Aidan",
  "Ailsa",
  "Alfie",
  "Arran",
  "Blair",
  "Brodie",
  "Cara",
  "Cerys",
  "Darcy",
  "Eilidh",
  "Ewan",
  "Fraser",
  "Freya",
  "Gregor",
  "Hamish",
  "Harris",
  "Iona",
  "Jodie",
  "Kirsty",
  "Lachlan",
  "Lewis",
  "Lorna",
  "Mairi",
  "Murray",
  "Niamh",
  "Orla",
  "Rory",
  "Sorcha",
  "Struan",
  "Tamsin",
  "Torin",
  "Una",
  "Zara",
];
const familyNames = [
  "Abernethy",
  "Balfour",
  "Buchanan",
  "Cairns",
  "Dalgleish",
  "Drummond",
  "Elphinstone",
  "Forsyth",
  "Galbraith",
  "Gillespie",
  "Halliday",
  "Imrie",
  "Jardine",
  "Kerracher",
  "Lamont",
  "Lindsay",
  "MacAulay",
  "MacInnes",
  "Menzies",
  "Moffat",
  "Nicolson",
  "Ogilvie",
  "Pettigrew",
  "Quarrie",
  "Rattray",
  "Sinclair",
  "Strachan",
  "Tulloch",
  "Urquhart",
  "Weir",
  "Yuill",
];

/**
 * Made-up children for the seeded history, each with an id `c-hist-…`, a name and date of birth no other
 * seeded child has, and the school the referral names (the reports' establishment).
 */
export class HistoryChildren {
  readonly made: Child[] = [];
  private readonly taken = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** A child aged `minAge` to `maxAge` on `onDate` (YYYY-MM-DD). */
  make(onDate: string, minAge: number, maxAge: number, school: string, locality: string): Child {
    const born = () => {
      const year = Number(onDate.slice(0, 4)) - this.random.int(minAge, maxAge);
      return `${year}-${pad(this.random.int(1, 12))}-${pad(this.random.int(1, 28))}`;
    };
    return this.add(born, school, locality, false);
  }

  /** A looked-after young person whose 18th birthday falls in `month` (YYYY-MM). */
  makeTurning18In(month: string, school: string, locality: string): Child {
    const born = () => `${Number(month.slice(0, 4)) - 18}${month.slice(4)}-${pad(this.random.int(1, 28))}`;
    return this.add(born, school, locality, true);
  }

  private add(born: () => string, school: string, locality: string, lookedAfter: boolean): Child {
    for (;;) {
      const givenName = this.random.pick(givenNames);
      const familyName = this.random.pick(familyNames);
      const dateOfBirth = born();
      const key = `${givenName} ${familyName} ${dateOfBirth}`;
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      const id = `c-hist-${String(this.made.length + 1).padStart(3, "0")}`;
      const child: Child = { id, givenName, familyName, dateOfBirth, school, locality, lookedAfter };
      this.made.push(child);
      return child;
    }
  }
}

const pad = (n: number) => String(n).padStart(2, "0");
