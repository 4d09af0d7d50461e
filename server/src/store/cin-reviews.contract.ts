import { describe, expect, it } from "vitest";
import type { CinPlan, EarlyReviewRequest } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { someChild, uniqueId } from "./store-test-data.test-support.js";

/** Child in Need reviews: plans, one outcome per review, one open early request, one task per role. */
export function describeCinReviewsContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, CIN reviews: ${name}`, () => {
    const store = useOpenedStore(open);

    async function aPlan(overrides: Partial<CinPlan> = {}) {
      const child = someChild({ givenName: "Amy", familyName: uniqueId("Zephyr") });
      const plan: CinPlan = {
        id: uniqueId("plan"),
        panelId: uniqueId("panel"),
        childId: child.id,
        startedOn: "2026-01-15",
        longerSupport: false,
        namedPersonIds: ["p1", "p2"],
        lastReviewedOn: null,
        nextReviewDue: "2026-04-15",
        state: "open",
        version: 1,
        ...overrides,
      };
      await store().transaction(async (tx) => {
        await tx.children.insert(child);
        await tx.cinReviews.insertPlan(plan);
      });
      return { plan, child };
    }

    it("keeps a plan and lists it with its child", async () => {
      const { plan, child } = await aPlan({ longerSupport: true });
      const read = await store().read(async (tx) => ({
        one: await tx.cinReviews.getPlan(plan.id),
        list: await tx.cinReviews.listPlans(plan.panelId),
        open: (await tx.cinReviews.openPlans()).filter((p) => p.id === plan.id),
      }));
      expect(read.one).toEqual(plan);
      expect(read.list).toEqual([
        { ...plan, givenName: "Amy", familyName: child.familyName, dateOfBirth: child.dateOfBirth },
      ]);
      expect(read.open).toEqual([plan]);
    });

    it("refuses a second open plan for the same child and panel", async () => {
      const { plan } = await aPlan();
      await expect(
        store().transaction((tx) => tx.cinReviews.insertPlan({ ...plan, id: uniqueId("plan") })),
      ).rejects.toThrow();
      // A closed plan frees the child for a new one.
      const closed = { ...plan, state: "closed" as const, nextReviewDue: null, version: 2 };
      await store().transaction((tx) => tx.cinReviews.updatePlan(closed, 1));
      await store().transaction((tx) => tx.cinReviews.insertPlan({ ...plan, id: uniqueId("plan") }));
      const list = await store().read((tx) => tx.cinReviews.listPlans(plan.panelId));
      expect(list.map((p) => p.state)).toEqual(["open", "closed"]);
    });

    it("updates a plan only from the version read", async () => {
      const { plan } = await aPlan();
      const next = { ...plan, lastReviewedOn: "2026-04-10", nextReviewDue: "2026-07-10", version: 2 };
      const results = await store().transaction(async (tx) => [
        await tx.cinReviews.updatePlan(next, 1),
        await tx.cinReviews.updatePlan({ ...next, version: 3 }, 1),
      ]);
      expect(results).toEqual([true, false]);
      expect(await store().read((tx) => tx.cinReviews.getPlan(plan.id))).toEqual(next);
    });

    it("keeps one outcome per plan and due date", async () => {
      const { plan } = await aPlan();
      const review = {
        id: uniqueId("review"),
        planId: plan.id,
        dueOn: "2026-04-15",
        reviewedOn: "2026-04-10",
        outcome: "amend" as const,
        reasons: "New school",
        nextReviewOn: "2026-07-10",
        exceptionalReason: null,
        recordedById: "chair",
        recordedAt: "2026-04-10T10:00:00.000Z",
      };
      const inserted = await store().transaction(async (tx) => [
        await tx.cinReviews.insertReview(review),
        await tx.cinReviews.insertReview({ ...review, id: uniqueId("review"), outcome: "close" }),
      ]);
      expect(inserted).toEqual([true, false]);
      expect(await store().read((tx) => tx.cinReviews.reviewsOf(plan.id))).toEqual([review]);
    });

    it("keeps one early request open per plan", async () => {
      const { plan } = await aPlan();
      const request: EarlyReviewRequest = {
        id: uniqueId("early"),
        planId: plan.id,
        panelId: plan.panelId,
        childId: plan.childId,
        reason: "Family moved",
        requestedById: "member",
        requestedAt: "2026-02-01T10:00:00.000Z",
        state: "pending",
        meetingId: null,
      };
      const second = { ...request, id: uniqueId("early") };
      const inserted = await store().transaction(async (tx) => [
        await tx.cinReviews.insertEarlyRequest(request),
        await tx.cinReviews.insertEarlyRequest(second),
      ]);
      expect(inserted).toEqual([true, false]);
      const listed = { ...request, state: "listed" as const, meetingId: "m1" };
      await store().transaction((tx) => tx.cinReviews.updateEarlyRequest(listed));
      const read = await store().read(async (tx) => ({
        pending: await tx.cinReviews.earlyRequests(plan.panelId, ["pending"]),
        open: await tx.cinReviews.earlyRequests(plan.panelId, ["pending", "listed"]),
      }));
      expect(read).toEqual({ pending: [], open: [listed] });
      await store().transaction((tx) => tx.cinReviews.updateEarlyRequest({ ...listed, state: "done" }));
      expect(await store().transaction((tx) => tx.cinReviews.insertEarlyRequest(second))).toBe(true);
    });

    it("keeps one consultation task per plan and role, and who a panel consults", async () => {
      const { plan } = await aPlan();
      const task = {
        id: uniqueId("task"),
        planId: plan.id,
        panelId: plan.panelId,
        childId: plan.childId,
        role: "practice-manager" as const,
        personId: "pm",
        createdAt: "2027-01-15T06:00:00.000Z",
      };
      const inserted = await store().transaction(async (tx) => [
        await tx.cinReviews.insertConsultation(task),
        await tx.cinReviews.insertConsultation({ ...task, id: uniqueId("task") }),
        await tx.cinReviews.insertConsultation({
          ...task,
          id: uniqueId("task"),
          role: "safeguarding-service-manager",
          createdAt: "2027-01-15T06:00:01.000Z",
        }),
      ]);
      expect(inserted).toEqual([true, false, true]);
      expect(
        (await store().read((tx) => tx.cinReviews.consultations(plan.panelId))).map((t) => t.role),
      ).toEqual(["practice-manager", "safeguarding-service-manager"]);
      const consultees = {
        panelId: plan.panelId,
        practiceManagerId: "pm",
        safeguardingServiceManagerId: null,
      };
      await store().transaction(async (tx) => {
        await tx.cinReviews.setConsultees({ ...consultees, practiceManagerId: "old" });
        await tx.cinReviews.setConsultees(consultees);
      });
      expect(await store().read((tx) => tx.cinReviews.consultees(plan.panelId))).toEqual(consultees);
      expect(await store().read((tx) => tx.cinReviews.consultees(uniqueId("panel")))).toBeNull();
    });
  });
}
