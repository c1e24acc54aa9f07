import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../functions/auth/dev-tokens';

/** The local server's own signing key, read from its data folder (to forge tokens it would accept but for one claim). */
async function serverKey(dataDir: string) {
  const jwk = JSON.parse(readFileSync(path.join(dataDir, 'dev-signing-key.json'), 'utf8')) as JWK;
  return { jwk, key: await importJWK(jwk, 'ES256') };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Valid claims for the local server, which each attack then changes. */
export function goodClaims(roles: string[] = ['officer']): JWTPayload {
  return {
    sub: 'attacker',
    roles,
    iss: DEV_ISSUER,
    aud: DEV_AUDIENCE,
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
  };
}

/** Signs `claims` with the server's real key (ES256). */
export async function signWithServerKey(dataDir: string, claims: JWTPayload): Promise<string> {
  const { key } = await serverKey(dataDir);
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(key);
}

/** Every token attack of the suite, by name: each must be refused with 401. */
export async function hostileTokens(dataDir: string): Promise<Record<string, string>> {
  const { jwk } = await serverKey(dataDir);
  const { privateKey: otherKey } = await generateKeyPair('ES256');
  const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  const hmacWithPublicKey = new TextEncoder().encode(JSON.stringify(publicJwk));
  return {
    'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(goodClaims(['admin']))}.`,
    'HS256 signed with the public key': await new SignJWT(goodClaims(['admin']))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(hmacWithPublicKey),
    'wrong key': await new SignJWT(goodClaims(['admin'])).setProtectedHeader({ alg: 'ES256' }).sign(otherKey),
    expired: await signWithServerKey(dataDir, {
      ...goodClaims(),
      iat: nowSeconds() - 7200,
      exp: nowSeconds() - 3600,
    }),
    'not yet valid': await signWithServerKey(dataDir, { ...goodClaims(), nbf: nowSeconds() + 3600 }),
    'wrong issuer': await signWithServerKey(dataDir, { ...goodClaims(), iss: 'https://evil.example' }),
    'wrong audience': await signWithServerKey(dataDir, { ...goodClaims(), aud: 'another-api' }),
    'no expiry': await signWithServerKey(dataDir, {
      sub: 'x',
      roles: ['admin'],
      iss: DEV_ISSUER,
      aud: DEV_AUDIENCE,
    }),
    'tampered payload': await (async () => {
      const [header, , signature] = (await signWithServerKey(dataDir, goodClaims(['officer']))).split('.');
      return `${header}.${base64url(goodClaims(['admin']))}.${signature}`;
    })(),
    malformed: 'not-a-jwt',
  };
}
