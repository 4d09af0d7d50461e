/**
 * A short, stable fingerprint of a request (FNV-1a over JSON with sorted keys), stored with an
 * idempotency key so that reusing the key for a different request is noticed. Not a security hash: keys
 * are already scoped to one person and one use case.
 */
export function requestFingerprint(request: unknown): string {
  const text = canonicalJson(request);
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
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
