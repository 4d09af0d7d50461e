import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { colorIcon, outlineIcon } from "./icon-art.js";
import { appDir, workspaceDir } from "./paths.js";
import { encodePng } from "./png.js";

/**
 * Regenerates app/color.png, app/outline.png and the Outlook add-in's ribbon icons (served at
 * `/outlook/assets/icon-{16,32,80}.png`); run after changing icon-art.ts, then commit the PNGs.
 */
writeFileSync(join(appDir, "color.png"), encodePng(colorIcon()));
writeFileSync(join(appDir, "outline.png"), encodePng(outlineIcon()));
const addinAssets = join(workspaceDir, "..", "outlook-addin", "public", "assets");
mkdirSync(addinAssets, { recursive: true });
for (const size of [16, 32, 80]) {
  writeFileSync(join(addinAssets, `icon-${size}.png`), encodePng(colorIcon(size)));
}
process.stdout.write(`icons written to ${appDir} and ${addinAssets}\n`);
