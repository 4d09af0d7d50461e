import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";

/** The claims Convenor reads from an access token, whoever issued it. */
export interface TokenClaims {
  objectId: string | null;
  username: string | null;
  name: string | null;
  tenantId: string | null;
  scopes: string[];
}

export interface TokenValidatorOptions {
  issuer: string;
  audiences: string[];
  jwksUrl: string;
  requiredScope: string;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/**
 * Validates bearer tokens the same way in every mode: signature from the issuer's JWKS, issuer, audience,
 * expiry and scope. Only the issuer differs: Entra ID in production, the local issuer in local mode.
 */
export function createTokenValidator(options: TokenValidatorOptions): (token: string) => Promise<TokenCheck> {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: 30_000,
    timeoutDuration: 5_000,
  });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audiences,
        clockTolerance: 60,
        // Without `exp` a token would be accepted forever.
        requiredClaims: ["exp"],
      }));
    } catch (error) {
      return { ok: false, reason: describe(error) };
    }
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(options.requiredScope)) {
      return { ok: false, reason: `token lacks the ${options.requiredScope} scope` };
    }
    return {
      ok: true,
      claims: {
        objectId: text(payload.oid),
        username: text(payload.preferred_username) ?? text(payload.upn),
        name: text(payload.name),
        tenantId: text(payload.tid),
        scopes,
      },
    };
  };
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "token expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `token ${error.claim} is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "token signature is invalid";
  if (error instanceof errors.JOSEError) return `token rejected (${error.code})`;
  return "token could not be validated";
}
