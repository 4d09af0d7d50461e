import { describe, expect, it } from "vitest";
import type { TokenCheck } from "../auth/token-validator.js";
import { rememberAcceptedTokens } from "./accepted-tokens.js";

const tokenExpiringAt = (expSeconds: number, subject = "a") =>
  `header.${Buffer.from(JSON.stringify({ exp: expSeconds, sub: subject })).toString("base64url")}.signature`;

const accepted: TokenCheck = {
  ok: true,
  claims: { objectId: "oid", username: null, name: null, tenantId: null, scopes: ["access_as_user"] },
};

function countingValidator(answer: (token: string) => TokenCheck) {
  const calls: string[] = [];
  return {
    calls,
    validate: (token: string) => {
      calls.push(token);
      return Promise.resolve(answer(token));
    },
  };
}

describe("remembering accepted tokens", () => {
  it("checks an accepted token once, until it expires, then checks it again", async () => {
    let nowMs = 1_000_000;
    const validator = countingValidator(() => accepted);
    const validate = rememberAcceptedTokens(validator.validate, { now: () => nowMs });
    const token = tokenExpiringAt(1_000 + 60);

    expect(await validate(token)).toEqual(accepted);
    expect(await validate(token)).toEqual(accepted);
    expect(validator.calls).toHaveLength(1);

    nowMs = 1_060_000;
    await validate(token);
    expect(validator.calls).toHaveLength(2);
  });

  it("never remembers a rejected token, nor an accepted one without an expiry", async () => {
    const rejected = countingValidator(() => ({ ok: false, reason: "token expired" }));
    const validateRejected = rememberAcceptedTokens(rejected.validate, { now: () => 0 });
    await validateRejected(tokenExpiringAt(60));
    expect(await validateRejected(tokenExpiringAt(60))).toEqual({ ok: false, reason: "token expired" });
    expect(rejected.calls).toHaveLength(2);

    const noExpiry = countingValidator(() => accepted);
    const validateNoExpiry = rememberAcceptedTokens(noExpiry.validate, { now: () => 0 });
    await validateNoExpiry("not.a-jwt.token");
    await validateNoExpiry("not.a-jwt.token");
    expect(noExpiry.calls).toHaveLength(2);
  });

  it("keeps at most its limit of tokens", async () => {
    const validator = countingValidator(() => accepted);
    const validate = rememberAcceptedTokens(validator.validate, { now: () => 0, maxTokens: 2 });
    for (const subject of ["a", "b", "c", "a"]) await validate(tokenExpiringAt(60, subject));
    expect(validator.calls).toHaveLength(4);
  });
});
