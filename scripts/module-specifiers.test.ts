import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { moduleSpecifiers } from "./module-specifiers.mjs";

const repository = fileURLToPath(new URL("..", import.meta.url));

/** The same question answered by TypeScript's parser, from the syntax tree. */
function importsInSyntaxTree(path: string, text: string) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const found: { specifier: string; line: number }[] = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteral(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ specifier: node.text, line });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("moduleSpecifiers", () => {
  it("finds every form of import, with its line", () => {
    const text = [
      'import a from "a";',
      'import type { B } from "b";',
      'import "c";',
      'export * from "d";',
      'export { e } from "e";',
      'const f = await import("f");',
      'const g = require("g");',
      'import h = require("h");',
      'type I = import("i").I;',
      "import {",
      "  j,",
      '} from "j";',
    ].join("\n");

    expect(moduleSpecifiers(text)).toEqual([
      { specifier: "a", line: 1 },
      { specifier: "b", line: 2 },
      { specifier: "c", line: 3 },
      { specifier: "d", line: 4 },
      { specifier: "e", line: 5 },
      { specifier: "f", line: 6 },
      { specifier: "g", line: 7 },
      { specifier: "h", line: 8 },
      { specifier: "i", line: 9 },
      { specifier: "j", line: 12 },
    ]);
  });

  it("counts nothing written in comments, strings, templates or regular expressions", () => {
    const text = [
      '// import a from "a";',
      '/* require("b") */',
      "const c = 'import c from \"c\"';",
      'const d = `${x} import("d") ${`nested ${y} require("d")`}`;',
      "const e = /[\"']/g; const f = x / 2 / 1;",
      'import real from "real";',
      'const g = `${{ a: 1 }.a}`; const h = require("h");',
    ].join("\n");

    expect(moduleSpecifiers(text)).toEqual([
      { specifier: "real", line: 6 },
      { specifier: "h", line: 7 },
    ]);
  });

  it("finds exactly the imports TypeScript's parser finds in every source file of the repository", () => {
    const files = execFileSync("git", ["ls-files", "*.ts", "*.mts", "*.cts", "*.js", "*.mjs", "*.cjs"], {
      cwd: repository,
      encoding: "utf8",
    })
      .split("\n")
      .filter((file) => file !== "" && !file.endsWith(".d.ts"));
    expect(files.length).toBeGreaterThan(100);

    for (const file of files) {
      const text = readFileSync(`${repository}/${file}`, "utf8");
      expect({ file, imports: moduleSpecifiers(text) }).toEqual({
        file,
        imports: importsInSyntaxTree(file, text),
      });
    }
  });
});
