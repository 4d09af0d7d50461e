import { describe, expect, it } from "vitest";
import { useLocalApiService } from "../testing/local-api-service.js";

interface Answer {
  year: number;
  days: { date: string; reason: string }[];
  error: { code: string; fields?: { field: string; message: string }[] };
}

describe("the organisation's closure days through the JSON API", () => {
  const api = useLocalApiService("convenor-api-closure-");
  // The service runs on the real clock, and only last year to five years ahead can be set.
  const year = new Date().getUTCFullYear() + 1;
  const days = [
    { date: `${year}-12-31`, reason: "Council closure" },
    { date: `${year}-12-29`, reason: "Council closure" },
  ];

  it("lets the administrator (the demo coordinator) set a year, and anyone signed in read it", async () => {
    const put = await api.call<Answer>("PUT", `/api/closure-days/${year}`, "p-coord", { days });
    expect(put).toEqual({ status: 200, body: { year, days: [days[1], days[0]] } });
    const again = await api.call<Answer>("PUT", `/api/closure-days/${year}`, "p-coord", { days });
    expect(again.body).toEqual(put.body);

    const read = await api.call<Answer>("GET", `/api/closure-days?year=${year}`, "p-teacher");
    expect(read).toEqual({ status: 200, body: { year, days: [days[1], days[0]] } });
    const audit = await api
      .service()
      .deps.store.read((tx) => tx.audit.list({ actorId: "p-coord", subjectId: String(year) }));
    expect(audit.map((entry) => entry.action)).toEqual(["closure-days.set", "closure-days.set"]);
  });

  it("refuses a chair who is not an administrator with 403", async () => {
    const refused = await api.call<Answer>("PUT", `/api/closure-days/${year}`, "p-chair", { days: [] });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("AUTH.FORBIDDEN");
    const read = await api.call<Answer>("GET", `/api/closure-days?year=${year}`, "p-chair");
    expect(read.body.days).toHaveLength(2);
  });

  it("answers a malformed request with 400 and a day that breaks the rules with 422, naming the field", async () => {
    expect((await api.call<Answer>("GET", "/api/closure-days?year=next", "p-teacher")).status).toBe(400);
    expect((await api.call<Answer>("GET", "/api/closure-days", "p-teacher")).status).toBe(400);
    expect((await api.call<Answer>("PUT", "/api/closure-days/26", "p-coord", { days })).status).toBe(400);
    const extra = await api.call<Answer>("PUT", `/api/closure-days/${year}`, "p-coord", { days, all: true });
    expect(extra.status).toBe(400);

    const wrongYear = await api.call<Answer>("PUT", `/api/closure-days/${year}`, "p-coord", {
      days: [{ date: `${year + 1}-01-04`, reason: "Council closure" }],
    });
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body.error.fields).toEqual([
      { field: "days.0.date", code: "VALIDATION.FAILED", message: `${year + 1}-01-04 is not in ${year}.` },
    ]);
    const read = await api.call<Answer>("GET", `/api/closure-days?year=${year}`, "p-teacher");
    expect(read.body.days).toHaveLength(2);
  });
});
