/**
 * Clients by key, made once and reused: botbuilder makes a new Bot Connector client (an HTTP pipeline and its
 * credentials) for every incoming activity, which costs a good part of a turn. A client holds no per-turn
 * state (its credentials fetch and refresh tokens themselves), as botbuilder's earlier adapter, which kept
 * one per service URL, relied on. A failed creation is not kept.
 */
export class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  /** @param maxClients Keys come from a handful of service URLs and app ids; the limit only guards against a flood. */
  constructor(private readonly maxClients = 64) {}

  get(key: string, create: () => Promise<T>): Promise<T> {
    const known = this.clients.get(key);
    if (known) return known;
    if (this.clients.size >= this.maxClients) this.clients.clear();
    const created = create();
    this.clients.set(key, created);
    created.catch(() => {
      if (this.clients.get(key) === created) this.clients.delete(key);
    });
    return created;
  }
}
