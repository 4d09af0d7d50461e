import type { TokenCheck } from "../auth/token-validator.js";

/**
 * Remembers tokens the validator accepted, until they expire (by their own `exp`, read only once the signature
 * has been checked), so that a client sending the same token on every call is not verified again each time:
 * the signature check is the largest cost of a small API read. Rejections are never remembered.
 */
export function rememberAcceptedTokens(
  validate: (token: string) => Promise<TokenCheck>,
  options: { now?: () => number; maxTokens?: number } = {},
): (token: string) => Promise<TokenCheck> {
  const now = options.now ?? Date.now;
  const maxTokens = options.maxTokens ?? 1000;
  const accepted = new Map<string, { check: TokenCheck; untilMs: number }>();
  return async (token) => {
    const known = accepted.get(token);
    if (known && now() < known.untilMs) return known.check;
    accepted.delete(token);
    const check = await validate(token);
    const expiresAtMs = check.ok ? expiryOf(token) : null;
    if (expiresAtMs !== null) {
      if (accepted.size >= maxTokens) accepted.clear();
      accepted.set(token, { check, untilMs: expiresAtMs });
    }
    return check;
  };
}

function expiryOf(token: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      exp?: unknown;
    };
    return typeof payload.exp === "number" ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
