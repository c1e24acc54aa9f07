/**
 * The `'sha256-…'` CSP sources of the task pane's inline scripts, computed once by the build
 * (`dist/addin/script-hashes.json`) and read by the CDK app and the local server.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file, in the built add-in's folder, that holds the task pane's script hashes (a JSON array). */
export const SCRIPT_HASHES_FILE = 'script-hashes.json';

/** The page whose inline scripts the CSP allows. */
export const TASKPANE_PAGE = 'taskpane.html';

/**
 * `'sha256-…'` sources for the inline scripts of an HTML page, so that the CSP allows exactly them (the
 * task pane's office.js fallback) without `'unsafe-inline'`. Scripts with `src` and empty ones are skipped.
 */
export function scriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** Writes `<addinDir>/script-hashes.json` from `<addinDir>/taskpane.html` (the build calls it). */
export function writeScriptHashes(addinDir: string): void {
  const html = readFileSync(path.join(addinDir, TASKPANE_PAGE), 'utf8');
  writeFileSync(path.join(addinDir, SCRIPT_HASHES_FILE), `${JSON.stringify(scriptHashes(html))}\n`);
}

/**
 * The task pane's script hashes as the build recorded them, or computed from the built page when the
 * build did not record them.
 */
export function readScriptHashes(addinDir: string): string[] {
  const recorded = path.join(addinDir, SCRIPT_HASHES_FILE);
  if (existsSync(recorded)) {
    const hashes: unknown = JSON.parse(readFileSync(recorded, 'utf8'));
    if (!Array.isArray(hashes) || !hashes.every((hash) => typeof hash === 'string')) {
      throw new Error(`${recorded} must be a JSON array of CSP hash sources: run npm run build`);
    }
    return hashes;
  }
  return scriptHashes(readFileSync(path.join(addinDir, TASKPANE_PAGE), 'utf8'));
}
