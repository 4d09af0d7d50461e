/**
 * A short, stable fingerprint of a request (FNV-1a over JSON with sorted keys), stored with an
 * idempotency key so that reusing the key for a different request is noticed. Not a security hash: keys
 * are already scoped to one person and one use case.
 */
export function requestFingerprint(request: unknown): string {
  const text = canonicalJson(request);
  // 64-bit FNV-1a in four 16-bit limbs (BigInt arithmetic per character is many times slower).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let index = 0; index < text.length; index += 1) {
    h0 ^= text.charCodeAt(index);
    // hash * 0x100000001b3 = hash * 0x1b3 + (hash << 40), modulo 2^64
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + ((h0 & 0xff) << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + ((h0 >>> 8) | ((h1 & 0xff) << 8)) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, "0")).join("");
}

type Piece = { text: string } | { value: unknown };

/** JSON with sorted keys. Iterative, so a deeply nested request cannot overflow the stack. */
function canonicalJson(root: unknown): string {
  const out: string[] = [];
  const pending: Piece[] = [{ value: root }];
  while (pending.length > 0) {
    const piece = pending.pop()!;
    if ("text" in piece) {
      out.push(piece.text);
      continue;
    }
    const value = piece.value;
    if (value === null || typeof value !== "object") {
      out.push(JSON.stringify(value) ?? "null");
      continue;
    }
    const pieces: Piece[] = [];
    if (Array.isArray(value)) {
      pieces.push({ text: "[" });
      for (let index = 0; index < value.length; index += 1) {
        if (index > 0) pieces.push({ text: "," });
        pieces.push({ value: value[index] as unknown });
      }
      pieces.push({ text: "]" });
    } else {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      pieces.push({ text: "{" });
      entries.forEach(([key, entry], index) => {
        pieces.push({ text: `${index > 0 ? "," : ""}${JSON.stringify(key)}:` }, { value: entry });
      });
      pieces.push({ text: "}" });
    }
    for (let index = pieces.length - 1; index >= 0; index -= 1) pending.push(pieces[index]!);
  }
  return out.join("");
}
