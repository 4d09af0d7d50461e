import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import AdmZip from "adm-zip";
import { describe, expect, it } from "vitest";
import { resolveVariables } from "./app-variables.js";
import { buildAppPackage, writeAppPackage, type AppPackage } from "./build-app-package.js";
import { colorIcon, outlineIcon } from "./icon-art.js";
import { appDir, workspaceDir } from "./paths.js";
import { decodeRgbaPng } from "./png-decode.js";
import { readPngHeader } from "./png.js";
import { bundledSchemaPath, validateManifest } from "./validate-manifest.js";

const production: Record<string, string> = {
  TEAMS_APP_ID: "3f2b8c1e-5d4a-4e6f-9b7c-1a2b3c4d5e6f",
  BOT_ID: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  AAD_APP_CLIENT_ID: "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
  APP_NAME_SUFFIX: "",
  TAB_ENDPOINT: "https://convenor.example.org",
  TAB_DOMAIN: "convenor.example.org",
  ADDIN_ENDPOINT: "https://convenor.example.org",
  ADDIN_DOMAIN: "convenor.example.org",
  DEVELOPER_NAME: "Example Council",
  DEVELOPER_WEBSITE_URL: "https://www.example.org/convenor",
  DEVELOPER_PRIVACY_URL: "https://www.example.org/privacy",
  DEVELOPER_TERMS_URL: "https://www.example.org/terms",
};

const template = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(appDir, "manifest.json"), "utf8")) as Record<string, unknown>;

async function builtPackage(variables: Record<string, string>): Promise<AppPackage> {
  const built = await buildAppPackage(variables);
  if (!built.ok) throw new Error(`${built.error.code}: ${built.error.message}`);
  return built.value;
}

const pathOf = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

describe("the app manifest", () => {
  it("is checked against the Teams schema bundled inside @microsoft/app-manifest", () => {
    const manifest = template();
    const schemaPath = bundledSchemaPath(manifest.manifestVersion as string);
    expect(existsSync(schemaPath)).toBe(true);
    expect(relative(workspaceDir, schemaPath)).toContain(join("node_modules", "@microsoft", "app-manifest"));
    expect(manifest.$schema).toContain(`/v${String(manifest.manifestVersion)}/MicrosoftTeams.schema.json`);
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
  });

  it("packages for local with the documented defaults and passes the schema", async () => {
    const { manifest } = await builtPackage(resolveVariables("local", {}));
    expect(await validateManifest(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain("${{");
    expect(pathOf(manifest, "name", "short")).toBe("Convenor (local)");
  });

  it("fills a production environment into the bot, tab, add-in and sign-in sections", async () => {
    const { manifest } = await builtPackage(production);
    expect(await validateManifest(manifest)).toEqual([]);
    expect(manifest.id).toBe(production.TEAMS_APP_ID);
    expect(pathOf(manifest, "name", "short")).toBe("Convenor");
    expect(pathOf(manifest, "bots", 0, "botId")).toBe(production.BOT_ID);
    expect(pathOf(manifest, "bots", 0, "scopes")).toEqual(["personal", "team", "groupChat"]);
    const personalCommands = pathOf(manifest, "bots", 0, "commandLists", 0, "commands") as {
      title: string;
    }[];
    expect(personalCommands.map((command) => command.title)).toEqual([
      "refer",
      "my referrals",
      "queue",
      "help",
    ]);
    expect(pathOf(manifest, "staticTabs", 0)).toMatchObject({
      name: "My panels",
      contentUrl: "https://convenor.example.org/tab/",
      scopes: ["personal"],
    });
    // Sign-in is nested app authentication: Outlook without NestedAppAuth 1.1 does not offer the add-in.
    expect(pathOf(manifest, "extensions", 0, "requirements", "capabilities")).toEqual([
      { name: "Mailbox", minVersion: "1.5" },
      { name: "NestedAppAuth", minVersion: "1.1" },
    ]);
    expect(pathOf(manifest, "extensions", 0, "runtimes", 0, "code", "page")).toBe(
      "https://convenor.example.org/outlook/taskpane.html",
    );
    // One button, on the appointment organiser's form: scheduling happens there.
    expect(pathOf(manifest, "extensions", 0, "ribbons", 0, "contexts")).toEqual(["meetingDetailsOrganizer"]);
    const button = pathOf(manifest, "extensions", 0, "ribbons", 0, "tabs", 0, "groups", 0, "controls", 0);
    expect(button).toMatchObject({ type: "button", actionId: "OpenConvenorPane" });
    expect(pathOf(manifest, "extensions", 0, "runtimes", 0, "actions", 0)).toMatchObject({
      id: "OpenConvenorPane",
      type: "openPage",
    });
    expect(manifest.webApplicationInfo).toEqual({
      id: production.AAD_APP_CLIENT_ID,
      resource: `api://convenor.example.org/${production.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toEqual(["convenor.example.org"]);
  });

  it("points the add-in at pages and icons the Outlook add-in ships", () => {
    const text = JSON.stringify(template());
    const urls = [...text.matchAll(/\$\{\{ADDIN_ENDPOINT\}\}\/outlook\/([^"]+)/g)].map((match) => match[1]!);
    expect(urls).toContain("taskpane.html");
    const addin = join(workspaceDir, "..", "outlook-addin");
    for (const url of new Set(urls)) {
      const icon = /^assets\/icon-(\d+)\.png$/.exec(url);
      const file = icon ? join(addin, "public", url) : join(addin, url);
      expect(existsSync(file), file).toBe(true);
      if (icon) {
        expect(readPngHeader(readFileSync(file))).toMatchObject({
          width: Number(icon[1]),
          height: Number(icon[1]),
        });
      }
    }
  });

  it("offers in channels and group chats only the commands the bot answers there (referrals stay in personal chat)", () => {
    const commandLists = pathOf(template(), "bots", 0, "commandLists") as {
      scopes: string[];
      commands: { title: string }[];
    }[];
    const titlesIn = (scope: string) =>
      commandLists.find((list) => list.scopes.includes(scope))?.commands.map((command) => command.title);

    expect(titlesIn("personal")).toEqual(["refer", "my referrals", "queue", "help"]);
    expect(titlesIn("team")).toEqual(["queue", "link panel", "help"]);
    expect(titlesIn("groupChat")).toEqual(["queue", "link panel", "help"]);
  });

  it("rejects a manifest with a placeholder left unfilled", async () => {
    const errors = await validateManifest(template());
    expect(errors.some((error) => error.startsWith("/id "))).toBe(true);
    expect(errors.some((error) => error.startsWith("/bots/0/botId "))).toBe(true);
  });

  it("rejects a manifest with a wrong or misspelt field", async () => {
    const { manifest } = await builtPackage(production);
    expect(await validateManifest({ ...manifest, accentColor: "teal" })).toEqual([
      expect.stringContaining("/accentColor must match pattern"),
    ]);
    const misspelt = { ...manifest, staticTab: manifest.staticTabs };
    expect((await validateManifest(misspelt)).join("\n")).toContain('"additionalProperty":"staticTab"');
  });

  it("refuses to package when a variable is missing, naming it", async () => {
    const { BOT_ID: _bot, TAB_DOMAIN: _domain, ...incomplete } = production;
    const built = await buildAppPackage(resolveVariables("dev", {}, incomplete));
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe("MANIFEST.VARIABLES_MISSING");
    expect(built.error.details).toEqual(["BOT_ID", "TAB_DOMAIN"]);
    expect(built.error.message).toContain("BOT_ID, TAB_DOMAIN");
  });

  it("refuses values that cannot work: a non-GUID id, plain http, a domain that is not the endpoint's", async () => {
    const built = await buildAppPackage({
      ...production,
      BOT_ID: "convenor-bot",
      ADDIN_ENDPOINT: "http://convenor.example.org",
      TAB_DOMAIN: "elsewhere.example.org",
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe("MANIFEST.VARIABLE_INVALID");
    expect(built.error.details).toEqual([
      expect.stringMatching(/^BOT_ID: must be a GUID/),
      expect.stringMatching(/^ADDIN_ENDPOINT: must be an https URL/),
      expect.stringMatching(/^TAB_DOMAIN: must be the host of TAB_ENDPOINT/),
    ]);
  });
});

describe("the app package zip", () => {
  it("holds manifest.json and the two icons at the sizes Teams requires", async () => {
    const appPackage = await builtPackage(production);
    const outDir = mkdtempSync(join(tmpdir(), "convenor-package-"));
    const zipPath = writeAppPackage("test", appPackage, outDir);
    expect(zipPath).toBe(join(outDir, "appPackage.test.zip"));

    const zip = new AdmZip(zipPath);
    const read = (name: string): Buffer => zip.readFile(name) ?? Buffer.alloc(0);
    expect(zip.getEntries().map((entry) => entry.entryName)).toEqual([
      "manifest.json",
      "color.png",
      "outline.png",
    ]);
    expect(JSON.parse(read("manifest.json").toString("utf8"))).toEqual(appPackage.manifest);
    expect(readPngHeader(read("color.png"))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(read("outline.png"))).toMatchObject({ width: 32, height: 32 });
  });

  it("has an outline icon that is white on transparent and a colour icon that is opaque", async () => {
    const zip = new AdmZip((await builtPackage(production)).zip);
    const outline = decodeRgbaPng(zip.readFile("outline.png") ?? Buffer.alloc(0));
    const color = decodeRgbaPng(zip.readFile("color.png") ?? Buffer.alloc(0));
    let drawn = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const alpha = outline.pixels[i + 3] ?? 0;
      if (alpha === 0) continue;
      drawn++;
      expect([...outline.pixels.subarray(i, i + 3)]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(100);
    expect(drawn).toBeLessThan(32 * 32 - 100);
    expect(color.pixels.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });

  it("ships the icons the icon script draws (regenerate with node dist/make-icons.js)", () => {
    expect(decodeRgbaPng(readFileSync(join(appDir, "color.png")))).toEqual(colorIcon());
    expect(decodeRgbaPng(readFileSync(join(appDir, "outline.png")))).toEqual(outlineIcon());
  });
});
