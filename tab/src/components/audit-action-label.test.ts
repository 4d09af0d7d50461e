import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./audit-action-label.js";

describe("auditActionLabel", () => {
  it("says what a read of a child's record was in plain words", () => {
    expect(auditActionLabel("tracker.viewed")).toBe("Opened the tracker");
    expect(auditActionLabel("referral.paper-opened")).toBe("Opened a paper");
  });

  it("makes an action without plainer words readable", () => {
    expect(auditActionLabel("meeting.red-list-item-added")).toBe("Meeting: red list item added");
    expect(auditActionLabel("odd")).toBe("Odd");
  });
});
