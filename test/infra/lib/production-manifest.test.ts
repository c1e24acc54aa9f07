import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ADDIN_IDS, ENVIRONMENT_NAMES } from '../../../infra/lib/config';
import {
  domainFromOutputs,
  manifestId,
  normalizeDomain,
  productionManifest,
} from '../../../infra/lib/production-manifest';
import { ROOT } from '../synth';

const run = promisify(execFile);
const DEVELOPMENT = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEVELOPMENT_ID = '5b0c3a8e-6f2d-4c1e-9a7b-2d4e8f1a6c35';
const DOMAIN = 'd1a2b3c4d5e6f7.cloudfront.net';
const PROD_ID = ADDIN_IDS.prod;

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
    const xml = productionManifest(DEVELOPMENT, DOMAIN, PROD_ID);
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

  it('changes nothing but the URLs, the Id and the header comment', () => {
    const xml = productionManifest(DEVELOPMENT, DOMAIN, PROD_ID);
    const body = (text: string) => text.slice(text.indexOf('<OfficeApp'));

    expect(body(xml)).toBe(
      body(DEVELOPMENT)
        .split('https://localhost:3000')
        .join(`https://${DOMAIN}`)
        .replace(`<Id>${DEVELOPMENT_ID}</Id>`, `<Id>${PROD_ID}</Id>`),
    );
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
    expect(() => productionManifest('<?xml version="1.0"?><OfficeApp/>', DOMAIN, PROD_ID)).toThrow(
      new Error('the manifest has no https://localhost:3000 URL to replace'),
    );
  });

  it.each(ENVIRONMENT_NAMES)("gives the %s manifest that environment's own add-in Id", (env) => {
    const xml = productionManifest(DEVELOPMENT, DOMAIN, ADDIN_IDS[env]);

    expect(manifestId(DEVELOPMENT)).toBe(DEVELOPMENT_ID);
    expect(manifestId(xml)).toBe(ADDIN_IDS[env]);
    expect(xml).not.toContain(DEVELOPMENT_ID);
  });

  it("has one Id per environment, each a GUID unlike the development manifest's and the other's", () => {
    const ids = ENVIRONMENT_NAMES.map((env) => ADDIN_IDS[env].toLowerCase());

    expect(Object.keys(ADDIN_IDS).sort()).toEqual([...ENVIRONMENT_NAMES].sort());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect(new Set([DEVELOPMENT_ID, ...ids]).size).toBe(ids.length + 1);
  });

  it.each<[string, string, string]>([
    ['no <Id>', DEVELOPMENT.replace(`<Id>${DEVELOPMENT_ID}</Id>`, ''), 'the manifest has no <Id> to replace'],
    [
      'an <Id> that is no GUID',
      DEVELOPMENT.replace(`<Id>${DEVELOPMENT_ID}</Id>`, '<Id>spring-workbench</Id>'),
      'the manifest\'s <Id> "spring-workbench" is not a GUID',
    ],
    [
      'an <Id> cut short',
      DEVELOPMENT.replace(`<Id>${DEVELOPMENT_ID}</Id>`, `<Id>${DEVELOPMENT_ID.slice(0, 30)}</Id>`),
      `the manifest's <Id> "${DEVELOPMENT_ID.slice(0, 30)}" is not a GUID`,
    ],
    [
      'two <Id> elements',
      DEVELOPMENT.replace(
        `<Id>${DEVELOPMENT_ID}</Id>`,
        `<Id>${DEVELOPMENT_ID}</Id><Id>${DEVELOPMENT_ID}</Id>`,
      ),
      'the manifest has 2 <Id> elements; it needs exactly one',
    ],
  ])('refuses a source manifest with %s', (_case, source, message) => {
    expect(() => productionManifest(source, DOMAIN, PROD_ID)).toThrow(new Error(message));
  });

  it("refuses an add-in Id that is no GUID, or is the development manifest's", () => {
    expect(() => productionManifest(DEVELOPMENT, DOMAIN, 'prod')).toThrow(
      new Error('the add-in Id "prod" is not a GUID'),
    );
    expect(() => productionManifest(DEVELOPMENT, DOMAIN, DEVELOPMENT_ID.toUpperCase())).toThrow(
      new Error(
        `the add-in Id ${DEVELOPMENT_ID.toUpperCase()} is the development manifest's: each environment needs its own`,
      ),
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

  it('writes the prod manifest (the default) for the domain in the stack outputs file', async () => {
    const outputs = path.join(dir, 'cdk-outputs.json');
    const out = path.join(dir, 'nested', 'manifest.prod.xml');
    writeFileSync(outputs, JSON.stringify({ 'SpringWorkbench-prod': { SiteDomain: DOMAIN } }));

    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/write-manifest.ts', '--outputs', outputs, '--out', out],
      { cwd: ROOT },
    );

    expect(stdout).toContain(`is the prod add-in (Id ${PROD_ID}) on https://${DOMAIN}`);
    expect(readFileSync(out, 'utf8')).toBe(productionManifest(DEVELOPMENT, DOMAIN, PROD_ID));
  });

  it("writes the dev manifest with dev's Id, from the dev stack of an outputs file with both", async () => {
    const outputs = path.join(dir, 'both-outputs.json');
    const out = path.join(dir, 'manifest.dev.xml');
    const devDomain = 'd9e8f7a6b5c4d3.cloudfront.net';
    writeFileSync(
      outputs,
      JSON.stringify({
        'SpringWorkbench-prod': { SiteDomain: DOMAIN },
        'SpringWorkbench-dev': { SiteDomain: devDomain },
      }),
    );

    await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/write-manifest.ts', '--env', 'dev', '--outputs', outputs, '--out', out],
      { cwd: ROOT },
    );

    expect(readFileSync(out, 'utf8')).toBe(productionManifest(DEVELOPMENT, devDomain, ADDIN_IDS.dev));
  });

  it('refuses an environment it does not know', async () => {
    await expect(
      run(process.execPath, ['--import', 'tsx', 'scripts/write-manifest.ts', '--env', 'test', DOMAIN], {
        cwd: ROOT,
      }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('write-manifest failed: --env must be one of dev, prod, not "test"'),
    });
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
