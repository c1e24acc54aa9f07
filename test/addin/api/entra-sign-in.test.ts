import { UnsecuredJWT } from 'jose';
import { loadAuthConfig } from '../../../addin/api/auth-config';
import { entraSignIn, type EntraDeps, type TokenClient } from '../../../addin/api/entra-sign-in';
import { Session } from '../../../addin/api/session';
import type { AuthConfig } from '../../../shared/api/auth';
import { startLocalServer, fetchLocal } from '../../helpers/local-server';

const CONFIG: AuthConfig = {
  tenantId: '3f0c7a52-1b6e-4d8a-9c21-5e4f7b8d9a10',
  clientId: '5a7c9e21-3b4d-4e6f-8a1b-2c3d4e5f6a7b',
  scopes: ['api://8d2e6b14-7c3a-4f59-a1e8-0b9c2d4e6f71/access_as_user'],
};

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

describe('entraSignIn', () => {
  it('uses nested app authentication silently where Office supports it, and signs the session in', async () => {
    const session = new Session('https://spring.example.it');
    const { calls, deps } = fakes({ naa: true, silent: 'ok' });

    const signedIn = await entraSignIn(session, CONFIG, deps);

    expect(calls).toEqual([`nestable ${CONFIG.clientId}`, `silent ${CONFIG.scopes[0]}`]);
    expect(signedIn).toMatchObject({ name: 'Maria Rossi', roles: ['finance'] });
    expect(session.signedIn).toBe(signedIn);
  });

  it('falls back to a popup when no silent token can be had', async () => {
    const { calls, deps } = fakes({ naa: true, silent: 'fails' });

    const signedIn = await entraSignIn(new Session('https://spring.example.it'), CONFIG, deps);

    expect(calls).toEqual([
      `nestable ${CONFIG.clientId}`,
      `silent ${CONFIG.scopes[0]}`,
      `popup ${CONFIG.scopes[0]}`,
    ]);
    expect(signedIn.roles).toEqual(['officer']);
  });

  it('signs in through the Office dialog where NestedAppAuth 1.1 is missing', async () => {
    const { calls, deps } = fakes({ naa: false, silent: 'ok' });

    const signedIn = await entraSignIn(new Session('https://spring.example.it'), CONFIG, deps);

    expect(calls).toEqual(['dialog']);
    expect(signedIn.roles).toEqual(['admin']);
  });
});

describe('loadAuthConfig', () => {
  it('finds no Entra configuration on the local server, which signs its own tokens', async () => {
    const server = await startLocalServer({ SPRING_SEED: 'false' });
    try {
      const config = await loadAuthConfig(
        server.url,
        (input, init) => fetchLocal(String(input), init as never) as unknown as Promise<Response>,
      );
      expect(config).toBeUndefined();
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
    await expect(loadAuthConfig('https://spring.example.it', serve({ tenantId: 'x' }))).rejects.toThrow(
      'https://spring.example.it/auth-config.json is not a valid sign-in configuration',
    );
    await expect(loadAuthConfig('https://spring.example.it', serve({}, 500))).rejects.toThrow(
      'https://spring.example.it/auth-config.json answered 500',
    );
  });
});
