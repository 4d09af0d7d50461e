import type { Person } from "../model/people.js";

/**
 * The Teams users this process identified in the last minute, each with the personal chat the turn came from
 * already remembered: the next turn from the same user in the same chat skips the store. Safe because an
 * Entra object id never moves to another person and the edge uses only the person's id: every use case reads
 * the person's memberships and roles in its own transaction, so a removed member is still refused at once.
 * An install, or a turn from another chat, goes to the store as before.
 */
export class RecentTeamsUsers {
  private readonly seen = new Map<string, { person: Person; until: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly capacity = 10_000,
  ) {}

  find(key: string, now: number): Person | null {
    const entry = this.seen.get(key);
    if (!entry) return null;
    if (entry.until > now) return entry.person;
    this.seen.delete(key);
    return null;
  }

  remember(key: string, person: Person, now: number): void {
    this.seen.delete(key);
    // Maps iterate in insertion order: the first key is the one seen longest ago.
    if (this.seen.size >= this.capacity) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(key, { person, until: now + this.ttlMs });
  }
}
