import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { localSecurityHeaders, withHeaders } from '../../../functions/local/security-headers';
import { readScriptHashes, scriptHashes, writeScriptHashes } from '../../../scripts/script-hashes';
import { securityHeaders } from '../../../shared/http/security-headers';

const HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"; // of the empty string

describe('securityHeaders (shared/http/security-headers.ts)', () => {
  it('sends the CSP with the given script hashes, nosniff, the referrer policy and two years of HSTS', () => {
    const headers = securityHeaders([HASH]);

    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
    ]);
    expect(headers['Content-Security-Policy']).toContain(
      `script-src 'self' https://appsforoffice.microsoft.com ${HASH};`,
    );
    expect(headers['Content-Security-Policy']).toMatch(
      /frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com /,
    );
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });
});

describe('the local security headers (functions/local/security-headers.ts)', () => {
  it('are the shared ones without HSTS', () => {
    const { 'Strict-Transport-Security': hsts, ...rest } = securityHeaders([HASH]);

    expect(hsts).toBeDefined();
    expect(localSecurityHeaders([HASH])).toEqual(rest);
  });

  it('are set on every answer, replacing what a handler sent', async () => {
    const app = new Hono();
    app.use(withHeaders({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' }));
    app.get('/page', (c) => c.html('<p>hi</p>'));
    app.get('/own', (c) => c.text('x', 200, { 'Referrer-Policy': 'unsafe-url' }));

    const [page, own, missing] = await Promise.all(['/page', '/own', '/missing'].map((p) => app.request(p)));

    for (const response of [page, own, missing]) {
      expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response?.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(missing?.status).toBe(404);
  });
});

describe('the task pane script hashes (scripts/script-hashes.ts)', () => {
  const html = '<script src="office.js"></script><script>\n  go();\n</script><script> </script>';

  it('hash the inline scripts only', () => {
    expect(scriptHashes(html)).toEqual([
      `'sha256-${createHash('sha256').update('\n  go();\n').digest('base64')}'`,
    ]);
  });

  it("are read from the build's record, or computed from the page when there is none", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spring-hashes-'));
    writeFileSync(path.join(dir, 'taskpane.html'), html);

    expect(readScriptHashes(dir)).toEqual(scriptHashes(html));
    writeScriptHashes(dir);
    writeFileSync(path.join(dir, 'taskpane.html'), '<script>other();</script>');
    expect(readScriptHashes(dir)).toEqual(scriptHashes(html));
  });

  it('refuse a record that is not a list of strings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spring-hashes-'));
    writeFileSync(path.join(dir, 'script-hashes.json'), '{"a": 1}');

    expect(() => readScriptHashes(dir)).toThrow(/must be a JSON array/);
  });
});
