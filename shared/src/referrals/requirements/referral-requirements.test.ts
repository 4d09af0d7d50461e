import { describe, expect, it } from "vitest";
import { presetKeys, type PresetKey } from "../../model/panel.js";
import { aValidReferralForm } from "../../testing/referral-form.builder.js";
import { referralRequirements, validateReferralForm } from "./referral-requirements.js";

const today = "2026-02-01";
const submit = (preset: PresetKey, form: Record<string, unknown>) =>
  validateReferralForm(preset, form, "submit", { today });
const draft = (preset: PresetKey, form: Record<string, unknown>) =>
  validateReferralForm(preset, form, "draft", { today });

function errorsOf(result: ReturnType<typeof submit>) {
  if (result.ok) throw new Error("expected the form to be refused");
  return result.errors;
}
const codeFor = (result: ReturnType<typeof submit>, field: string) =>
  errorsOf(result).find((error) => error.field === field)?.code;

const girfecPresets = ["icsmg", "lc-jst", "isg"] as const;

describe("referral requirements", () => {
  it.each(girfecPresets)("a complete %s form is accepted, with blank answers dropped", (preset) => {
    const result = submit(preset, aValidReferralForm(preset, { "consent.justification": "  " }));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.values).not.toHaveProperty("consent.justification");
  });

  it("every field has a label, section, error message and limit, and choices where it is a choice", () => {
    for (const preset of presetKeys) {
      for (const field of referralRequirements(preset).fields) {
        expect(field.label.length).toBeGreaterThan(0);
        expect(field.section.length).toBeGreaterThan(0);
        expect(field.errorMessage.length).toBeGreaterThan(0);
        expect(field.maxLength).toBeGreaterThan(0);
        if (field.kind === "choice" || field.kind === "multichoice")
          expect(field.choices?.length).toBeGreaterThan(0);
      }
    }
  });

  it("GIRFEC panels ask the SHANARRI indicators, the five GIRFEC questions and the Child's Plan link", () => {
    for (const preset of girfecPresets) {
      const ids = referralRequirements(preset).fields.map((field) => field.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          "shanarri",
          "girfec.q1",
          "girfec.q2",
          "girfec.q3",
          "girfec.q4",
          "girfec.q5",
          "plan.url",
        ]),
      );
    }
    const labels = referralRequirements("lc-jst")
      .fields.filter((f) => f.id.startsWith("girfec."))
      .map((f) => f.label);
    expect(labels[0]).toBe("What is getting in the way of this child's wellbeing?");
    expect(labels[4]).toBe("What additional help, if any, may be needed from others?");
    expect(
      referralRequirements("lc-jst")
        .fields.find((f) => f.id === "shanarri")
        ?.choices?.map((c) => c.label),
    ).toEqual(["Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"]);
  });

  it("only ICSMG asks about the manager discussion and the resource, only ISG about the LC-JST outcome", () => {
    const ids = (preset: PresetKey) => referralRequirements(preset).fields.map((field) => field.id);
    expect(ids("icsmg")).toContain("icsmg.managerDiscussed");
    expect(ids("isg")).not.toContain("icsmg.managerDiscussed");
    expect(ids("isg")).toEqual(
      expect.arrayContaining([
        "isg.lcjstOutcome",
        "isg.presentingIssues",
        "isg.chronology",
        "isg.currentAssessment",
        "isg.resources",
      ]),
    );
    expect(ids("lc-jst")).not.toContain("isg.lcjstOutcome");
    expect(
      referralRequirements("icsmg")
        .fields.find((f) => f.id === "icsmg.resources")
        ?.choices?.map((c) => c.label),
    ).toEqual([
      "Residential Placement Group",
      "Intensive Support and Supervision",
      "Intensive Support and Monitoring Service (ISMS)",
      "Anti-Social Behaviour Order (ASBO)",
      "Parenting Order",
      "Other significant resource",
      "Dispute resolution",
      "Grave concern review",
    ]);
  });

  it("reports every missing required answer keyed by field id", () => {
    const errors = errorsOf(submit("lc-jst", {}));
    const fields = errors.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "child.givenName",
        "child.dateOfBirth",
        "reason",
        "consent.status",
        "shanarri",
        "plan.url",
      ]),
    );
    expect(errors.find((e) => e.field === "child.givenName")).toEqual({
      field: "child.givenName",
      code: "REFERRAL.FIELD_REQUIRED",
      message: "Enter the child's given name.",
    });
    expect(errors.find((e) => e.field === "shanarri")?.code).toBe("REFERRAL.SHANARRI_REQUIRED");
    expect(errors.find((e) => e.field === "girfec.q3")?.code).toBe("REFERRAL.GIRFEC_QUESTION_REQUIRED");
    expect(errors.find((e) => e.field === "plan.url")?.code).toBe("REFERRAL.CHILDS_PLAN_REQUIRED");
  });

  it("reports missing answers and malformed ones together", () => {
    const errors = errorsOf(submit("isg", { "child.dateOfBirth": "bad", reason: 5 }));
    expect(errors.find((e) => e.field === "child.dateOfBirth")?.code).toBe("REFERRAL.FIELD_INVALID_DATE");
    expect(errors.find((e) => e.field === "reason")?.code).toBe("REFERRAL.FIELD_INVALID");
    expect(errors.find((e) => e.field === "child.givenName")?.code).toBe("REFERRAL.FIELD_REQUIRED");
  });

  it("needs at least one SHANARRI indicator, accepting a card's comma-separated choice", () => {
    expect(codeFor(submit("isg", aValidReferralForm("isg", { shanarri: [] })), "shanarri")).toBe(
      "REFERRAL.SHANARRI_REQUIRED",
    );
    const fromCard = submit("isg", aValidReferralForm("isg", { shanarri: "safe,nurtured" }));
    expect(fromCard.ok && fromCard.values.shanarri).toEqual(["safe", "nurtured"]);
    expect(codeFor(submit("isg", aValidReferralForm("isg", { shanarri: "safe,lucky" })), "shanarri")).toBe(
      "REFERRAL.FIELD_INVALID_CHOICE",
    );
  });

  it("refuses a Child's Plan link that is not an https SharePoint address", () => {
    for (const url of [
      "http://contoso.sharepoint.com/plan.docx",
      "https://example.com/plan.docx",
      "javascript:alert(1)",
    ]) {
      expect(codeFor(submit("icsmg", aValidReferralForm("icsmg", { "plan.url": url })), "plan.url")).toBe(
        "REFERRAL.PLAN_LINK_INVALID",
      );
    }
  });

  it("ICSMG needs the manager discussion confirmed, from a card toggle too", () => {
    const refused = submit("icsmg", aValidReferralForm("icsmg", { "icsmg.managerDiscussed": "false" }));
    expect(errorsOf(refused).find((e) => e.field === "icsmg.managerDiscussed")).toMatchObject({
      code: "REFERRAL.ICSMG_MANAGER_DISCUSSION_REQUIRED",
    });
    expect(submit("icsmg", aValidReferralForm("icsmg", { "icsmg.managerDiscussed": "true" })).ok).toBe(true);
  });

  it("ICSMG and ISG need the Lead Professional; LC-JST does not", () => {
    expect(
      codeFor(submit("icsmg", aValidReferralForm("icsmg", { leadProfessional: "" })), "leadProfessional"),
    ).toBe("REFERRAL.FIELD_REQUIRED");
    expect(
      codeFor(submit("isg", aValidReferralForm("isg", { leadProfessional: "" })), "leadProfessional"),
    ).toBe("REFERRAL.FIELD_REQUIRED");
    expect(submit("lc-jst", aValidReferralForm("lc-jst", { leadProfessional: "" })).ok).toBe(true);
  });

  describe("consent (002 A 5.6-5.8)", () => {
    it("withheld consent needs a justification, in plain words", () => {
      const result = submit("lc-jst", aValidReferralForm("lc-jst", { "consent.status": "withheld" }));
      expect(errorsOf(result)).toContainEqual({
        field: "consent.justification",
        code: "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED",
        message: "Consent was withheld: record why sharing is vital to the child's interests.",
      });
      const justified = aValidReferralForm("lc-jst", {
        "consent.status": "withheld",
        "consent.justification": "Evidence of neglect.",
      });
      expect(submit("lc-jst", justified).ok).toBe(true);
    });

    it("consent not sought needs a justification but no date", () => {
      const form = aValidReferralForm("lc-jst", { "consent.status": "not-sought", "consent.recordedOn": "" });
      expect(codeFor(submit("lc-jst", form), "consent.justification")).toBe(
        "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED",
      );
      expect(
        submit("lc-jst", { ...form, "consent.justification": "Parent unreachable; risk to attendance." }).ok,
      ).toBe(true);
    });

    it("given consent needs a date that is not in the future", () => {
      expect(
        codeFor(
          submit("lc-jst", aValidReferralForm("lc-jst", { "consent.recordedOn": "" })),
          "consent.recordedOn",
        ),
      ).toBe("REFERRAL.CONSENT_DATE_REQUIRED");
      expect(
        codeFor(
          submit("lc-jst", aValidReferralForm("lc-jst", { "consent.recordedOn": "2026-02-02" })),
          "consent.recordedOn",
        ),
      ).toBe("REFERRAL.CONSENT_DATE_IN_FUTURE");
    });
  });

  describe("the child's date of birth", () => {
    it("must be a real date", () => {
      for (const dob of ["2013-02-30", "14/05/2013", "2013-5-14"]) {
        expect(
          codeFor(
            submit("isg", aValidReferralForm("isg", { "child.dateOfBirth": dob })),
            "child.dateOfBirth",
          ),
        ).toBe("REFERRAL.FIELD_INVALID_DATE");
      }
    });

    it("must be in the past", () => {
      expect(
        codeFor(
          submit("isg", aValidReferralForm("isg", { "child.dateOfBirth": "2026-02-02" })),
          "child.dateOfBirth",
        ),
      ).toBe("REFERRAL.CHILD_DOB_IN_FUTURE");
      const bornToday = { "child.dateOfBirth": "2026-02-01", "consent.recordedOn": "2026-02-01" };
      expect(submit("isg", aValidReferralForm("isg", bornToday)).ok).toBe(true);
    });

    it("must make the child under 18 today", () => {
      expect(submit("isg", aValidReferralForm("isg", { "child.dateOfBirth": "2008-02-02" })).ok).toBe(true);
      expect(
        codeFor(
          submit("isg", aValidReferralForm("isg", { "child.dateOfBirth": "2008-02-01" })),
          "child.dateOfBirth",
        ),
      ).toBe("REFERRAL.CHILD_TOO_OLD");
    });
  });

  it("an urgent request says why it cannot wait", () => {
    expect(
      codeFor(submit("icsmg", aValidReferralForm("icsmg", { urgency: "urgent" })), "urgency.reason"),
    ).toBe("REFERRAL.URGENT_REASON_REQUIRED");
    expect(
      submit(
        "icsmg",
        aValidReferralForm("icsmg", { urgency: "urgent", "urgency.reason": "Placement breaks down Friday." }),
      ).ok,
    ).toBe(true);
  });

  it("every string has a limit", () => {
    const result = submit(
      "isg",
      aValidReferralForm("isg", { reason: "x".repeat(4001), "child.givenName": "y".repeat(101) }),
    );
    expect(codeFor(result, "reason")).toBe("REFERRAL.FIELD_TOO_LONG");
    expect(errorsOf(result).find((e) => e.field === "child.givenName")?.message).toBe(
      'Keep "Given name" to 100 characters or fewer.',
    );
  });

  it("drops fields the form does not have", () => {
    const result = submit(
      "lc-jst",
      aValidReferralForm("lc-jst", { "isg.chronology": "not asked here", extra: "x" }),
    );
    expect(result.ok && Object.keys(result.values)).not.toContain("extra");
    expect(result.ok && Object.keys(result.values)).not.toContain("isg.chronology");
  });

  describe("typed text", () => {
    it("refuses control characters in names and one-line answers, with the field named", () => {
      for (const [field, value] of [
        ["child.givenName", "\u0000"],
        ["child.familyName", "Mac\u0000Leod"],
        ["child.school", "North\u001bfield"],
        ["namedPerson", "A. Teacher\nDepute"],
        ["child.givenName", "Morag\u202Egrob"],
        ["plan.url", "https://contoso.sharepoint.com/plan\u0000.docx"],
      ] as const) {
        const result = submit("isg", aValidReferralForm("isg", { [field]: value }));
        expect(errorsOf(result).find((e) => e.field === field)).toMatchObject({
          code: "REFERRAL.FIELD_CONTROL_CHARACTERS",
          message: expect.stringContaining("control character") as unknown,
        });
      }
    });

    it("refuses a name made only of format characters or spaces", () => {
      for (const name of ["\u200E", "\u200B\u200B", "\u200B \u2060", "\u00AD"]) {
        const result = submit("isg", aValidReferralForm("isg", { "child.givenName": name }));
        expect(codeFor(result, "child.givenName")).toBe("REFERRAL.FIELD_NO_VISIBLE_TEXT");
      }
      expect(submit("isg", aValidReferralForm("isg", { "child.givenName": "Zoë-Mairi" })).ok).toBe(true);
    });

    it("keeps line breaks and tabs in free-text answers but refuses NUL and other control characters", () => {
      const kept = submit("isg", aValidReferralForm("isg", { reason: "First line\r\n\tSecond line" }));
      expect(kept.ok && kept.values.reason).toBe("First line\r\n\tSecond line");
      for (const reason of ["Before\u0000after", "Bell\u0007", "Delete\u007f", "C1\u0085"]) {
        expect(codeFor(submit("isg", aValidReferralForm("isg", { reason })), "reason")).toBe(
          "REFERRAL.FIELD_CONTROL_CHARACTERS",
        );
      }
    });

    it("refuses control characters in drafts too", () => {
      expect(codeFor(draft("isg", { "child.givenName": "\u0000" }), "child.givenName")).toBe(
        "REFERRAL.FIELD_CONTROL_CHARACTERS",
      );
    });
  });

  describe("implausible dates", () => {
    it("refuses year 0000 and other dates outside 1900-2099, in drafts too", () => {
      for (const date of ["0000-01-01", "1899-12-31", "2100-01-01"]) {
        expect(
          codeFor(
            submit("lc-jst", aValidReferralForm("lc-jst", { "consent.recordedOn": date })),
            "consent.recordedOn",
          ),
        ).toBe("REFERRAL.FIELD_INVALID_DATE");
        expect(codeFor(draft("lc-jst", { "child.dateOfBirth": date }), "child.dateOfBirth")).toBe(
          "REFERRAL.FIELD_INVALID_DATE",
        );
      }
    });

    it("refuses a consent date before the child was born", () => {
      const form = aValidReferralForm("lc-jst", {
        "child.dateOfBirth": "2013-05-14",
        "consent.recordedOn": "2013-05-13",
      });
      expect(errorsOf(submit("lc-jst", form))).toContainEqual({
        field: "consent.recordedOn",
        code: "REFERRAL.CONSENT_DATE_BEFORE_BIRTH",
        message: "The consent date is before the child's date of birth: check both dates.",
      });
      expect(submit("lc-jst", { ...form, "consent.recordedOn": "2013-05-14" }).ok).toBe(true);
    });
  });

  describe("drafts", () => {
    it("check types and limits but not required answers", () => {
      expect(draft("isg", { "child.givenName": "Morag" })).toEqual({
        ok: true,
        values: { "child.givenName": "Morag" },
      });
      expect(draft("isg", { "consent.status": "withheld" }).ok).toBe(true);
    });

    it("still refuse over-long text, bad dates and unknown choices", () => {
      const result = draft("isg", {
        reason: "x".repeat(5000),
        "child.dateOfBirth": "yesterday",
        urgency: "now",
      });
      expect(errorsOf(result).map((e) => [e.field, e.code])).toEqual([
        ["child.dateOfBirth", "REFERRAL.FIELD_INVALID_DATE"],
        ["reason", "REFERRAL.FIELD_TOO_LONG"],
        ["urgency", "REFERRAL.FIELD_INVALID_CHOICE"],
      ]);
    });
  });
});
