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
    await status.getByText('Connected', { exact: true }).waitFor();

    expect(blocked.some((url) => url.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    expect(await page.evaluate(() => typeof Office)).toBe('object');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await status.textContent()).toContain(`Version: ${APP_VERSION}`);
    await expect(
      page.getByText('Preview: opened in a browser, outside Excel. Tables appear below the pane.').count(),
    ).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-status-en.png'), fullPage: true });
    await context.close();
  });

  it('speaks Italian when the display language is Italian, and switches back to English', async () => {
    const { context } = await localContext(browser, { locale: 'it-IT' });
    const page = await context.newPage();

    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('status', { name: 'Servizio' }).getByText('Connesso', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-status-it.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'Lingua' }).click();
    await page.getByRole('option', { name: 'English' }).click();

    await page.getByRole('status', { name: 'Service' }).getByText('Connected', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('checks the service address typed in, and keeps the current service and sign-in where nothing answers', async () => {
    const { context } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    const address = page.getByRole('textbox', { name: 'Service address' });
    expect(await address.inputValue()).toBe(server.url);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Bruno Bianchi');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const signedIn = page.getByRole('status', { name: 'Sign-in' });
    await signedIn.getByText('Signed in as Bruno Bianchi (Officer)').waitFor();

    await address.fill('not a url');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Write the address as a web address, for example https://localhost:3000').waitFor();
    await address.fill('http://localhost:1');
    await address.press('Enter');
    await page.getByText('The address must start with https://').waitFor();
    await address.fill('https://localhost:1');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page
      .getByText(`No Spring service answers at https://localhost:1: you stay connected to ${server.url}.`)
      .waitFor();
    await page.getByRole('status', { name: 'Service' }).getByText('Connected', { exact: true }).waitFor();
    expect(await signedIn.textContent()).toBe('Signed in as Bruno Bianchi (Officer)');

    await address.fill(server.url);
    await page.getByRole('button', { name: 'Connect' }).click();
    expect(await page.getByText('No Spring service answers').count()).toBe(0);
    await context.close();
  });

  it('signs in with a development role, which the SPRING functions on the page then use, and signs out', async () => {
    const { context } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText('Not signed in: the SPRING functions answer #N/A until you sign in.').waitFor();

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Write your name, so that colleagues know who changed what.').waitFor();
    await page.getByRole('textbox', { name: 'Your name' }).fill('  Carla Rossi ');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Finance' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const status = page.getByRole('status', { name: 'Sign-in' });
    await status.getByText('Carla Rossi').waitFor();
    expect(await status.textContent()).toBe('Signed in as Carla Rossi (Finance)');
    // The result of signing in has the focus, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Signed in as Carla Rossi (Finance)',
    );
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
