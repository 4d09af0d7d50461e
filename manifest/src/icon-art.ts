import type { RgbaImage } from "./png.js";

/** The app's accent colour, also the colour icon's background. */
export const accentColor = "#2E6B8A";

type Shape = (x: number, y: number) => boolean;

const disc =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring =
  (cx: number, cy: number, outer: number, inner: number): Shape =>
  (x, y) => {
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return d2 <= outer * outer && d2 >= inner * inner;
  };

/** A panel round a table: six members seated round a ring, in a unit square. */
function panelGlyph(): Shape {
  const seats = Array.from({ length: 6 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 3;
    return disc(0.5 + 0.37 * Math.cos(angle), 0.5 + 0.37 * Math.sin(angle), 0.11);
  });
  const table = ring(0.5, 0.5, 0.19, 0.1);
  return (x, y) => table(x, y) || seats.some((seat) => seat(x, y));
}

const samples = 4;

/** Fraction of the pixel covered by the glyph, by supersampling; `inset` is the padding on each side. */
function coverage(shape: Shape, size: number, inset: number, px: number, py: number): number {
  let hits = 0;
  const span = size - 2 * inset;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples - inset) / span;
      const y = (py + (sy + 0.5) / samples - inset) / span;
      if (shape(x, y)) hits++;
    }
  }
  return hits / (samples * samples);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The full-colour icon: a white glyph on the accent colour, opaque. */
export function colorIcon(size = 192): RgbaImage {
  const glyph = panelGlyph();
  const [r, g, b] = hexToRgb(accentColor);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(glyph, size, size * 0.18, x, y);
      const i = (y * size + x) * 4;
      pixels[i] = Math.round(r + (255 - r) * c);
      pixels[i + 1] = Math.round(g + (255 - g) * c);
      pixels[i + 2] = Math.round(b + (255 - b) * c);
      pixels[i + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** The outline icon: the same glyph in white on a transparent background, as Teams requires. */
export function outlineIcon(size = 32): RgbaImage {
  const glyph = panelGlyph();
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(glyph, size, size * 0.03, x, y);
      const i = (y * size + x) * 4;
      if (c > 0) {
        pixels.fill(255, i, i + 3);
        pixels[i + 3] = Math.round(255 * c);
      }
    }
  }
  return { width: size, height: size, pixels };
}
