import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { manifestForPort, writePortManifest } from '../../../functions/local/port-manifest';
import { ROOT } from '../../helpers/local-server';

describe('the manifest for a PORT other than 3000', () => {
  it('moves every localhost:3000 URL of manifest.xml to the port, and nothing else', () => {
    const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

    const moved = manifestForPort(xml, 3443);

    expect(moved).not.toContain('localhost:3000');
    expect(moved.split('https://localhost:3443').length).toBe(xml.split('https://localhost:3000').length);
    expect(moved.replaceAll('https://localhost:3443', 'https://localhost:3000')).toBe(xml);
  });

  it('writes dist/manifest.localhost-<port>.xml, and nothing for port 3000', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spring-manifest-'));
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(
      path.join(root, 'manifest.xml'),
      '<Url DefaultValue="https://localhost:3000/taskpane.html"/>',
    );

    expect(await writePortManifest(root, 3000)).toBeUndefined();
    const file = await writePortManifest(root, 4000);

    expect(file).toBe(path.join(root, 'dist', 'manifest.localhost-4000.xml'));
    expect(readFileSync(file as string, 'utf8')).toBe(
      '<Url DefaultValue="https://localhost:4000/taskpane.html"/>',
    );
  });

  it('refuses a manifest with no localhost:3000 URL to move', () => {
    expect(() => manifestForPort('<Url DefaultValue="https://example.test/"/>', 4000)).toThrow(
      'the manifest has no https://localhost:3000 URL to move',
    );
  });
});
