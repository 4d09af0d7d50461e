import type { Clock } from "./ports/clock.port.js";
import type { Store } from "./ports/store.port.js";

/** The ports every use case takes as its first argument. */
export interface UseCaseDeps {
  store: Store;
  clock: Clock;
  /** Id generator; defaults to random UUIDs. Tests pass a counter for readable ids. */
  newId?: () => string;
}

export function newIdFrom(deps: UseCaseDeps): string {
  return deps.newId ? deps.newId() : globalThis.crypto.randomUUID();
}
