import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { DEVELOPMENT_AUTH_CONFIG } from '../../shared/api/auth';

/** Where the local server finds the files it serves besides the API. */
export interface StaticSiteDirs {
  /** The built add-in (`dist/addin`). */
  addinDir: string;
  /** The npm copy of office.js, served at `/office-js/` as the fallback for Microsoft's CDN. */
  officeJsDir: string;
}

/**
 * The add-in's pages and assets, plus the local office.js; the root redirects to the task pane.
 * `/auth-config.json` tells the pane to sign in with the server's own development tokens (on AWS the
 * deployment writes the Entra settings there instead).
 */
export function createStaticSite(dirs: StaticSiteDirs): Hono {
  const site = new Hono();
  site.get('/', (c) => c.redirect('/taskpane.html'));
  site.get('/auth-config.json', (c) => c.json(DEVELOPMENT_AUTH_CONFIG));
  site.use(
    '/office-js/*',
    serveStatic({ root: dirs.officeJsDir, rewriteRequestPath: (p) => p.replace(/^\/office-js/, '') }),
  );
  site.use('/*', serveStatic({ root: dirs.addinDir }));
  return site;
}
