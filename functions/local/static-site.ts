import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Where the local server finds the files it serves besides the API. */
export interface StaticSiteDirs {
  /** The built add-in (`dist/addin`). */
  addinDir: string;
  /** The npm copy of office.js, served at `/office-js/` as the fallback for Microsoft's CDN. */
  officeJsDir: string;
}

/** The add-in's pages and assets, plus the local office.js; the root redirects to the task pane. */
export function createStaticSite(dirs: StaticSiteDirs): Hono {
  const site = new Hono();
  site.get('/', (c) => c.redirect('/taskpane.html'));
  site.use(
    '/office-js/*',
    serveStatic({ root: dirs.officeJsDir, rewriteRequestPath: (p) => p.replace(/^\/office-js/, '') }),
  );
  site.use('/*', serveStatic({ root: dirs.addinDir }));
  return site;
}
