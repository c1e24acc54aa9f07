import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { Role } from '../../shared/schemas';
import type { Principal } from './principal';
import { nameFromClaim, rolesFromClaim } from './principal';

/** The local server's own tokens: ES256, this issuer and audience, eight hours. */
const ALGORITHM = 'ES256';
export const DEV_ISSUER = 'urn:spring-workbench:local';
export const DEV_AUDIENCE = 'urn:spring-workbench:api';
const LIFETIME = '8h';
const KEY_FILE = 'dev-signing-key.json';

type KeyLike = Awaited<ReturnType<typeof importJWK>>;

/** Signs and verifies the local server's development tokens with a key kept in the data folder. */
export interface DevTokens {
  /** A token of `role`, with the `name` claim when the user gave one. */
  sign: (role: Role, name?: string) => Promise<string>;
  verify: (token: string) => Promise<Principal>;
}

/**
 * Loads the signing key from `dataDir`, making one on first use, so the server and
 * `npm run token` (another process) sign and verify with the same key, even with an in-memory store.
 */
export async function openDevTokens(dataDir: string): Promise<DevTokens> {
  const file = path.join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    mkdirSync(dataDir, { recursive: true });
    // 'wx' fails if another process wrote the key in the meantime; theirs is then used.
    try {
      writeFileSync(file, JSON.stringify(await exportJWK(privateKey)), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const privateKey = (await importJWK(jwk, ALGORITHM)) as KeyLike;
  const { d: _private, ...publicJwk } = jwk;
  const publicKey = (await importJWK(publicJwk, ALGORITHM)) as KeyLike;
  return {
    sign: (role, name) =>
      new SignJWT({ roles: [role], ...(name ? { name } : {}) })
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
        .setSubject(`local-${role}`)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(LIFETIME)
        .sign(privateKey),
    verify: async (token) => {
      const { payload } = await jwtVerify(token, publicKey, {
        algorithms: [ALGORITHM],
        issuer: DEV_ISSUER,
        audience: DEV_AUDIENCE,
        requiredClaims: ['sub', 'exp'],
      });
      const name = nameFromClaim(payload.name);
      return {
        subject: String(payload.sub),
        roles: rolesFromClaim(payload.roles),
        ...(name ? { name } : {}),
      };
    },
  };
}
