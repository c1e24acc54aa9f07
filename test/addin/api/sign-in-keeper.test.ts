import { UnsecuredJWT } from 'jose';
import * as z from 'zod';
import type { EntraDeps } from '../../../addin/api/entra-sign-in';
import { createHttpClient } from '../../../addin/api/http';
import { KeptSignIns, type KeyValueStore } from '../../../addin/api/kept-sign-ins';
import { Session } from '../../../addin/api/session';
import { RENEW_BEFORE_MS, SignInKeeper } from '../../../addin/api/sign-in-keeper';
import type { Role } from '../../../shared/schemas';
import { ENTRA_CONFIG as CONFIG } from '../../helpers/entra';

const SERVICE = 'https://localhost:3000';
const HOUR = 3_600_000;

/** A token as the local server (or Entra) issues it, expiring at `expiresAt` (ms). */
const tokenFor = (role: Role, expiresAt: number, name?: string) =>
  new UnsecuredJWT({ roles: [role], ...(name ? { name } : {}) })
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .encode();

/** A memory store standing in for OfficeRuntime.storage. */
function memoryStore(entries: Record<string, string> = {}): KeyValueStore & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: async (key) => map.get(key) ?? null,
    setItem: async (key, value) => void map.set(key, value),
    removeItem: async (key) => void map.delete(key),
  };
}

/**
 * The local server as the keeper sees it: `/auth-config.json` and `POST /v1/dev/token`, plus one API
 * route whose answer depends on the token; `devTokenStatus` makes the token route fail.
 */
function localService(options: { devTokenStatus?: number; mode?: 'development' | 'entra' } = {}) {
  const asked: string[] = [];
  const accepted = new Set<string>();
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input));
    asked.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    if (url.pathname === '/auth-config.json')
      return Response.json(options.mode === 'entra' ? CONFIG : { mode: 'development' });
    if (url.pathname === '/v1/dev/token') {
      if (options.devTokenStatus) return new Response('{}', { status: options.devTokenStatus });
      const { role, name } = JSON.parse(String(init?.body)) as { role: Role; name?: string };
      const token = tokenFor(role, Date.now() + 8 * HOUR, name);
      accepted.add(token);
      return Response.json({ token });
    }
    const token = String((init?.headers as Record<string, string>).authorization).replace('Bearer ', '');
    return accepted.has(token)
      ? Response.json({ value: 42 })
      : Response.json({ detail: 'the token has expired' }, { status: 401 });
  }) as typeof fetch;
  return { asked, accepted, fetchImpl, options };
}

const NO_ENTRA: EntraDeps = {
  nestedAppAuthSupported: () => false,
  createNestableClient: async () => {
    throw new Error('no Entra here');
  },
  tokenFromDialog: async () => {
    throw new Error('no Entra here');
  },
};

function setUp(store: KeyValueStore, service: ReturnType<typeof localService>, entra = NO_ENTRA) {
  const session = new Session(SERVICE);
  const keeper = new SignInKeeper(session, {
    kept: new KeptSignIns(store),
    entra,
    fetchImpl: service.fetchImpl,
  });
  const http = createHttpClient(session, {
    fetchImpl: service.fetchImpl,
    signIn: { settled: () => keeper.settled(), renew: () => keeper.renew() },
  });
  const read = () => http.request('GET', '/v1/anything', { schema: z.object({ value: z.number() }) });
  return { session, keeper, read };
}

// Only the clock and timers are fake: fetch's Response and the promises still need the real microtask queue.
beforeEach(() =>
  jest.useFakeTimers({
    now: Date.UTC(2026, 10, 29, 9),
    doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'],
  }),
);
afterEach(() => jest.useRealTimers());

describe('SignInKeeper, development sign-in', () => {
  it('restores a kept session whose token has expired with a new token for its role and name, and requests wait for it', async () => {
    const expired = tokenFor('finance', Date.now() - HOUR);
    const store = memoryStore({
      [`spring-workbench.sign-in.${SERVICE}`]: JSON.stringify({
        role: 'finance',
        name: 'Carla',
        token: expired,
      }),
    });
    const service = localService();
    const { session, keeper, read } = setUp(store, service);

    void keeper.restore();
    const value = await read();

    expect(value).toEqual({ value: 42 });
    expect(session.signedIn).toMatchObject({ name: 'Carla', roles: ['finance'] });
    expect(session.signedIn?.token).not.toBe(expired);
    expect(service.asked).toEqual(['GET /auth-config.json', 'POST /v1/dev/token', 'GET /v1/anything']);
    expect(JSON.parse(store.entries.get(`spring-workbench.sign-in.${SERVICE}`) ?? '{}')).toEqual({
      role: 'finance',
      name: 'Carla',
      token: session.signedIn?.token,
    });
  });

  it('reuses a kept token that is still fresh, asking the service for nothing', async () => {
    const service = localService();
    const fresh = tokenFor('officer', Date.now() + HOUR);
    service.accepted.add(fresh);
    const store = memoryStore({
      [`spring-workbench.sign-in.${SERVICE}`]: JSON.stringify({ role: 'officer', token: fresh }),
    });
    const { session, keeper } = setUp(store, service);

    await keeper.restore();

    expect(session.signedIn?.token).toBe(fresh);
    expect(service.asked).toEqual(['GET /auth-config.json']);
  });

  it('stays signed out when nothing is kept: a request then says "Sign in"', async () => {
    const { session, keeper, read } = setUp(memoryStore(), localService());

    await keeper.restore();

    expect(session.signedIn).toBeUndefined();
    await expect(read()).rejects.toThrow('Sign in to Spring in the task pane');
  });

  it(`renews the token ${RENEW_BEFORE_MS / 60_000} minutes before it expires`, async () => {
    const service = localService();
    const { session, keeper } = setUp(memoryStore(), service);
    await keeper.signIn({ role: 'officer' });
    const first = session.signedIn;
    const expiresAt = first?.expiresAt ?? 0;

    await jest.advanceTimersByTimeAsync(expiresAt - RENEW_BEFORE_MS - Date.now() - 1);
    expect(session.signedIn).toBe(first);
    await jest.advanceTimersByTimeAsync(2);

    expect(session.signedIn?.token).not.toBe(first?.token);
    expect(session.signedIn?.expiresAt).toBeGreaterThan(expiresAt);
    expect(service.asked.filter((line) => line === 'POST /v1/dev/token')).toHaveLength(2);
  });

  it('on a 401 renews once and tries again, then answers', async () => {
    const service = localService();
    const { session, keeper, read } = setUp(memoryStore(), service);
    await keeper.signIn({ role: 'officer' });
    // The service no longer takes this token (a restart with a new key, say).
    service.accepted.clear();

    expect(await read()).toEqual({ value: 42 });
    expect(service.asked.slice(-3)).toEqual(['GET /v1/anything', 'POST /v1/dev/token', 'GET /v1/anything']);
    expect(session.signedIn).toBeDefined();
  });

  it('several 401s at once share one renewal', async () => {
    const service = localService();
    const { keeper, read } = setUp(memoryStore(), service);
    await keeper.signIn({ role: 'officer' });
    service.accepted.clear();

    expect(await Promise.all([read(), read(), read()])).toEqual([
      { value: 42 },
      { value: 42 },
      { value: 42 },
    ]);
    expect(service.asked.filter((line) => line === 'POST /v1/dev/token')).toHaveLength(2);
  });

  it('a renewal that fails signs the session out, and the request says "Sign in"', async () => {
    const service = localService();
    const { session, keeper, read } = setUp(memoryStore(), service);
    await keeper.signIn({ role: 'officer' });
    service.accepted.clear();
    // From now on the token route fails.
    service.options.devTokenStatus = 503;
    const changes: (string | undefined)[] = [];
    session.onChange((changed) => changes.push(changed.signedIn?.name));

    await expect(read()).rejects.toThrow('Sign in to Spring in the task pane (the token has expired)');
    expect(session.signedIn).toBeUndefined();
    expect(changes).toEqual([undefined]);
  });

  it('signing out forgets the kept session, so the next start does not sign in', async () => {
    const store = memoryStore();
    const service = localService();
    const { keeper } = setUp(store, service);
    await keeper.signIn({ role: 'admin' });
    expect(store.entries.size).toBe(1);

    await keeper.signOut();

    expect(store.entries.size).toBe(0);
    const next = setUp(store, service);
    await next.keeper.restore();
    expect(next.session.signedIn).toBeUndefined();
  });
});

describe('SignInKeeper, Entra sign-in (MSAL fakes)', () => {
  const entra = (silent: 'ok' | 'fails'): EntraDeps & { calls: string[] } => {
    const calls: string[] = [];
    return {
      calls,
      nestedAppAuthSupported: () => true,
      createNestableClient: async () => ({
        acquireTokenSilent: async () => {
          calls.push('silent');
          if (silent === 'fails') throw new Error('interaction_required');
          return { accessToken: tokenFor('finance', Date.now() + HOUR, 'Maria Rossi') };
        },
        acquireTokenPopup: async () => {
          calls.push('popup');
          return { accessToken: tokenFor('finance', Date.now() + HOUR, 'Maria Rossi') };
        },
      }),
      tokenFromDialog: async () => {
        throw new Error('not used');
      },
    };
  };

  it("restores silently from MSAL's cache when the runtime starts", async () => {
    const deps = entra('ok');
    const { session, keeper } = setUp(memoryStore(), localService({ mode: 'entra' }), deps);

    await keeper.restore();

    expect(session.signedIn).toMatchObject({ name: 'Maria Rossi', roles: ['finance'] });
    expect(deps.calls).toEqual(['silent']);
  });

  it('stays signed out where silent sign-in needs the user, and never opens a popup by itself', async () => {
    const deps = entra('fails');
    const { session, keeper, read } = setUp(memoryStore(), localService({ mode: 'entra' }), deps);

    await keeper.restore();

    expect(session.signedIn).toBeUndefined();
    await expect(read()).rejects.toThrow('Sign in to Spring in the task pane');
    expect(deps.calls).toEqual(['silent']);
  });

  it('renews silently before expiry, and signs out when MSAL can no longer renew', async () => {
    const deps = entra('ok');
    const { session, keeper } = setUp(memoryStore(), localService({ mode: 'entra' }), deps);
    await keeper.signIn({ role: 'officer' });
    const first = session.signedIn;

    await jest.advanceTimersByTimeAsync(HOUR - RENEW_BEFORE_MS + 1_000);
    expect(session.signedIn?.expiresAt).toBeGreaterThan(first?.expiresAt ?? 0);
    expect(deps.calls).toEqual(['silent', 'silent']);

    const failing = entra('fails');
    (keeper as unknown as { entra: undefined }).entra = undefined;
    Object.assign(deps, { createNestableClient: failing.createNestableClient });
    await jest.advanceTimersByTimeAsync(HOUR);

    expect(session.signedIn).toBeUndefined();
  });
});
