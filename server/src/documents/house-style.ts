import { panelPresets, type PresetKey } from "@convenor/shared";

/** How one kind of panel's documents look: the wording above the title and the colour of headings. */
export interface HouseStyle {
  /** The panel kind's full name, printed above the document's title. */
  kicker: string;
  /** Hex RGB without `#`; every colour has at least 8:1 contrast on white (WCAG AAA), and white on it in table headers. */
  accent: string;
}

const accents: Readonly<Record<PresetKey, string>> = {
  icsmg: "1F4E79", // dark blue
  "lc-jst": "385723", // dark green
  isg: "5B2C83", // dark purple
  "cin-review": "7A3B0C", // dark brown
  "cic-hrp": "8B1A2B", // dark red
  "strategic-review": "264653", // dark teal
};

export const houseStyleOf = (preset: PresetKey): HouseStyle => ({
  kicker: panelPresets[preset].name,
  accent: accents[preset],
});

/** One font and size for all text: Arial reads well on screen and in print, and every Office install has it. */
export const bodyFont = "Arial";
/** Sizes in half-points, as Word stores them. */
export const sizes = { body: 22, heading1: 32, heading2: 26, kicker: 20, footer: 18 } as const;
/** Grey for subtitle and footer text (contrast 8.4:1 on white). */
export const muted = "4D4D4D";
