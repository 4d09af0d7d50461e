import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import type { Person } from "@convenor/shared";

export const localTenantId = "00000000-0000-4000-8000-00000000c0de";
export const localScope = "access_as_user";

export interface LocalIssuer {
  issuer: string;
  jwksUrl: string;
  publicJwks: { keys: JWK[] };
  /** An access token for one demo person, shaped like an Entra v2 access token. */
  issueToken(person: Person, options?: { lifetimeSeconds?: number; scope?: string }): Promise<string>;
}

/**
 * A local OpenID issuer so that local mode validates tokens with the same code as production. Its signing
 * key is generated on first start and kept under the data folder.
 */
export async function openLocalIssuer(options: {
  dataDir: string;
  publicUrl: string;
  audience: string;
}): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKey(join(options.dataDir, "local-issuer"));
  const signingKey = await importJWK(privateJwk, "RS256");
  const issuer = `${options.publicUrl}/local-issuer/v2.0`;

  return {
    issuer,
    jwksUrl: `${options.publicUrl}/local-issuer/discovery/v2.0/keys`,
    publicJwks: { keys: [publicJwk] },
    async issueToken(person, { lifetimeSeconds = 3600, scope = localScope } = {}) {
      return new SignJWT({
        oid: person.entraObjectId ?? person.id,
        preferred_username: person.email,
        name: person.displayName,
        tid: localTenantId,
        scp: scope,
        ver: "2.0",
      })
        .setProtectedHeader({ alg: "RS256", kid: publicJwk.kid!, typ: "JWT" })
        .setIssuer(issuer)
        .setAudience(options.audience)
        .setSubject(person.id)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${lifetimeSeconds}s`)
        .sign(signingKey);
    },
  };
}

async function loadOrCreateKey(folder: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const file = join(folder, "signing-key.json");
  try {
    return JSON.parse(await readFile(file, "utf8")) as { privateJwk: JWK; publicJwk: JWK };
  } catch {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = randomUUID();
    const keys = {
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
    };
    await mkdir(folder, { recursive: true });
    await writeFile(file, JSON.stringify(keys), { mode: 0o600 });
    return keys;
  }
}
