import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT, generateKeyPair, importJWK, type JWK } from "jose";
import { aPerson } from "@convenor/shared/testing";
import { openLocalIssuer, type LocalIssuer } from "./local-issuer.js";
import { createTokenValidator } from "./token-validator.js";

describe("bearer token validation against the local issuer's JWKS", () => {
  let dataDir: string;
  let server: Server;
  let issuer: LocalIssuer;
  let validate: ReturnType<typeof createTokenValidator>;
  let publicUrl: string;
  const person = aPerson({ id: "p-1", email: "pat@convenor.test", entraObjectId: "oid-1" });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "convenor-issuer-"));
    server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(issuer.publicJwks));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    issuer = await openLocalIssuer({ dataDir, publicUrl, audience: "api://convenor-local" });
    validate = createTokenValidator({
      issuer: issuer.issuer,
      audiences: ["api://convenor-local"],
      jwksUrl: issuer.jwksUrl,
      requiredScope: "access_as_user",
    });
  });

  afterAll(async () => {
    server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("accepts a token the issuer signed and reads who it is for", async () => {
    const check = await validate(await issuer.issueToken(person));
    expect(check).toMatchObject({
      ok: true,
      claims: { objectId: "oid-1", username: "pat@convenor.test", scopes: ["access_as_user"] },
    });
  });

  it("keeps the signing key across restarts, so issued tokens stay valid", async () => {
    const token = await issuer.issueToken(person);
    const reopened = await openLocalIssuer({
      dataDir,
      publicUrl: "http://unused",
      audience: "api://convenor-local",
    });
    expect(reopened.publicJwks).toEqual(issuer.publicJwks);
    expect((await validate(token)).ok).toBe(true);
  });

  it("rejects an expired token", async () => {
    const check = await validate(await issuer.issueToken(person, { lifetimeSeconds: -120 }));
    expect(check).toEqual({ ok: false, reason: "token expired" });
  });

  it("rejects a token without the API scope", async () => {
    const check = await validate(await issuer.issueToken(person, { scope: "User.Read" }));
    expect(check).toEqual({ ok: false, reason: "token lacks the access_as_user scope" });
  });

  it("rejects a token signed by another key, even with the right claims", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const forged = await new SignJWT({ scp: "access_as_user", oid: "oid-1" })
      .setProtectedHeader({ alg: "RS256", kid: issuer.publicJwks.keys[0]!.kid! })
      .setIssuer(issuer.issuer)
      .setAudience("api://convenor-local")
      .setExpirationTime("1h")
      .sign(privateKey);
    expect(await validate(forged)).toEqual({ ok: false, reason: "token signature is invalid" });
  });

  it("rejects a token for another audience", async () => {
    const other = await openLocalIssuer({ dataDir, publicUrl, audience: "api://someone-else" });
    expect(await validate(await other.issueToken(person))).toEqual({
      ok: false,
      reason: "token aud is not accepted",
    });
  });

  it("rejects a token without an expiry, even one the issuer signed", async () => {
    const { privateJwk } = JSON.parse(
      await readFile(join(dataDir, "local-issuer", "signing-key.json"), "utf8"),
    ) as { privateJwk: JWK };
    const forever = await new SignJWT({ scp: "access_as_user", oid: "oid-1" })
      .setProtectedHeader({ alg: "RS256", kid: issuer.publicJwks.keys[0]!.kid! })
      .setIssuer(issuer.issuer)
      .setAudience("api://convenor-local")
      .setIssuedAt()
      .sign(await importJWK(privateJwk, "RS256"));
    expect(await validate(forever)).toEqual({ ok: false, reason: "token exp is not accepted" });
  });
});
