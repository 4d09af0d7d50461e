import { SignInError, type Session } from "./session.js";

/** A demo person of the local issuer (local mode only): never a child. */
export interface Persona {
  id: string;
  displayName: string;
  jobTitle: string;
  agency: string;
}

/** Where the chosen persona's token is kept: the tab's `sessionStorage`, so closing the tab forgets it. */
export interface TokenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const storageKey = "convenor.tab.local-token";
/** Ask for a new token this long before the issued one expires. */
const expiryMarginMs = 60_000;

interface StoredToken {
  personaId: string;
  token: string;
  expiresAt: number;
}

/** Signs in as the local issuer's demo personas (`/local-issuer`), as the persona picker page does. */
export class LocalSignIn {
  constructor(
    private readonly deps: { fetch: Fetch; store: TokenStore; now: () => number; issuerPath?: string },
  ) {}

  private get issuer(): string {
    return this.deps.issuerPath ?? "/local-issuer";
  }

  async personas(): Promise<Persona[]> {
    const response = await this.deps.fetch(`${this.issuer}/personas`, {
      headers: { accept: "application/json" },
    });
    if (!response.ok)
      throw new SignInError("The local sign-in is not available: is the service in local mode?", "failed");
    return ((await response.json()) as { personas: Persona[] }).personas;
  }

  /** The session of the persona picked earlier in this browser tab (its token is renewed when it expires). */
  resume(): Session | null {
    const stored = this.read();
    return stored ? this.session(stored.personaId) : null;
  }

  async signInAs(personaId: string): Promise<Session> {
    await this.issue(personaId);
    return this.session(personaId);
  }

  private session(personaId: string): Session {
    return {
      kind: "local",
      theme: "default",
      getToken: async () => {
        const stored = this.read();
        const usable =
          stored && stored.personaId === personaId && stored.expiresAt - expiryMarginMs > this.deps.now();
        if (usable) return stored.token;
        return (await this.issue(personaId)).token;
      },
      signOut: () => this.deps.store.removeItem(storageKey),
    };
  }

  private async issue(personaId: string): Promise<StoredToken> {
    const response = await this.deps.fetch(`${this.issuer}/token`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ persona: personaId }).toString(),
    });
    if (!response.ok) throw new SignInError("The local issuer did not sign in that person.", "failed");
    const body = (await response.json()) as { access_token: string; expires_in: number };
    const stored = {
      personaId,
      token: body.access_token,
      expiresAt: this.deps.now() + body.expires_in * 1000,
    };
    this.deps.store.setItem(storageKey, JSON.stringify(stored));
    return stored;
  }

  private read(): StoredToken | null {
    const text = this.deps.store.getItem(storageKey);
    if (!text) return null;
    try {
      const stored = JSON.parse(text) as StoredToken;
      const wellFormed =
        typeof stored.token === "string" &&
        typeof stored.personaId === "string" &&
        typeof stored.expiresAt === "number";
      return wellFormed ? stored : null;
    } catch {
      return null;
    }
  }
}
