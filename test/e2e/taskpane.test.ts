import path from 'node:path';
import type { Browser } from 'playwright-core';
import { APP_VERSION } from '../../functions/version';
import { launchChromium, localContext, SCREENSHOTS } from '../helpers/browser';
import { startLocalServer, type LocalServerProcess } from '../helpers/local-server';

describe('the task pane in a plain browser (preview mode)', () => {
  let server: LocalServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startLocalServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('falls back to the local office.js and shows the service status in English', async () => {
    const { context, blocked } = await localContext(browser, { locale: 'en-US' });
    const page = await context.newPage();

    await page.goto(`${server.url}/taskpane.html`);
    const status = page.getByRole('status', { name: 'Service' });
    await status.getByText('Connected').waitFor();

    expect(blocked.some((url) => url.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    expect(await page.evaluate(() => typeof Office)).toBe('object');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await status.textContent()).toContain(`Version: ${APP_VERSION}`);
    await expect(page.getByText('Preview mode: opened outside Excel.').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-status-en.png'), fullPage: true });
    await context.close();
  });

  it('speaks Italian when the display language is Italian, and switches back to English', async () => {
    const { context } = await localContext(browser, { locale: 'it-IT' });
    const page = await context.newPage();

    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('status', { name: 'Servizio' }).getByText('Connesso').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-status-it.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'Lingua' }).click();
    await page.getByRole('option', { name: 'English' }).click();

    await page.getByRole('status', { name: 'Service' }).getByText('Connected').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('checks the service address typed in, and connects to it', async () => {
    const { context } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    const address = page.getByRole('textbox', { name: 'Service address' });
    expect(await address.inputValue()).toBe(server.url);

    await address.fill('not a url');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Give the service address as a URL, e.g. https://localhost:3000').waitFor();
    await address.fill('http://localhost:1');
    await address.press('Enter');
    await page.getByText('The service must be reached over HTTPS').waitFor();
    await address.fill('https://localhost:1');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Spring service unreachable').waitFor();

    await address.fill(server.url);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('status', { name: 'Service' }).getByText('Connected').waitFor();
    await context.close();
  });

  it('signs in with a development role, which the SPRING functions on the page then use, and signs out', async () => {
    const { context } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText('Not signed in: the SPRING functions answer #N/A until you sign in.').waitFor();

    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Finance' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();

    const status = page.getByRole('status', { name: 'Sign-in' });
    await status.getByText('Local finance').waitFor();
    expect(await status.textContent()).toBe('Signed in as Local finance (Finance)');
    // One runtime: the functions bundle loaded by the same page sees the task pane's sign-in.
    const stage = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as {
          springWorkbench: { client: { firm: (id: string) => Promise<{ latestYear: number } | null> } };
        }
      ).springWorkbench;
      return (await runtime.client.firm('F0001'))?.latestYear;
    });
    expect(typeof stage).toBe('number');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-signed-in.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Not signed in: the SPRING functions answer #N/A until you sign in.').waitFor();
    await context.close();
  });
});
