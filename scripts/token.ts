/**
 * `npm run -s token -- officer|finance|admin`: prints one development token for the local server
 * (signed with the key in SPRING_DATA_DIR, default .data/), and nothing else on stdout.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, type Role } from '../shared/schemas';
import { openDevTokens } from '../functions/auth/dev-tokens';
import { readLocalConfig } from '../functions/config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const role = process.argv[2];
  if (!ROLES.includes(role as Role)) {
    console.error(`usage: npm run -s token -- ${ROLES.join('|')}${role ? ` (not "${role}")` : ''}`);
    process.exit(2);
  }
  const tokens = await openDevTokens(readLocalConfig(process.env, ROOT).dataDir);
  process.stdout.write(`${await tokens.sign(role as Role)}\n`);
}

main().catch((error: unknown) => {
  console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
