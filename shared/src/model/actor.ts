/** Who is calling a use case, and from where: carried into every audit entry. */
export interface Actor {
  personId: string;
  /** `bot`, `api`, `tab`, `outlook`, `worker`, `seed`. */
  channel: string;
  /** Client address or Teams conversation id; never personal data of a child. */
  origin: string | null;
  correlationId: string | null;
}
