// Finds the modules a JavaScript or TypeScript file imports, from its tokens: static `import` and
// `export ... from`, `import x = require()`, dynamic `import()`, `require()` and `import("x").T` types. Comments,
// strings, templates and regular expressions are skipped as a whole, so an import written inside one never
// counts. A lexer rather than a parser: the boundary check reads every source file on every run.

const isIdentifierStart = (c) =>
  (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || c === "$" || c > "\u007f";
const isDigit = (c) => c >= "0" && c <= "9";
const isIdentifierPart = (c) => isIdentifierStart(c) || isDigit(c);
const isSpace = (c) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f" || c === "\v";
/** After these words a `/` starts a regular expression; after any other word or a value it divides. */
const keywordsBeforeExpression = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
  "extends",
]);

/** `[{ specifier, line }]` for every module the source names as a string literal. */
export function moduleSpecifiers(text) {
  const tokens = tokenize(text);
  const found = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token.type !== "word" || tokens[i - 1]?.value === ".") continue;
    const next = tokens[i + 1];
    const afterParen = next?.value === "(" ? tokens[i + 2] : undefined;
    if (token.value === "from" && next?.type === "string" && tokens[i - 1]) found.push(next);
    else if (token.value === "import" && next?.type === "string") found.push(next);
    else if ((token.value === "import" || token.value === "require") && afterParen?.type === "string") {
      found.push(afterParen);
    }
  }
  return found.map((token) => ({ specifier: token.value, line: lineAt(text, token.start) }));
}

function lineAt(text, position) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

/** Words, punctuation and string literals (with their value); comments, templates and regexps dropped. */
function tokenize(text) {
  const tokens = [];
  // Open template literals: for each, how many `{` deep its current `${ ... }` expression is.
  const templates = [];
  let previous; // the last significant token, to tell a regular expression from a division
  let i = 0;
  const push = (token) => {
    tokens.push(token);
    previous = token;
  };
  const readTemplate = () => {
    // From just after "`" or "}": up to the closing "`" (done) or the next "${" (an expression opens).
    while (i < text.length) {
      const c = text[i];
      if (c === "\\") i += 2;
      else if (c === "`") {
        i += 1;
        previous = { type: "value" };
        return;
      } else if (c === "$" && text[i + 1] === "{") {
        i += 2;
        templates.push(0);
        previous = { type: "punct", value: "{" };
        return;
      } else i += 1;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      const start = i;
      let value = "";
      i += 1;
      while (i < text.length && text[i] !== c && text[i] !== "\n") {
        if (text[i] === "\\") {
          value += text[i + 1] ?? "";
          i += 2;
        } else value += text[i++];
      }
      i += 1;
      push({ type: "string", value, start });
    } else if (c === "`") {
      i += 1;
      readTemplate();
    } else if (c === "/" && startsExpression(previous)) {
      i = endOfRegExp(text, i);
      previous = { type: "value" };
    } else if (isIdentifierStart(c)) {
      const start = i;
      while (i < text.length && isIdentifierPart(text[i])) i += 1;
      push({ type: "word", value: text.slice(start, i), start });
    } else if (isDigit(c)) {
      while (i < text.length && (isIdentifierPart(text[i]) || text[i] === ".")) i += 1;
      previous = { type: "value" };
    } else if (isSpace(c)) i += 1;
    else {
      i += 1;
      if (templates.length > 0 && c === "{") templates[templates.length - 1] += 1;
      else if (templates.length > 0 && c === "}") {
        if (templates[templates.length - 1] === 0) {
          templates.pop();
          readTemplate();
          continue;
        }
        templates[templates.length - 1] -= 1;
      }
      push({ type: "punct", value: c, start: i - 1 });
    }
  }
  return tokens;
}

function startsExpression(previous) {
  if (!previous) return true;
  if (previous.type === "value" || previous.type === "string") return false;
  if (previous.type === "word") return keywordsBeforeExpression.has(previous.value);
  return ![")", "]", "}"].includes(previous.value);
}

function endOfRegExp(text, start) {
  let i = start + 1;
  let inClass = false;
  while (i < text.length && text[i] !== "\n") {
    const c = text[i];
    if (c === "\\") i += 1;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) break;
    i += 1;
  }
  i += 1;
  while (i < text.length && isIdentifierPart(text[i])) i += 1; // flags
  return i;
}
