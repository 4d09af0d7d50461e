import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { colorIcon, outlineIcon } from "./icon-art.js";
import { appDir } from "./paths.js";
import { encodePng } from "./png.js";

/** Regenerates app/color.png and app/outline.png; run after changing icon-art.ts, then commit the PNGs. */
writeFileSync(join(appDir, "color.png"), encodePng(colorIcon()));
writeFileSync(join(appDir, "outline.png"), encodePng(outlineIcon()));
process.stdout.write(`icons written to ${appDir}\n`);
