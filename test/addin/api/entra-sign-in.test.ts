import { UnsecuredJWT } from 'jose';
import { loadAuthConfig } from '../../../addin/api/auth-config';
import { EntraTokens, type EntraDeps, type TokenClient } from '../../../addin/api/entra-sign-in';
import { addinFetch } from '../../helpers/addin-api';
import { ENTRA_CONFIG as CONFIG } from '../../helpers/entra';
import { startLocalServer } from '../../helpers/local-server';

/** An access token as Entra issues it for the API, with app roles (the pane reads, never verifies, it). */
const accessToken = (roles: string[]) =>
  new UnsecuredJWT({ name: 'Maria Rossi', roles, oid: 'u-1' }).encode();

/** Entra cannot be reached from here: these stand in for MSAL and Office, recording what was asked. */
function fakes(options: { naa: boolean; silent: 'ok' | 'fails' }) {
  const calls: string[] = [];
  const client: TokenClient = {
    acquireTokenSilent: async (request) => {
      calls.push(`silent ${request.scopes.join(' ')}`);
      if (options.silent === 'fails') throw new Error('interaction_required');
      return { accessToken: accessToken(['finance']) };
    },
    acquireTokenPopup: async (request) => {
      calls.push(`popup ${request.scopes.join(' ')}`);
      return { accessToken: accessToken(['officer']) };
    },
  };
  const deps: EntraDeps = {
    nestedAppAuthSupported: () => options.naa,
    createNestableClient: async (config) => {
      calls.push(`nestable ${config.clientId}`);
      return client;
    },
    tokenFromDialog: async () => {
      calls.push('dialog');
      return accessToken(['admin']);
    },
  };
  return { calls, deps };
}

describe('EntraTokens', () => {
  it('signs in with nested app authentication silently where Office supports it, one client for all', async () => {
    const { calls, deps } = fakes({ naa: true, silent: 'ok' });
    const tokens = new EntraTokens(CONFIG, deps);

    const first = await tokens.interactive();
    await tokens.silent();

    expect(calls).toEqual([
      `nestable ${CONFIG.clientId}`,
      `silent ${CONFIG.scopes[0]}`,
      `silent ${CONFIG.scopes[0]}`,
    ]);
    expect(first).toBe(accessToken(['finance']));
  });

  it('falls back to a popup when no silent token can be had, and a silent-only ask then fails', async () => {
    const { calls, deps } = fakes({ naa: true, silent: 'fails' });
    const tokens = new EntraTokens(CONFIG, deps);

    expect(await tokens.interactive()).toBe(accessToken(['officer']));
    await expect(tokens.silent()).rejects.toThrow('interaction_required');
    expect(calls).toEqual([
      `nestable ${CONFIG.clientId}`,
      `silent ${CONFIG.scopes[0]}`,
      `popup ${CONFIG.scopes[0]}`,
      `silent ${CONFIG.scopes[0]}`,
    ]);
  });

  it('signs in through the Office dialog where NestedAppAuth 1.1 is missing, and never silently', async () => {
    const { calls, deps } = fakes({ naa: false, silent: 'ok' });
    const tokens = new EntraTokens(CONFIG, deps);

    expect(await tokens.interactive()).toBe(accessToken(['admin']));
    await expect(tokens.silent()).rejects.toThrow(
      'Signing in without nested app authentication needs the sign-in window',
    );
    expect(calls).toEqual(['dialog']);
  });
});

describe('loadAuthConfig', () => {
  it('learns development sign-in from the local server, with no 404', async () => {
    const server = await startLocalServer({ SPRING_SEED: 'false' });
    try {
      expect(await loadAuthConfig(server.url, addinFetch)).toEqual({ mode: 'development' });
    } finally {
      await server.stop();
    }
  });

  it("reads and checks a deployment's /auth-config.json", async () => {
    const serve =
      (body: unknown, status = 200) =>
      async () =>
        new Response(JSON.stringify(body), { status });

    expect(await loadAuthConfig('https://spring.example.it', serve(CONFIG))).toEqual(CONFIG);
    await expect(
      loadAuthConfig('https://spring.example.it', serve({ mode: 'entra', tenantId: 'x' })),
    ).rejects.toThrow('https://spring.example.it/auth-config.json is not a valid sign-in configuration');
    await expect(loadAuthConfig('https://spring.example.it', serve({}, 500))).rejects.toThrow(
      'https://spring.example.it/auth-config.json answered 500',
    );
    await expect(
      loadAuthConfig('https://spring.example.it', async () => {
        throw new TypeError('fetch failed');
      }),
    ).rejects.toThrow('no answer from https://spring.example.it (fetch failed)');
  });
});
