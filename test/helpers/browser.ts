import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { ROOT } from './local-server';

/** Where browser tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = path.join(ROOT, 'test-results');

/** Starts Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A browser context for the local server: trusts its self-signed certificate and aborts every request
 * that would leave localhost, so Microsoft's CDN is unreachable and pages fall back to the local office.js.
 * `blocked` collects the URLs refused.
 */
export async function localContext(
  browser: Browser,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: options.locale ?? 'en-US' });
  // Shorter than jest's own timeout, so a failing step names the element it waited for.
  context.setDefaultTimeout(10_000);
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return { context, blocked };
}
