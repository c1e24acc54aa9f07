/**
 * `manifest.xml` points at https://localhost:3000. When `npm start` serves another port (`PORT`), the
 * sideloaded manifest would load nothing: the server writes a copy for its own port instead, and says
 * where (README, "Sideloading the add-in").
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEVELOPMENT_ORIGIN } from '../../infra/lib/production-manifest';

/** `manifest.xml` with every `https://localhost:3000` moved to `port`. */
export function manifestForPort(xml: string, port: number): string {
  if (!xml.includes(DEVELOPMENT_ORIGIN))
    throw new Error(`the manifest has no ${DEVELOPMENT_ORIGIN} URL to move`);
  return xml.split(DEVELOPMENT_ORIGIN).join(`https://localhost:${port}`);
}

/**
 * Writes `dist/manifest.localhost-<port>.xml` from the checkout's `manifest.xml` when `port` is not 3000;
 * returns its path, or undefined when the checked-in manifest already points at the server.
 */
export async function writePortManifest(root: string, port: number): Promise<string | undefined> {
  if (port === 3000) return undefined;
  const xml = await readFile(path.join(root, 'manifest.xml'), 'utf8');
  const file = path.join(root, 'dist', `manifest.localhost-${port}.xml`);
  await writeFile(file, manifestForPort(xml, port));
  return file;
}
