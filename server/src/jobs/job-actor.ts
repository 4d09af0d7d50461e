import type { Actor } from "@convenor/shared";

/** Who a background job acts as, in audit entries and notices: Convenor itself, from its worker. */
export const jobActor: Actor = {
  personId: "convenor",
  channel: "worker",
  origin: null,
  correlationId: null,
};
