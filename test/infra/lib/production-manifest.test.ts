import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  domainFromOutputs,
  normalizeDomain,
  productionManifest,
} from '../../../infra/lib/production-manifest';
import { ROOT } from '../synth';

const run = promisify(execFile);
const DEVELOPMENT = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DOMAIN = 'd1a2b3c4d5e6f7.cloudfront.net';

/** Every URL-valued attribute and AppDomain of a manifest. */
function urls(xml: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && /^https?:/.test(value)) found.push(value);
      else if (key === 'AppDomain') found.push(...[value].flat().map(String));
      else walk(value);
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml));
  return found;
}

describe('the production manifest (infra/lib/production-manifest.ts)', () => {
  it('points every URL and the app domain at the deployment, and stays well-formed', () => {
    const xml = productionManifest(DEVELOPMENT, DOMAIN);
    const all = urls(xml);

    expect(XMLValidator.validate(xml)).toBe(true);
    expect(all.length).toBe(urls(DEVELOPMENT).length);
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((url) => url === `https://${DOMAIN}` || url.startsWith(`https://${DOMAIN}/`))).toBe(
      true,
    );
    expect(xml).toContain(`<AppDomain>https://${DOMAIN}</AppDomain>`);
    expect(xml).toContain(`<SourceLocation DefaultValue="https://${DOMAIN}/taskpane.html"/>`);
    expect(xml).not.toMatch(/localhost/);
  });

  it('changes nothing but the URLs and the header comment', () => {
    const xml = productionManifest(DEVELOPMENT, DOMAIN);
    const body = (text: string) => text.slice(text.indexOf('<OfficeApp'));

    expect(body(xml)).toBe(body(DEVELOPMENT).split('https://localhost:3000').join(`https://${DOMAIN}`));
    expect(xml).toMatch(/^<\?xml[^>]*\?>\n<!-- Spring Workbench: the production manifest for https:\/\/d1a2/);
    expect(xml).not.toContain('development manifest');
  });

  it('accepts a URL or a domain, and refuses anything else', () => {
    expect(normalizeDomain('https://Spring.Example.it/')).toBe('spring.example.it');
    expect(normalizeDomain(DOMAIN)).toBe(DOMAIN);
    for (const bad of ['http://x.cloudfront.net', 'x.cloudfront.net/path', 'localhost:3000', '', 'a b.com']) {
      expect(() => normalizeDomain(bad)).toThrow(/is not a domain/);
    }
  });

  it('reads the SiteDomain output of cdk deploy --outputs-file', () => {
    const outputs = {
      'SpringWorkbench-prod': { SiteDomain: DOMAIN, TableName: 't' },
      Other: { Something: 'x' },
    };

    expect(domainFromOutputs(outputs)).toBe(DOMAIN);
    expect(domainFromOutputs(outputs, 'SpringWorkbench-prod')).toBe(DOMAIN);
    expect(() => domainFromOutputs(outputs, 'SpringWorkbench-dev')).toThrow(
      /no stack named SpringWorkbench-dev/,
    );
    expect(() =>
      domainFromOutputs({ ...outputs, 'SpringWorkbench-dev': { SiteDomain: 'd9.cloudfront.net' } }),
    ).toThrow(/choose one with --stack/);
  });

  it('refuses a manifest without the development URL', () => {
    expect(() => productionManifest('<?xml version="1.0"?><OfficeApp/>', DOMAIN)).toThrow(
      /no https:\/\/localhost:3000/,
    );
  });
});

describe('scripts/write-manifest.ts', () => {
  jest.setTimeout(30_000);
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spring-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the manifest for the domain in the stack outputs file', async () => {
    const outputs = path.join(dir, 'cdk-outputs.json');
    const out = path.join(dir, 'nested', 'manifest.prod.xml');
    writeFileSync(outputs, JSON.stringify({ 'SpringWorkbench-prod': { SiteDomain: DOMAIN } }));

    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/write-manifest.ts', '--outputs', outputs, '--out', out],
      { cwd: ROOT },
    );

    expect(stdout).toContain(`points at https://${DOMAIN}`);
    expect(readFileSync(out, 'utf8')).toBe(productionManifest(DEVELOPMENT, DOMAIN));
  });

  it('fails with its usage when given neither a domain nor --outputs', async () => {
    await expect(
      run(process.execPath, ['--import', 'tsx', 'scripts/write-manifest.ts'], { cwd: ROOT }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('usage: npx tsx scripts/write-manifest.ts'),
    });
  });
});
