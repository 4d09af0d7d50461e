import express, { Router } from "express";
import type { Store } from "@convenor/shared";
import type { LocalIssuer } from "../../auth/local-issuer.js";
import { issuedTokenPage, personaPickerPage } from "./persona-picker.page.js";

/** A person's id or e-mail address: printable, without spaces or control characters. */
const personaPattern = /^[\x21-\x7e]{1,254}$/;
const personaRule = "Give a person's id or e-mail address (printable characters, at most 254).";

/**
 * The local OpenID issuer's endpoints (local mode only): discovery, keys, a persona picker page, and a
 * token endpoint that issues a token for a chosen demo person.
 */
export function localIssuerRoutes(issuer: LocalIssuer, store: Store): Router {
  const router = Router();

  router.get("/v2.0/.well-known/openid-configuration", (_req, res) => {
    const base = issuer.issuer.replace(/\/v2\.0$/, "");
    res.json({
      issuer: issuer.issuer,
      jwks_uri: issuer.jwksUrl,
      token_endpoint: `${base}/token`,
      authorization_endpoint: `${base}/signin`,
      response_types_supported: ["token"],
      id_token_signing_alg_values_supported: ["RS256"],
    });
  });

  router.get("/discovery/v2.0/keys", (_req, res) => {
    res.json(issuer.publicJwks);
  });

  router.get("/signin", async (_req, res) => {
    const people = await store.transaction((tx) => tx.people.list());
    res.type("html").send(personaPickerPage(people));
  });

  /** The demo people, for the Teams tab's own persona picker and the Outlook harness's mailbox, in local mode. */
  router.get("/personas", async (_req, res) => {
    const people = await store.transaction((tx) => tx.people.list());
    res.json({
      personas: people.map(({ id, displayName, email, jobTitle, agency }) => ({
        id,
        displayName,
        email,
        jobTitle,
        agency,
      })),
    });
  });

  router.post("/token", express.urlencoded({ extended: false, limit: "2kb" }), async (req, res) => {
    const body = req.body as Record<string, unknown> | undefined;
    const persona = typeof body?.persona === "string" ? body.persona.trim() : "";
    if (!personaPattern.test(persona)) {
      res.status(400).json({
        error: "invalid_request",
        error_description: "The persona is not a person's id or e-mail address.",
        fields: [{ field: "persona", code: "VALIDATION.FAILED", message: personaRule }],
      });
      return;
    }
    const person = await store.transaction(
      async (tx) => (await tx.people.get(persona)) ?? (await tx.people.findByEmail(persona)),
    );
    if (!person) {
      res
        .status(400)
        .json({ error: "invalid_request", error_description: "Unknown persona: pick a demo person." });
      return;
    }
    const token = await issuer.issueToken(person);
    res.set("Cache-Control", "no-store");
    if (req.accepts(["json", "html"]) === "html") {
      res.type("html").send(issuedTokenPage(person, token));
      return;
    }
    res.json({ token_type: "Bearer", expires_in: 3600, access_token: token });
  });

  return router;
}
