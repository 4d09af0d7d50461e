import { z } from "zod";
import {
  decisionKinds,
  decisionOutcomes,
  resourceKinds,
  resourceOutcomes,
  sharingMethods,
} from "../model/decision.js";
import { identifier } from "./identifier.js";

/**
 * Request schemas of the decision, action and family sharing routes: `POST /api/meetings/{id}/decisions`,
 * `GET /api/meetings/{id}/outcomes`, `POST /api/meetings/{id}/actions`, `POST /api/actions/{id}/complete`,
 * `POST /api/family-sharing`, `GET /api/children/{childId}/record`, `GET /api/panels/{panelId}/unmet-need`.
 * Required words (reasons, owner, due date) may arrive empty: the use case says what is missing, with its code.
 */

const id = identifier(64);
const day = z.string().max(10);
/** Longer than the use cases allow, so that they, not the edge, say how long is too long. */
const words = (max: number) => z.string().max(max + 500);

export const childIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a child id.");
export const actionIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not an action id.");

export const recordDecisionBody = z.strictObject({
  agendaItemId: id,
  kind: z.enum(decisionKinds),
  outcome: z.enum(decisionOutcomes).nullable().optional(),
  resource: z
    .strictObject({
      resource: z.enum(resourceKinds),
      outcome: z.enum(resourceOutcomes),
      placement: z.enum(["planned", "unplanned"]).nullable().optional(),
    })
    .nullable()
    .optional(),
  reasons: words(2000).default(""),
  decidedOn: day.nullable().optional(),
  decidedByIds: z.array(id).max(40).optional(),
  reviewDate: day.nullable().optional(),
});
export type RecordDecisionBody = z.infer<typeof recordDecisionBody>;

export const addActionBody = z.strictObject({
  agendaItemId: id.nullable().optional(),
  ownerId: z.string().trim().max(64).default(""),
  description: words(500).default(""),
  dueOn: day.default(""),
});
export type AddActionBody = z.infer<typeof addActionBody>;

export const recordFamilySharingBody = z.strictObject({
  agendaItemId: id,
  sharedOn: day,
  method: z.enum(sharingMethods),
  note: words(1000).nullable().optional(),
});
export type RecordFamilySharingBody = z.infer<typeof recordFamilySharingBody>;
