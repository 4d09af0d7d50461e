import type { MinuteAgreement, MinuteContent } from "../model/minute.js";

/** A minute version's agreements without the names of the child and parents (relationship, answer, date kept). */
export function withoutNames(agreements: readonly MinuteAgreement[]): MinuteAgreement[] {
  return agreements.map((agreement) => ({ ...agreement, name: "" }));
}

/** The meeting and version of a minute version's retention id, `meetingId/version`. */
export function minuteKey(id: string): { meetingId: string; version: number } {
  const slash = id.lastIndexOf("/");
  return { meetingId: id.slice(0, slash), version: Number(id.slice(slash + 1)) };
}

/**
 * A minute's content without what was written about these agenda items (a child's or referral's): their notes,
 * their decisions' reasons and dissent, and the actions raised on them. The minute shows actions without their
 * item, so those are matched by description, the meeting's actions on the items being `actionDescriptions`.
 * Titles (case references), outcomes, vote counts and due dates stay.
 */
export function withoutItemsFreeText(
  content: MinuteContent,
  itemIds: ReadonlySet<string>,
  actionDescriptions: ReadonlySet<string>,
): MinuteContent {
  return {
    ...content,
    items: content.items.map((item) =>
      itemIds.has(item.agendaItemId)
        ? {
            ...item,
            notes: "",
            decisions: item.decisions.map((decision) => ({ ...decision, reasons: "", dissent: [] })),
          }
        : item,
    ),
    actions: content.actions.map((action) =>
      actionDescriptions.has(action.description) ? { ...action, description: "" } : action,
    ),
  };
}
