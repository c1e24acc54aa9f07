import path from 'node:path';
import type { Page } from 'playwright-core';
import { localContext, SCREENSHOTS } from '../helpers/browser';
import { editPreviewCells } from '../helpers/preview-pane';
import { useServedBrowser } from '../helpers/served-browser';

const served = useServedBrowser();

async function signedInPage(role: 'Officer' | 'Finance', locale = 'en-US'): Promise<Page> {
  const { context } = await localContext(served.browser, { locale });
  const page = await context.newPage();
  await page.goto(`${served.server.url}/taskpane.html`);
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('combobox', { name: 'Edition' }).waitFor();
  return page;
}

async function pickEdition(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Edition' }).click();
  await page.getByRole('option', { name: label }).click();
}

const grid = (page: Page, table: string) => page.getByRole('table', { name: table });

describe('the task pane in preview mode', () => {
  it('inserts the projects of 2008 into the preview workbook, and refreshes them after the data changed', async () => {
    const page = await signedInPage('Officer');
    await pickEdition(page, 'Spring 3 (2008)');

    await page.getByRole('button', { name: 'Insert projects' }).click();
    await page.getByText('Spring_Projects_2008: 100 rows inserted').waitFor();

    expect(await grid(page, 'Spring_Projects_2008').locator('tbody tr').count()).toBe(100);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pane-projects-2008.png'), fullPage: true });

    await page.getByRole('button', { name: 'Insert budget' }).click();
    await page.getByText(/Spring_Budget_2008: \d+ rows inserted/).waitFor();
    const { body } = await served.api.get('/v1/editions/2008/budget', { role: 'officer' });
    const line = (body as { items: { lineId: string; version: number; paid: number }[] }).items[0];
    if (!line) throw new Error('no budget line');
    await served.api.patch(
      `/v1/editions/2008/budget/${line.lineId}`,
      { paid: line.paid - 1234 },
      { role: 'finance', headers: { 'if-match': `"${line.version}"` } },
    );

    await page.getByRole('button', { name: 'Refresh all Spring tables' }).click();
    await page.getByText('Spring tables refreshed: Spring_Budget_2008, Spring_Projects_2008').waitFor();
    await page.getByRole('tab', { name: 'Budget 2008' }).click();
    const row = grid(page, 'Spring_Budget_2008').locator('tbody tr', { hasText: line.lineId });
    expect(await row.locator('td').nth(6).textContent()).toBe(String(line.version + 1));
    await page.context().close();
  });

  it('cancels a pull that takes long, leaving the workbook as it was', async () => {
    const page = await signedInPage('Officer');
    await page.route('**/v1/editions/2006/firms**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await pickEdition(page, 'Spring 1 (2006)');

    await page.getByRole('button', { name: 'Insert firms' }).click();
    await page.getByRole('status', { name: 'Reading from Spring…' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByText('Cancelled: the workbook was left as it was.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pane-cancelled.png'), fullPage: true });
    await page.context().close();
  });

  it("publishes a budget edit, and resolves a colleague's conflicting edit (from a second signed-in pane) both ways", async () => {
    const [mine, theirs] = [await signedInPage('Finance'), await signedInPage('Finance')];
    const insertBudget = async (page: Page) => {
      await pickEdition(page, 'Spring 2 (2007)');
      await page.getByRole('button', { name: 'Insert budget' }).click();
      await page.getByText(/Spring_Budget_2007: \d+ rows (inserted|updated in place)/).waitFor();
    };
    const publish = async (page: Page) =>
      page.getByRole('button', { name: 'Publish budget changes' }).click();
    const editPaid = (page: Page, lineId: string, paid: number) =>
      editPreviewCells(page, 'Spring_Budget_2007', 'Paid', [[lineId, paid]]);
    const serverPaid = async (lineId: string) =>
      (
        (await served.api.get('/v1/editions/2007/budget', { role: 'officer' })).body as {
          items: { lineId: string; paid: number }[];
        }
      ).items.find((line) => line.lineId === lineId)?.paid;
    await insertBudget(mine);
    const { body } = await served.api.get('/v1/editions/2007/budget', { role: 'officer' });
    const [first, second] = (body as { items: { lineId: string; paid: number }[] }).items;
    if (!first || !second) throw new Error('two budget lines needed');

    await editPaid(mine, first.lineId, first.paid - 1);
    await publish(mine);
    await mine.getByText(`Published: ${first.lineId}`).waitFor();

    await insertBudget(theirs);
    await editPaid(theirs, second.lineId, second.paid - 2);
    await publish(theirs);
    await theirs.getByText(`Published: ${second.lineId}`).waitFor();
    await editPaid(mine, second.lineId, second.paid - 3);
    await publish(mine);
    const conflict = mine.getByRole('group', { name: second.lineId });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`Theirs: `);
    await mine.screenshot({ path: path.join(SCREENSHOTS, 'pane-conflict.png'), fullPage: true });
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await mine.getByText(`Published: ${second.lineId}`).waitFor();
    expect(await serverPaid(second.lineId)).toBe(second.paid - 3);

    await theirs.getByRole('button', { name: 'Refresh all Spring tables' }).click();
    await theirs.getByText(/Spring tables refreshed/).waitFor();
    await editPaid(theirs, second.lineId, second.paid - 4);
    await publish(theirs);
    await theirs.getByText(`Published: ${second.lineId}`).waitFor();
    await editPaid(mine, second.lineId, second.paid - 5);
    await publish(mine);
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await serverPaid(second.lineId)).toBe(second.paid - 4);
    await Promise.all([mine.context().close(), theirs.context().close()]);
  });

  const DASHBOARD_LANGUAGES = [
    {
      locale: 'it-IT',
      labels: { signIn: 'Accedi', edition: 'Edizione', insert: 'Inserisci cruscotto' },
      inserted: 'Cruscotto inserito nel foglio Dashboard 2008',
      effectTable: /^Effetto del programma: variazione dal 2007 al 2010/,
      measures: { exporting: 'Esportazione', markets: 'Mercati', intensity: 'Intensità di export' },
      noise: 'non distinguibile da zero al 95%',
      firstChart: 'Stadio nel 2010, per stadio nel 2007',
      effectChart: 'Effetto sulle quote, dal 2007 al 2010 (intervallo al 95%)',
      eventChart: 'Studio di evento, esportazione: variazione dal 2007 a ogni anno (intervallo al 95%)',
    },
    {
      locale: 'en-US',
      labels: { signIn: 'Sign in', edition: 'Edition', insert: 'Insert dashboard' },
      inserted: 'Dashboard inserted on sheet Dashboard 2008',
      effectTable: /^Programme effect: change 2007 to 2010/,
      measures: { exporting: 'Exporting', markets: 'Markets', intensity: 'Export intensity' },
      noise: 'not distinguishable from zero at 95%',
      firstChart: 'Stage in 2010, by stage in 2007',
      effectChart: 'Effect on shares, 2007 to 2010 (95% interval)',
      eventChart: 'Event study, exporting: change from 2007 to each year (95% interval)',
    },
  ];

  it.each(DASHBOARD_LANGUAGES)(
    'inserts the 2008 dashboard in $locale: each effect with its 95% interval, its n and a plain reading, and charts drawn from them',
    async (language) => {
      const { context } = await localContext(served.browser, { locale: language.locale });
      const page = await context.newPage();
      await page.goto(`${served.server.url}/taskpane.html`);
      await page.getByRole('button', { name: language.labels.signIn }).click();
      await page.getByRole('combobox', { name: language.labels.edition }).click();
      await page.getByRole('option', { name: 'Spring 3 (2008)' }).click();

      await page.getByRole('button', { name: language.labels.insert }).click();
      await page.getByText(language.inserted).waitFor();

      const { body } = await served.api.get('/v1/editions/2008/indicators', { role: 'officer' });
      const { effect } = body as {
        effect: Record<
          'exporting' | 'markets' | 'intensity',
          { low: number; high: number; nAdmitted: number; nRejected: number }
        >;
      };
      const table = page.getByRole('table', { name: language.effectTable });
      for (const measure of ['exporting', 'markets', 'intensity'] as const) {
        const cells = await table
          .getByRole('row')
          .filter({
            has: page.getByRole('rowheader', { name: new RegExp(`^${language.measures[measure]}`) }),
          })
          .getByRole('cell')
          .allTextContents();
        const { low, high, nAdmitted, nRejected } = effect[measure];
        // Estimate, low, high, then the n of each group, then the reading.
        expect(cells.slice(3, 5)).toEqual([String(nAdmitted), String(nRejected)]);
        expect(cells[5]).toBe(low <= 0 && 0 <= high ? language.noise : '');
      }
      const charts = await page
        .getByRole('img')
        .evaluateAll((images) => images.map((i) => i.getAttribute('aria-label')));
      // The effect on shares (percentage points) and on markets per firm, each on its own axis.
      expect(charts).toHaveLength(8);
      expect(charts).toEqual(
        expect.arrayContaining([language.firstChart, language.effectChart, language.eventChart]),
      );
      await page.screenshot({
        path: path.join(SCREENSHOTS, `pane-dashboard-${language.locale.slice(0, 2)}.png`),
        fullPage: true,
      });
      // The pane is 320-420 px wide: nothing of the dashboard runs past it.
      for (const width of [420, 360]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect([width, overflow]).toEqual([width, 0]);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `pane-dashboard-${language.locale.slice(0, 2)}-${width}.png`),
          fullPage: true,
        });
      }
      await context.close();
    },
  );

  it('names every control, and works from the keyboard', async () => {
    const { context } = await localContext(served.browser);
    const page = await context.newPage();
    await page.goto(`${served.server.url}/taskpane.html`);
    await page.getByRole('combobox', { name: 'Role' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign in' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Signed in as Local finance').waitFor();
    const insertBudget = page.getByRole('button', { name: 'Insert budget', disabled: false });
    await insertBudget.waitFor();
    await insertBudget.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Spring_Budget_2006: \d+ rows inserted/).waitFor();

    const tree = await page.locator('body').ariaSnapshot();
    const controls = tree
      .split('\n')
      .filter((line) => /^\s*- (button|combobox|tab|textbox|checkbox|option)\b/.test(line));
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(control).toMatch(/^\s*- \w+ "[^"]+"/);
    await context.close();
  });

  it('does not offer Publish to an officer', async () => {
    const page = await signedInPage('Officer');

    expect(await page.getByRole('button', { name: 'Publish budget changes' }).count()).toBe(0);
    await page.context().close();
  });
});
