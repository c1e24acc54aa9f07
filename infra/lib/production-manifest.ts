/**
 * The production add-in manifest: manifest.xml (the development one, on https://localhost:3000) with
 * every URL moved to the deployment's domain. scripts/write-manifest.ts is its command line.
 */
import { OUTPUTS } from './outputs';

/** The origin the development manifest points at. */
export const DEVELOPMENT_ORIGIN = 'https://localhost:3000';

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

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
 * manifest.xml pointed at `https://<domain>`: every `https://localhost:3000` (URLs and AppDomain) replaced,
 * and the header comment (which describes the development manifest) replaced by one that says where this
 * file came from. Throws when the source has no development URL or keeps a localhost one.
 */
export function productionManifest(developmentXml: string, domain: string): string {
  const origin = `https://${normalizeDomain(domain)}`;
  if (!developmentXml.includes(DEVELOPMENT_ORIGIN)) {
    throw new Error(`the manifest has no ${DEVELOPMENT_ORIGIN} URL to replace`);
  }
  const header = `<!-- Spring Workbench: the production manifest for ${origin}, written by scripts/write-manifest.ts
     from manifest.xml. Do not edit: change manifest.xml and write it again. -->`;
  const xml = developmentXml
    .replace(/^(<\?xml[^>]*\?>\s*)(<!--[\s\S]*?-->)?/, (_match, declaration: string, comment?: string) =>
      comment ? `${declaration}${header}` : `${declaration}${header}\n`,
    )
    .split(DEVELOPMENT_ORIGIN)
    .join(origin);
  if (/localhost|127\.0\.0\.1/.test(xml)) {
    throw new Error('the manifest still names localhost after the replacement: check manifest.xml by hand');
  }
  return xml;
}
