import { describe, expect, it } from "vitest";
import { requestFingerprint } from "./request-fingerprint.js";

describe("requestFingerprint", () => {
  it("stays the FNV-1a value stored with existing idempotency keys, whatever the key order", () => {
    // Computed with the original BigInt implementation: a stored key must still match its request.
    const request = { panelId: "panel-isg", form: { urgency: "urgent", "child.givenName": "Åsa" } };
    expect(requestFingerprint(request)).toBe("90a7c1394270b4eb");
    expect(
      requestFingerprint({ form: { "child.givenName": "Åsa", urgency: "urgent" }, panelId: "panel-isg" }),
    ).toBe("90a7c1394270b4eb");
  });

  it("is the same whatever order the keys come in, and differs when a value does", () => {
    const request = { panelId: "panel-isg", mode: "submit", form: { a: [1, "x", null], b: { z: 1, y: 2 } } };
    const reordered = {
      form: { b: { y: 2, z: 1 }, a: [1, "x", null] },
      mode: "submit",
      panelId: "panel-isg",
    };
    expect(requestFingerprint(reordered)).toBe(requestFingerprint(request));
    expect(requestFingerprint({ ...request, mode: "draft" })).not.toBe(requestFingerprint(request));
  });

  // Fingerprints are stored with idempotency keys: a change of algorithm would refuse a stored key's retry.
  it("keeps the fingerprints already stored with idempotency keys", () => {
    const request = {
      panelId: "panel-isg",
      mode: "submit",
      form: { "child.givenName": "Ann", b: [1, "x", null, true, { z: 1, a: [] }], skip: undefined },
    };
    expect(requestFingerprint(request)).toBe("4aafc2cdfb2982d2");
    expect(requestFingerprint({ é: "ü\u2028", q: '"quoted"' })).toBe("345fcdcd5e7c92c3");
  });

  it("fingerprints a request nested ten thousand levels deep without overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(10_000)}${"]".repeat(10_000)}`) as unknown;
    const shallower = JSON.parse(`${"[".repeat(9_999)}${"]".repeat(9_999)}`) as unknown;
    expect(requestFingerprint({ form: { a: deep } })).toMatch(/^[0-9a-f]{16}$/);
    expect(requestFingerprint({ form: { a: deep } })).not.toBe(
      requestFingerprint({ form: { a: shallower } }),
    );
  });
});
