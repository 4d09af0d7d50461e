import { z } from "zod";
import { agreementStates } from "../model/minute.js";
import { caseItemsInMinuteChoices } from "../model/panel.js";
import { minuteLimits } from "../minutes/minute-limits.js";
import { identifier } from "./identifier.js";

// Text bounds here stop absurd bodies; the use cases check the real limits and answer with a stable code.
const text = (max: number) => z.string().max(max * 2);
const whole = z.number().int().min(1).max(1_000_000);

/** `:version` in a minute's address. */
export const minuteVersionParam = z.coerce.number().int().min(1).max(10_000);

/** The version's revision the person read: a change from an older read is refused. */
export const minuteReadBody = z.object({ revision: whole }).strict();

const progressRow = z
  .object({
    outcome: text(minuteLimits.progressCell),
    indicator: text(minuteLimits.progressCell),
    workUndertaken: text(minuteLimits.progressCell),
    workPlanned: text(minuteLimits.progressCell),
    halfYearData: text(minuteLimits.progressCell),
    notes: text(minuteLimits.progressCell),
  })
  .strict();

/** `PATCH /api/meetings/:meetingId/minutes/:version`: only the parts given change. */
export const editMinuteBody = z
  .object({
    revision: whole,
    generalBusiness: text(minuteLimits.generalBusiness).optional(),
    itemNotes: z
      .array(z.object({ agendaItemId: identifier(64), notes: text(minuteLimits.itemNotes) }).strict())
      .max(minuteLimits.itemNotesCount)
      .optional(),
    progress: z.array(progressRow).max(minuteLimits.progressRows).optional(),
  })
  .strict();

/** `PUT /api/meetings/:meetingId/minutes/:version/agreements` (CIN, 003 1.6). */
export const minuteAgreementsBody = z
  .object({
    revision: whole,
    agreements: z
      .array(
        z
          .object({
            name: text(minuteLimits.agreementName),
            relationship: text(minuteLimits.agreementRelationship),
            state: z.enum(agreementStates),
            on: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, "Give a date as YYYY-MM-DD.")
              .nullable(),
          })
          .strict(),
      )
      .max(minuteLimits.agreements),
    contentiousIssues: text(minuteLimits.contentiousIssues),
  })
  .strict();

/** `POST /api/meetings/:meetingId/observations`. */
export const caseObservationBody = z
  .object({ agendaItemId: identifier(64), text: text(minuteLimits.observation) })
  .strict();

/** `PUT /api/panels/:panelId/minute-settings`: the chair's choice for the panel's minutes. */
export const minuteSettingsBody = z.object({ caseItemsInMinute: z.enum(caseItemsInMinuteChoices) }).strict();
