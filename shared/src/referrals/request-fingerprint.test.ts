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
});
