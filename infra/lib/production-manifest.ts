/**
 * The production add-in manifest: manifest.xml (the development one, on https://localhost:3000) with
 * every URL moved to the deployment's domain and the environment's own add-in Id (infra/lib/config.ts,
 * ADDIN_IDS). scripts/write-manifest.ts is its command line.
 */
import { OUTPUTS } from './outputs';

/** The origin the development manifest points at. */
export const DEVELOPMENT_ORIGIN = 'https://localhost:3000';

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/**
 * An add-in Id: "The GUID should be hyphenated, but have no other punctuation." ("Id element in the
 * manifest file", https://learn.microsoft.com/javascript/api/manifest/id)
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The manifest's `<Id>` element and its text (`<TaskpaneId>` and `id=` attributes are other things). */
const ID_ELEMENT = /<Id>([^<]*)<\/Id>/g;

/**
 * The deployment's host name from a domain or an https URL (`d1234.cloudfront.net`,
 * `https://spring.example.it/`); throws on anything else.
 */
export function normalizeDomain(value: string): string {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^https:\/\//, '')
    .replace(/\/$/, '');
  if (!HOST.test(host)) {
    throw new Error(
      `"${value}" is not a domain such as d1234abcd.cloudfront.net (no scheme but https, no path)`,
    );
  }
  return host;
}

/**
 * The site domain from a `cdk deploy --outputs-file` document (`{stack: {output: value}}`): the stack's
 * `SiteDomain` output; with several Spring Workbench stacks in the file, `stack` names which.
 */
export function domainFromOutputs(outputs: unknown, stack?: string): string {
  if (typeof outputs !== 'object' || outputs === null)
    throw new Error('the outputs file is not a JSON object');
  const candidates = Object.entries(outputs as Record<string, unknown>).filter(
    ([name, values]) =>
      (stack === undefined || name === stack) &&
      typeof values === 'object' &&
      values !== null &&
      typeof (values as Record<string, unknown>)[OUTPUTS.siteDomain] === 'string',
  );
  if (candidates.length !== 1) {
    const names = candidates.map(([name]) => name).join(', ');
    throw new Error(
      candidates.length === 0
        ? `no stack${stack ? ` named ${stack}` : ''} with a ${OUTPUTS.siteDomain} output in the outputs file`
        : `several stacks have a ${OUTPUTS.siteDomain} output (${names}): choose one with --stack`,
    );
  }
  const [, values] = candidates[0] as [string, Record<string, string>];
  return normalizeDomain(values[OUTPUTS.siteDomain] ?? '');
}

/**
 * The `<Id>` of a manifest; throws unless it has exactly one, holding a GUID.
 */
export function manifestId(xml: string): string {
  const found = [...xml.matchAll(ID_ELEMENT)].map(([, text]) => (text ?? '').trim());
  if (found.length !== 1) {
    throw new Error(
      found.length === 0
        ? 'the manifest has no <Id> to replace'
        : `the manifest has ${found.length} <Id> elements; it needs exactly one`,
    );
  }
  const [id = ''] = found;
  if (!GUID.test(id)) throw new Error(`the manifest's <Id> "${id}" is not a GUID`);
  return id;
}

/**
 * manifest.xml pointed at `https://<domain>`: every `https://localhost:3000` (URLs and AppDomain) replaced,
 * the `<Id>` replaced by `addinId` (the environment's, so that it installs beside the development add-in
 * and the other environment's), and the header comment (which describes the development manifest)
 * replaced by one that says where this file came from. Throws when the source has no development URL,
 * keeps a localhost one, or has no single GUID `<Id>`, and when `addinId` is no GUID or is the source's.
 */
export function productionManifest(developmentXml: string, domain: string, addinId: string): string {
  const origin = `https://${normalizeDomain(domain)}`;
  if (!developmentXml.includes(DEVELOPMENT_ORIGIN)) {
    throw new Error(`the manifest has no ${DEVELOPMENT_ORIGIN} URL to replace`);
  }
  if (!GUID.test(addinId)) throw new Error(`the add-in Id "${addinId}" is not a GUID`);
  const developmentId = manifestId(developmentXml);
  if (developmentId.toLowerCase() === addinId.toLowerCase()) {
    throw new Error(`the add-in Id ${addinId} is the development manifest's: each environment needs its own`);
  }
  const header = `<!-- Spring Workbench: the production manifest for ${origin}, written by scripts/write-manifest.ts
     from manifest.xml. Do not edit: change manifest.xml and write it again. -->`;
  const xml = developmentXml
    .replace(/^(<\?xml[^>]*\?>\s*)(<!--[\s\S]*?-->)?/, (_match, declaration: string, comment?: string) =>
      comment ? `${declaration}${header}` : `${declaration}${header}\n`,
    )
    .replace(ID_ELEMENT, `<Id>${addinId}</Id>`)
    .split(DEVELOPMENT_ORIGIN)
    .join(origin);
  if (/localhost|127\.0\.0\.1/.test(xml)) {
    throw new Error('the manifest still names localhost after the replacement: check manifest.xml by hand');
  }
  return xml;
}
