import { describe, expect, it } from "vitest";
import type { ActionItem, Decision, FamilySharing, UnmetNeed } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { uniqueId } from "./store-test-data.test-support.js";

function someDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: uniqueId("decision"),
    questionId: null,
    meetingId: uniqueId("meeting"),
    agendaItemId: uniqueId("item"),
    referralId: null,
    childId: uniqueId("child"),
    kind: "resource-request",
    outcome: "approved",
    resource: { resource: "intensive-support-supervision", outcome: "agreed-unavailable", placement: null },
    reasons: "Agreed; no place until May",
    decidedAt: "2026-03-05T10:20:00.000Z",
    decidedByIds: ["chair-1"],
    reviewDate: "2026-06-05",
    votes: [],
    dissent: [],
    castingOutcome: false,
    ...overrides,
  };
}

function someAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: uniqueId("action"),
    meetingId: uniqueId("meeting"),
    panelId: uniqueId("panel"),
    agendaItemId: null,
    ownerId: "member-1",
    description: "Ask the school for an attendance report",
    dueOn: "2026-03-20",
    done: false,
    createdById: "chair-1",
    createdAt: "2026-03-05T10:30:00.000Z",
    completedAt: null,
    completedById: null,
    ...overrides,
  };
}

/** Decisions recorded without a vote, the unmet need register, family sharing and actions: every adapter alike. */
export function describeDecisionsAndActionsContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, decisions and actions: ${name}`, () => {
    const store = useOpenedStore(open);

    it("keeps a decision's kind, resource and child, lists a child's and items' decisions oldest first, and refuses a second recorded decision on an item", async () => {
      const first = someDecision();
      const later = someDecision({
        childId: first.childId,
        kind: "case",
        resource: null,
        outcome: "noted",
        decidedAt: "2026-04-05T10:20:00.000Z",
      });
      await store().transaction(async (tx) => {
        await tx.votes.insertDecision(later);
        await tx.votes.insertDecision(first);
      });
      await expect(
        store().transaction((tx) =>
          tx.votes.insertDecision(someDecision({ agendaItemId: first.agendaItemId })),
        ),
      ).rejects.toThrow();
      // Recorded without a vote: the item's second is declined, writing nothing, and the transaction goes on.
      const recorded = someDecision({ questionId: null });
      const again = { ...someDecision({ questionId: null }), agendaItemId: recorded.agendaItemId };
      const inserted = await store().transaction(async (tx) => [
        await tx.votes.insertRecordedDecision(recorded),
        await tx.votes.insertRecordedDecision(again),
        (await tx.votes.decisionsOfItems([recorded.agendaItemId])).map((d) => d.id),
      ]);
      expect(inserted).toEqual([true, false, [recorded.id]]);
      const read = await store().read(async (tx) => ({
        ofChild: await tx.votes.decisionsOfChild(first.childId!),
        ofItems: await tx.votes.decisionsOfItems([later.agendaItemId, first.agendaItemId]),
        none: await tx.votes.decisionsOfItems([]),
      }));
      expect(read).toEqual({ ofChild: [first, later], ofItems: [first, later], none: [] });
    });

    it("stores the unmet need register once a decision, most recent first", async () => {
      const panelId = uniqueId("panel");
      const need = (recordedOn: string): UnmetNeed => ({
        id: uniqueId("need"),
        panelId,
        meetingId: uniqueId("meeting"),
        agendaItemId: uniqueId("item"),
        decisionId: uniqueId("decision"),
        resource: "residential-placement-group",
        reference: "ICSMG-2026-0001",
        recordedOn,
      });
      const march = need("2026-03-05");
      const april = need("2026-04-02");
      await store().transaction(async (tx) => {
        await tx.unmetNeed.insert(march);
        await tx.unmetNeed.insert(april);
      });
      await expect(
        store().transaction((tx) => tx.unmetNeed.insert({ ...march, id: uniqueId("need") })),
      ).rejects.toThrow();
      expect(await store().read((tx) => tx.unmetNeed.listForPanel(panelId))).toEqual([april, march]);
      expect(await store().read((tx) => tx.unmetNeed.listForPanel(uniqueId("panel")))).toEqual([]);
    });

    it("records family sharing once a decision", async () => {
      const sharing: FamilySharing = {
        decisionId: uniqueId("decision"),
        childId: uniqueId("child"),
        sharedOn: "2026-03-06",
        method: "phone",
        note: null,
        sharedAs: "lead-professional",
        recordedById: "lp-1",
        recordedAt: "2026-03-06T09:00:00.000Z",
      };
      await store().transaction((tx) => tx.familySharing.insert(sharing));
      await expect(
        store().transaction((tx) => tx.familySharing.insert({ ...sharing, method: "letter" })),
      ).rejects.toThrow();
      expect(
        await store().read((tx) => tx.familySharing.ofDecisions([sharing.decisionId, uniqueId("d")])),
      ).toEqual([sharing]);
    });

    it("completes an action once and lists a meeting's, an item's and a panel's open actions by due date", async () => {
      const panelId = uniqueId("panel");
      const meetingId = uniqueId("meeting");
      const itemId = uniqueId("item");
      const late = someAction({ panelId, meetingId, dueOn: "2026-04-01", agendaItemId: itemId });
      const soon = someAction({ panelId, meetingId, dueOn: "2026-03-10" });
      const elsewhere = someAction({ panelId, dueOn: "2026-03-15" });
      await store().transaction(async (tx) => {
        for (const action of [late, soon, elsewhere]) await tx.actions.insert(action);
      });
      const completed = await store().transaction(async (tx) => [
        await tx.actions.complete(soon.id, "member-1", "2026-03-09T12:00:00.000Z"),
        await tx.actions.complete(soon.id, "chair-1", "2026-03-09T13:00:00.000Z"),
        await tx.actions.complete(uniqueId("action"), "chair-1", "2026-03-09T13:00:00.000Z"),
      ]);
      expect(completed).toEqual([true, false, false]);
      const done = {
        ...soon,
        done: true,
        completedAt: "2026-03-09T12:00:00.000Z",
        completedById: "member-1",
      };
      const read = await store().read(async (tx) => ({
        one: await tx.actions.get(soon.id),
        meeting: await tx.actions.listForMeeting(meetingId),
        items: await tx.actions.listForItems([itemId]),
        open: await tx.actions.openForPanel(panelId),
      }));
      expect(read).toEqual({ one: done, meeting: [done, late], items: [late], open: [elsewhere, late] });
    });
  });
}
