/**
 * Malformed requests for the fuzz suite, from a seeded pseudo-random generator so a failure reproduces with
 * its seed. Every request here must be refused (or answered without changing anything): none is a valid
 * filing or decision. Generated text never contains the markers the suite looks for in answers (stack
 * frames, error class names, file paths, host names, SQL error text), so a reflected input is not mistaken
 * for a leak.
 */

/** mulberry32: small, fast, good enough to pick test inputs. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export interface FuzzRequest {
  /** What the request is, for the failure message. */
  label: string;
  method: "GET" | "POST" | "PUT";
  /** Path and query, already percent-encoded (possibly badly, on purpose). */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const injections = [
  "'; DROP TABLE referrals; --",
  "' OR '1'='1",
  '" OR ""="',
  "1; UPDATE people SET id = 'x'",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "</textarea><b>bold</b>",
  "[click me](https://evil.example/steal)",
  "**bold** _italic_ ~~strike~~ `code`",
  "{{DATE(2017-02-14T06:08:39Z, SHORT)}}",
  "${7*7} #{7*7} {{7*7}}",
  "@everyone <at>Convenor</at>",
  "../../../../etc/passwd",
  "%00%0d%0aSet-Cookie: a=b",
];
const controlText = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u0007",
  "\u001b[31mred",
  "\u007f",
  "\u0085\u009b",
  "\r\n\t",
];
const unicodeText = [
  "\ud800",
  "\udfff lone",
  "\u202eevil\u202c",
  "😀".repeat(50),
  "ä\u0308",
  "\ufeffbom",
  "\u2028\u2029",
];
const prototypeKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "__defineGetter__",
];
const impossibleDates = [
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "2026-02-29",
  "-001-01-01",
  "99999-01-01",
  "2026-04-31T25:61:61Z",
  "2026-03-02T09:00:00+99:00",
  "1900-01-00",
  "not a date",
];
const numbers = [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 0.1 + 0.2, -0];

export function weirdString(random: Random): string {
  switch (random.int(0, 7)) {
    case 0:
      return random.pick(injections);
    case 1:
      return random.pick(controlText);
    case 2:
      return random.pick(unicodeText);
    case 3:
      return random.pick(prototypeKeys);
    case 4:
      return random.pick(impossibleDates);
    case 5:
      return "x".repeat(random.pick([0, 1, 65, 129, 1_001, 20_001]));
    case 6:
      return `${random.pick(injections)}${random.pick(controlText)}${random.pick(unicodeText)}`;
    default:
      return String(random.pick(numbers));
  }
}

/** Any JSON value, nested up to `depth` more levels, with odd keys. */
export function weirdValue(random: Random, depth = 3): unknown {
  const kind = random.int(0, depth > 0 ? 7 : 4);
  switch (kind) {
    case 0:
      return weirdString(random);
    case 1:
      return random.pick(numbers);
    case 2:
      return random.chance(0.5);
    case 3:
      return null;
    case 4:
      return weirdString(random);
    case 5:
      return Array.from({ length: random.int(0, 4) }, () => weirdValue(random, depth - 1));
    default:
      return weirdObject(random, depth - 1);
  }
}

export function weirdObject(random: Random, depth = 2): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (let index = random.int(0, 5); index > 0; index -= 1) {
    const key = random.chance(0.4) ? random.pick(prototypeKeys) : weirdString(random).slice(0, 80);
    Object.defineProperty(object, key, {
      value: weirdValue(random, depth),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

/** A value nested `levels` deep, as JSON text (JSON.stringify itself would overflow on the deepest). */
export function deeplyNested(random: Random): string {
  const levels = random.pick([40, 200, 5_000, 20_000]);
  return random.chance(0.5)
    ? `${"[".repeat(levels)}${"]".repeat(levels)}`
    : `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
}

/** Text that is not valid JSON, or not valid UTF-8, or both. */
export function brokenBody(random: Random): string | Buffer {
  return random.pick<string | Buffer>([
    "",
    "{",
    "{not json",
    '{"a":1,}',
    "[1,2",
    "null",
    "0",
    '"just a string"',
    "[]",
    "\u0000",
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"a":"<bad UTF-8>"}
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
    Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), // BOM then {}
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"admin":true}}}',
    `{"a":"${"x".repeat(300_000)}"}`,
  ]);
}

/** Percent-encoding, good and bad, for a path segment or a query value. */
export function weirdPathSegment(random: Random): string {
  return random.pick([
    "%E0%A4%A",
    "%",
    "%ZZ",
    "%00",
    "%C0%AE%C0%AE",
    "..%2F..%2Fetc",
    "%FF%FE",
    "%ED%A0%80", // an encoded lone surrogate
    percentEncoded(weirdString(random).slice(0, 300)),
    "a".repeat(65),
    "a".repeat(5_000),
    "referral%20id",
    "%25",
  ]);
}

/** Every byte of the text's UTF-8 as %XX, except unreserved characters (lone surrogates become U+FFFD). */
export function percentEncoded(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

const contentTypes = [
  "application/json",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-8",
];

export function weirdContentType(random: Random): string {
  return random.pick(contentTypes);
}

/** Header values a client can send (printable Latin-1): malformed tokens of every kind. */
export function weirdBearer(random: Random): string {
  return random.pick([
    "",
    "Bearer",
    "Bearer ",
    "bearer abc",
    "Basic dXNlcjpwYXNz",
    "Bearer abc.def.ghi",
    "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJwLWNoYWlyIn0.",
    "Bearer eyJhbGciOiJIUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl",
    `Bearer ${"a".repeat(9_000)}`,
    "Bearer a b c",
    "Bearer \u00e9\u00ff",
  ]);
}
