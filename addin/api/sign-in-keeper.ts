import type { AuthConfig } from '../../shared/api/auth';
import { loadAuthConfig } from './auth-config';
import { devToken, type DevIdentity } from './dev-sign-in';
import { EntraTokens, type EntraDeps } from './entra-sign-in';
import type { KeptSignIns } from './kept-sign-ins';
import type { Session, SignedIn } from './session';
import { holderOf } from './token-holder';

/** A token is renewed this long before it expires (and a kept one closer to its end is not reused). */
export const RENEW_BEFORE_MS = 5 * 60_000;
/** setTimeout's largest delay (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the keeper is built on; tests pass fakes. */
export interface SignInKeeperDeps {
  fetchImpl?: typeof fetch;
  kept: KeptSignIns;
  entra: EntraDeps;
  /** The clock (ms since the epoch). */
  now?: () => number;
}

/**
 * The sign-in's lifecycle, shared by the task pane and the custom functions (one runtime):
 * - on start, signs in silently: the development role kept for this service address (a new token when
 *   the kept one has expired), or Entra's cache (MSAL's `acquireTokenSilent`); requests wait for it;
 * - renews the token {@link RENEW_BEFORE_MS} before it expires, and once on a 401 (single flight);
 * - when silent renewal fails, signs the session out, so the pane shows "signed out" over cells that
 *   say "Sign in", never a pane that looks signed in.
 * How each mode works is described in the README ("Signing in").
 */
export class SignInKeeper {
  private config: { url: string; promise: Promise<AuthConfig> } | undefined;
  private entra: { url: string; tokens: EntraTokens } | undefined;
  private restoring: Promise<void> = Promise.resolve();
  private renewing: Promise<boolean> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly session: Session,
    private readonly deps: SignInKeeperDeps,
  ) {
    this.now = deps.now ?? (() => Date.now());
    session.onChange(() => this.scheduleRenewal());
  }

  /** How the current service signs in (`/auth-config.json`), read once per service address. */
  authConfig(): Promise<AuthConfig> {
    const url = this.session.serviceUrl;
    if (this.config?.url !== url) {
      const promise = loadAuthConfig(url, this.deps.fetchImpl);
      this.config = { url, promise };
      // A failure is not kept: the next call asks again.
      promise.catch(() => {
        if (this.config?.promise === promise) this.config = undefined;
      });
    }
    return this.config.promise;
  }

  /** Signs in without the user, if the kept sign-in allows it; requests wait until this has settled. */
  restore(): Promise<void> {
    const url = this.session.serviceUrl;
    this.restoring = this.silentSignIn(url).then(
      (signedIn) => {
        // A sign-in the user made meanwhile wins over the restored one.
        if (signedIn && this.session.serviceUrl === url && !this.session.signedIn)
          this.session.signIn(signedIn);
      },
      () => undefined, // nothing to restore, or the service is down: the user signs in from the pane
    );
    return this.restoring;
  }

  /** Resolves when a restore under way has settled. */
  settled(): Promise<void> {
    return this.restoring;
  }

  /**
   * Signs in from the pane: a development identity on the local server (kept for next time), Entra ID
   * (asking the user if need be) on AWS, where `identity` is not used.
   */
  async signIn(identity: DevIdentity): Promise<SignedIn> {
    const url = this.session.serviceUrl;
    const config = await this.authConfig();
    const signedIn =
      config.mode === 'entra'
        ? holderOf(await this.entraTokens(config).interactive())
        : await devToken(url, identity, this.deps.fetchImpl);
    if (config.mode === 'development') await this.keep(url, identity, signedIn);
    this.session.signIn(signedIn);
    return signedIn;
  }

  /** Signs out and forgets the kept sign-in, so the next start does not sign in again by itself. */
  async signOut(): Promise<void> {
    const url = this.session.serviceUrl;
    this.session.signOut();
    await this.deps.kept.forget(url).catch(() => undefined);
  }

  /** Points at another service (signing out of this one) and restores that service's kept sign-in. */
  connect(serviceUrl: string): Promise<void> {
    this.session.setServiceUrl(serviceUrl);
    return this.restore();
  }

  /**
   * A fresh token for the signed-in user, without asking them; several callers share one renewal.
   * False, and signed out, when that is impossible.
   */
  renew(): Promise<boolean> {
    this.renewing ??= this.silentRenewal().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async silentRenewal(): Promise<boolean> {
    const url = this.session.serviceUrl;
    try {
      const signedIn = await this.silentSignIn(url, { reuseKept: false });
      if (!signedIn) throw new Error('nothing to renew');
      if (this.session.serviceUrl === url) this.session.signIn(signedIn);
      return true;
    } catch {
      if (this.session.serviceUrl === url) this.session.signOut();
      return false;
    }
  }

  /** A sign-in had without the user: the kept development role, or Entra's cache; undefined when none. */
  private async silentSignIn(
    url: string,
    { reuseKept }: { reuseKept: boolean } = { reuseKept: true },
  ): Promise<SignedIn | undefined> {
    const config = await this.authConfig();
    if (config.mode === 'entra') return holderOf(await this.entraTokens(config).silent());
    const kept = await this.deps.kept.get(url);
    if (!kept) return undefined;
    const keptHolder = holderOf(kept.token);
    if (reuseKept && this.fresh(keptHolder)) return keptHolder;
    const { token: _old, ...identity } = kept;
    const signedIn = await devToken(url, identity, this.deps.fetchImpl);
    await this.keep(url, identity, signedIn);
    return signedIn;
  }

  private fresh(signedIn: SignedIn): boolean {
    return signedIn.expiresAt === undefined || signedIn.expiresAt - this.now() > RENEW_BEFORE_MS;
  }

  private keep(url: string, identity: DevIdentity, signedIn: SignedIn): Promise<void> {
    // Failing to keep it costs a click tomorrow, not today's work.
    return this.deps.kept.set(url, { ...identity, token: signedIn.token }).catch(() => undefined);
  }

  private entraTokens(config: AuthConfig & { mode: 'entra' }): EntraTokens {
    const url = this.session.serviceUrl;
    if (this.entra?.url !== url) this.entra = { url, tokens: new EntraTokens(config, this.deps.entra) };
    return this.entra.tokens;
  }

  private scheduleRenewal(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const expiresAt = this.session.signedIn?.expiresAt;
    if (expiresAt === undefined) return;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, expiresAt - RENEW_BEFORE_MS - this.now()));
    this.timer = setTimeout(() => void this.renew(), delay);
    // In Node (tests, benchmarks) a pending renewal must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
