import { describe, expect, it } from "vitest";
import { errorCodes } from "@convenor/shared";
import { apiErrorFrom } from "./api-error.js";
import { taskPaneMessages } from "./task-pane-messages.js";

describe("API errors in the front ends", () => {
  it("has words for every code in the catalogue", () => {
    for (const code of errorCodes) expect(taskPaneMessages[code], code).toMatch(/\S/);
  });

  it("shows the code's words, then the server's detail", () => {
    const error = apiErrorFrom(422, {
      error: { code: "SCHEDULING.WINDOW_TOO_LONG", message: "At most 13 weeks." },
    });
    expect(error.code).toBe("SCHEDULING.WINDOW_TOO_LONG");
    expect(error.userMessage).toBe(
      "The window is longer than this panel allows: choose a shorter one. At most 13 weeks.",
    );
  });

  it("treats an answer it cannot read as our fault, and a bare 401 as an expired sign-in", () => {
    expect(apiErrorFrom(502, "<html>Bad gateway</html>").code).toBe("INTERNAL");
    expect(apiErrorFrom(400, { error: { code: "NOT.A.CODE", message: "x" } }).code).toBe("INTERNAL");
    expect(apiErrorFrom(401, null).userMessage).toBe("Your sign-in has expired: sign in again.");
  });
});
