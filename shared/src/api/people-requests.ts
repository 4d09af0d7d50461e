import { z } from "zod";

/** A person's id in an address, as the directory and the seed write them (`p-dpo`, an Entra-derived id). */
export const personIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a person id.");

/** `PUT /api/people/:personId/data-protection-officer`: the whole setting, so sending it twice changes nothing. */
export const setDataProtectionOfficerBody = z.strictObject({ dataProtectionOfficer: z.boolean() });

/** What the route answers: the person and whether they are now a data protection officer. */
export interface DataProtectionOfficerAnswer {
  personId: string;
  displayName: string;
  dataProtectionOfficer: boolean;
}
