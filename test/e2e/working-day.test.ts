/**
 * An officer's day in Excel, as far as it can be played without Excel: the built page in Chromium, with
 * a stand-in for Excel's runtime (test/helpers/office-host.ts) or in preview mode, on the real server.
 */
import { UnsecuredJWT } from 'jose';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { BudgetLine } from '../../shared/schemas';
import { localContext } from '../helpers/browser';
import { asExcelHost, callInExcel, officeHostState } from '../helpers/office-host';
import { editPreviewCells, previewRows } from '../helpers/preview-pane';
import { useServedBrowser } from '../helpers/served-browser';

const served = useServedBrowser();

const keptKey = () => `spring-workbench.sign-in.${served.server.url}`;

/** A page whose console errors are collected, the unreachable Office CDN aside. */
async function watchedPage(locale = 'en-US'): Promise<{ page: Page; errors: string[] }> {
  const { context } = await localContext(served.browser, { locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.location().url.startsWith('https://appsforoffice.microsoft.com/')) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function signInAs(page: Page, role: 'Officer' | 'Finance'): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill('Carla Rossi');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as`).waitFor();
}

describe('opening yesterday’s workbook (the runtime started by a calculation, the pane never shown)', () => {
  it('computes the cells with no click, from a kept development session whose token has expired', async () => {
    const { page } = await watchedPage();
    const expired = new UnsecuredJWT({ roles: ['officer'], name: 'Local officer' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .encode();
    await asExcelHost(page, { [keptKey()]: JSON.stringify({ role: 'officer', token: expired }) });
    await page.goto(`${served.server.url}/taskpane.html`);
    await page.waitForFunction(
      () => 'STAGE' in (window as never as { __officeHost: { registered: object } }).__officeHost.registered,
    );

    const stage = await callInExcel(page, 'Sheet1!B2', 'STAGE', 'F0001', null);

    const { body } = await served.api.get('/v1/firms/F0001', { role: 'officer' });
    const firm = body as { latestYear: number; years: Record<string, { stage: number }> };
    expect(stage).toBe(firm.years[String(firm.latestYear)]?.stage);
    // The kept session now holds the new token, not the expired one.
    const kept = JSON.parse((await officeHostState(page)).storage[keptKey()] ?? '{}') as { token?: string };
    expect(kept.token).not.toBe(expired);
    await page.context().close();
  });

  it('where no silent sign-in is possible the cells say "Sign in", and after a sign-in in the pane only those cells are recalculated', async () => {
    const { page } = await watchedPage();
    await asExcelHost(page);
    await page.goto(`${served.server.url}/taskpane.html`);
    await page.getByText('Not signed in').waitFor();

    const signInFirst = { code: '#N/A', message: 'Sign in to Spring in the task pane' };
    expect(await callInExcel(page, 'Sheet1!B2', 'STAGE', 'F0001', null)).toEqual(signInFirst);
    expect(await callInExcel(page, "'Budget 2008'!C7", 'BUDGET', '2008', 'region-tem', 'paid')).toEqual(
      signInFirst,
    );
    expect(await callInExcel(page, 'Sheet1!D4', 'HHI', [[50], [30]], null)).toBeCloseTo(0.5312, 4);
    expect((await officeHostState(page)).calculated).toEqual([]);

    await signInAs(page, 'Officer');
    await page.waitForFunction(
      () =>
        (window as never as { __officeHost: { calculated: string[] } }).__officeHost.calculated.length === 2,
    );

    const state = await officeHostState(page);
    expect(state.calculated.sort()).toEqual(['Budget 2008!C7', 'Sheet1!B2']);
    expect(state.fullCalculations).toBe(0);
    expect(typeof (await callInExcel(page, 'Sheet1!B2', 'STAGE', 'F0001', null))).toBe('number');
    await page.context().close();
  });
});

describe('the pane as loaded every day (preview mode)', () => {
  it.each([
    ['en-US', 'Signed in as'],
    ['it-IT', 'Accesso eseguito come'],
  ])('loads in %s with no console error, and a reload keeps the user signed in', async (locale, signedIn) => {
    const { page, errors } = await watchedPage(locale);
    await page.goto(`${served.server.url}/taskpane.html`);
    await page.getByRole('textbox', { name: locale === 'en-US' ? 'Your name' : 'Il tuo nome' }).fill('Carla');
    await page.getByRole('button', { name: locale === 'en-US' ? 'Sign in' : 'Accedi', exact: true }).click();
    await page.getByText(signedIn).waitFor();
    await page.getByRole('combobox', { name: locale === 'en-US' ? 'Edition' : 'Edizione' }).waitFor();

    await page.reload();
    await page.getByText(signedIn).waitFor();

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows "signed out" when the token can no longer be renewed, never a pane that looks signed in', async () => {
    const { page } = await watchedPage();
    await page.clock.install();
    await page.goto(`${served.server.url}/taskpane.html`);
    await signInAs(page, 'Officer');
    // The service stops issuing tokens (restarted elsewhere, say): the renewal before expiry fails.
    await page.route('**/v1/dev/token', (route) => route.fulfill({ status: 503, body: '{}' }));

    await page.clock.fastForward('08:00:00');

    await page.getByText('Not signed in').waitFor();
    expect(await page.getByText('Signed in as').count()).toBe(0);
    await page.context().close();
  });

  it('a publish that fails on its third row writes rows one and two back with their new versions and names the rest', async () => {
    const { page } = await watchedPage();
    await page.goto(`${served.server.url}/taskpane.html`);
    await signInAs(page, 'Finance');
    await page.getByRole('combobox', { name: 'Edition' }).click();
    await page.getByRole('option', { name: 'Spring 1 (2006)' }).click();
    await page.getByRole('button', { name: 'Insert budget' }).click();
    await page.getByText(/rows inserted in the table Spring_Budget_2006/).waitFor();
    const { body } = await served.api.get('/v1/editions/2006/budget', { role: 'officer' });
    const lines = (body as { items: BudgetLine[] }).items;
    const [first, second, third, fourth] = lines;
    if (!first || !second || !third || !fourth) throw new Error('four budget lines needed in 2006');
    await editPreviewCells(page, 'Spring_Budget_2006', 'Paid', [
      [first.lineId, first.paid - 100],
      [second.lineId, second.paid - 200],
      [third.lineId, 'trecento'],
      [fourth.lineId, fourth.paid - 400],
    ]);

    await page.getByRole('button', { name: 'Publish budget changes' }).click();

    await page
      .getByText(
        `2 lines published: ${first.lineId}, ${second.lineId}. The table now holds their new versions. ` +
          `Publishing stopped at line ${third.lineId}: the paid amount must be a number of 0 or more (the cell holds “trecento”). ` +
          `1 later line was not sent: ${fourth.lineId}.`,
      )
      .waitFor();
    const rows = await previewRows(page, 'Spring_Budget_2006', ['Line', 'Paid', 'Version']);
    expect(rows.slice(0, 4)).toEqual([
      [first.lineId, first.paid - 100, first.version + 1],
      [second.lineId, second.paid - 200, second.version + 1],
      [third.lineId, 'trecento', third.version],
      [fourth.lineId, fourth.paid - 400, fourth.version],
    ]);
    await page.context().close();
  });
});
