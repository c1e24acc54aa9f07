import type { Role } from '../../shared/schemas';

/** Who is signed in to which Spring service. */
export interface SignedIn {
  token: string;
  /** The user's display name, when the token carries one. */
  name?: string;
  roles: Role[];
  /** When the token expires (ms since the epoch), from its `exp` claim. */
  expiresAt?: number;
}

type Listener = (session: Session) => void;

/**
 * The one sign-in the task pane and the custom functions share (one runtime): the service's address
 * and, once signed in, the token every request carries.
 */
export class Session {
  private current: SignedIn | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(private url: string) {}

  /** The service's address, e.g. `https://localhost:3000`. */
  get serviceUrl(): string {
    return this.url;
  }

  get signedIn(): SignedIn | undefined {
    return this.current;
  }

  /** Points at another service; signs out, since a token is good for one service only. */
  setServiceUrl(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.current = undefined;
    this.notify();
  }

  signIn(signedIn: SignedIn): void {
    this.current = signedIn;
    this.notify();
  }

  signOut(): void {
    this.current = undefined;
    this.notify();
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this);
  }
}
