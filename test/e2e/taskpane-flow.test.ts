import path from 'node:path';
import type { BudgetLine } from '../../shared/schemas';
import { formatNumber } from '../../addin/i18n/format';
import { SCREENSHOTS } from '../helpers/browser';
import { expectState, openPane, pickEdition, signIn, type PanePage } from '../helpers/pane-page';
import { useServedBrowser } from '../helpers/served-browser';

const served = useServedBrowser();

const grid = ({ page }: PanePage, table: string) => page.getByRole('table', { name: table });

/** The budget lines of an edition as the service holds them now. */
async function budgetLines(edition: string): Promise<BudgetLine[]> {
  const { body } = await served.api.get(`/v1/editions/${edition}/budget`, { role: 'officer' });
  return (body as { items: BudgetLine[] }).items;
}

/** Inserts an edition's budget table and waits for the pane to say so. */
async function insertBudget(pane: PanePage, edition: string): Promise<void> {
  const rows = (await budgetLines(edition)).length;
  await pane.page.getByRole('button', { name: pane.t('insertBudget') }).click();
  await pane.page.getByText(pane.t('tableInserted', { rows, table: `Spring_Budget_${edition}` })).waitFor();
}

/** Types an amount into a budget line's cell of the preview grid, as a finance user does. */
async function typePaid(pane: PanePage, lineId: string, text: string): Promise<void> {
  const cell = pane.page.getByRole('textbox', {
    name: pane.t('editAmount', { field: pane.t('amountPaid'), line: lineId }),
  });
  await cell.fill(text);
  await cell.press('Enter');
}

const publish = (pane: PanePage) => pane.page.getByRole('button', { name: pane.t('publish') }).click();

describe('the task pane in preview mode', () => {
  it('inserts the projects of 2008 into the preview workbook, and refreshes them after the data changed', async () => {
    const pane = await openPane(served.browser, served.server.url, 'en');
    const { page, t } = pane;
    await signIn(pane, 'Carla Rossi', 'roleOfficer');
    await pickEdition(pane, 'Spring 3 (2008)');

    await page.getByRole('button', { name: t('insertProjects') }).click();
    await page.getByText(t('tableInserted', { rows: 100, table: 'Spring_Projects_2008' })).waitFor();

    expect(await grid(pane, 'Spring_Projects_2008').locator('tbody tr').count()).toBe(100);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pane-projects-2008.png'), fullPage: true });

    await insertBudget(pane, '2008');
    const [line] = await budgetLines('2008');
    if (!line) throw new Error('no budget line');
    await served.api.patch(
      `/v1/editions/2008/budget/${line.lineId}`,
      { paid: line.paid - 1234 },
      { role: 'finance', headers: { 'if-match': `"${line.version}"` } },
    );

    await page.getByRole('button', { name: t('refresh') }).click();
    await page
      .getByText(t('tablesRefreshed', { count: 2, tables: 'Spring_Budget_2008, Spring_Projects_2008' }))
      .waitFor();
    await page.getByRole('tab', { name: 'Budget 2008' }).click();
    const row = grid(pane, 'Spring_Budget_2008').locator('tbody tr', { hasText: line.lineId });
    expect(await row.locator('td').nth(6).textContent()).toBe(String(line.version + 1));
    await page.context().close();
  });

  it.each(['it', 'en'] as const)(
    "finance corrects amounts in the grid, publishes, meets a colleague's change made under another name, and resolves it both ways, each outcome said (%s)",
    async (language) => {
      const [mine, theirs] = [
        await openPane(served.browser, served.server.url, language),
        await openPane(served.browser, served.server.url, language),
      ];
      await signIn(mine, 'Carla Rossi', 'roleFinance');
      await signIn(theirs, 'Bruno Bianchi', 'roleFinance');
      await pickEdition(mine, 'Spring 2 (2007)');
      await pickEdition(theirs, 'Spring 2 (2007)');
      await insertBudget(mine, '2007');
      await insertBudget(theirs, '2007');
      const [first, second] = await budgetLines('2007');
      if (!first || !second) throw new Error('two budget lines needed');
      const { t } = mine;
      const paidOf = async (lineId: string) =>
        (await budgetLines('2007')).find((line) => line.lineId === lineId)?.paid;

      // Paid above committed is refused in the grid, as the service would refuse it.
      await typePaid(mine, first.lineId, String(first.committed + 1));
      await mine.page.getByText(t('editRefused', { reason: t('amountOrder') })).waitFor();
      await typePaid(mine, first.lineId, String(first.paid - 1));
      await publish(mine);
      await mine.page
        .getByText(t('published', { count: 1, lines: first.lineId }), { exact: false })
        .waitFor();
      expect(await paidOf(first.lineId)).toBe(first.paid - 1);

      await typePaid(theirs, second.lineId, String(second.paid - 2));
      await publish(theirs);
      await theirs.page
        .getByText(t('published', { count: 1, lines: second.lineId }), { exact: false })
        .waitFor();
      await typePaid(mine, second.lineId, String(second.paid - 3));
      await publish(mine);
      const conflict = mine.page.getByRole('group', { name: second.lineId });
      await conflict.waitFor();
      const text = await conflict.innerText();
      expect(text).toContain(t('conflictChangedBy', { who: 'Bruno Bianchi', when: '' }));
      const paidRow = conflict.getByRole('row', {
        name: `${t('amountPaid')} ≠ (${t('differs')})`,
        exact: false,
      });
      expect(
        (await paidRow.getByRole('cell').allInnerTexts()).map((cell) => cell.replace(/\s/g, ' ')),
      ).toEqual(
        [formatNumber(second.paid - 3, 'eur', language), formatNumber(second.paid - 2, 'eur', language)].map(
          (cell) => cell.replace(/\s/g, ' '),
        ),
      );
      expect(
        await conflict.getByRole('row', { name: t('amountAllocated'), exact: false }).innerText(),
      ).not.toContain('≠');
      await expectState(mine, 'conflict');
      await mine.page.screenshot({
        path: path.join(SCREENSHOTS, `pane-conflict-${language}.png`),
        fullPage: true,
      });

      await conflict.getByRole('button', { name: t('keepMine') }).click();
      await mine.page.getByText(t('keptMine', { line: second.lineId })).waitFor();
      expect(await paidOf(second.lineId)).toBe(second.paid - 3);

      await theirs.page.getByRole('button', { name: t('refresh') }).click();
      await theirs.page.getByText(t('tablesRefreshed', { count: 1, tables: 'Spring_Budget_2007' })).waitFor();
      await typePaid(theirs, second.lineId, String(second.paid - 4));
      await publish(theirs);
      await theirs.page
        .getByText(t('published', { count: 1, lines: second.lineId }), { exact: false })
        .waitFor();
      await typePaid(mine, second.lineId, String(second.paid - 5));
      await publish(mine);
      await conflict.getByRole('button', { name: t('takeTheirs') }).click();
      await mine.page.getByText(t('tookTheirs', { line: second.lineId })).waitFor();
      await conflict.waitFor({ state: 'detached' });
      expect(await paidOf(second.lineId)).toBe(second.paid - 4);
      const cell = mine.page.getByRole('textbox', {
        name: t('editAmount', { field: t('amountPaid'), line: second.lineId }),
      });
      expect((await cell.inputValue()).replace(/\s/g, ' ')).toBe(
        formatNumber(second.paid - 4, 'eur', language).replace(/\s/g, ' '),
      );
      await Promise.all([mine.page.context().close(), theirs.page.context().close()]);
    },
  );

  const DASHBOARD_LANGUAGES = [
    {
      locale: 'it-IT',
      language: 'it' as const,
      inserted: 'Cruscotto inserito nel foglio «Cruscotto 2008».',
      effectTable: /^Effetto del programma: variazione dal 2007 al 2010/,
      measures: { exporting: 'Esportazione', markets: 'Mercati', intensity: 'Intensità di export' },
      noise: 'non distinguibile da zero al 95%',
      firstChart: 'Stadio nel 2010, per stadio nel 2007',
      effectChart: 'Effetto sulle quote, dal 2007 al 2010 (intervallo al 95%)',
      eventChart: 'Studio di evento, esportazione: variazione dal 2007 a ogni anno (intervallo al 95%)',
    },
    {
      locale: 'en-US',
      language: 'en' as const,
      inserted: 'Dashboard inserted on the sheet “Dashboard 2008”.',
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
      const pane = await openPane(served.browser, served.server.url, language.language);
      const { page, t } = pane;
      await signIn(pane, 'Carla Rossi', 'roleOfficer');
      await pickEdition(pane, 'Spring 3 (2008)');

      await page.getByRole('button', { name: t('insertDashboard') }).click();
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
      await page.context().close();
    },
  );

  it('names every control, and works from the keyboard', async () => {
    const pane = await openPane(served.browser, served.server.url, 'en');
    const { page, t } = pane;
    await page.getByRole('textbox', { name: t('displayName') }).focus();
    await page.keyboard.type('Carla Rossi');
    await page.getByRole('combobox', { name: t('role') }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: t('signIn'), exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(t('signedInAs', { name: 'Carla Rossi', roles: t('roleFinance') })).waitFor();
    const insertBudgetButton = page.getByRole('button', { name: t('insertBudget'), disabled: false });
    await insertBudgetButton.waitFor();
    await insertBudgetButton.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/rows inserted in the table Spring_Budget_2009_2010/).waitFor();
    // The grid is reachable with Tab, and scrolls with the keyboard.
    const region = page.getByRole('region', {
      name: t('previewTable', { table: 'Spring_Budget_2009_2010' }),
    });
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);

    const tree = await page.locator('body').ariaSnapshot();
    const controls = tree
      .split('\n')
      .filter((line) => /^\s*- (button|combobox|tab|textbox|checkbox|option)\b/.test(line));
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(control).toMatch(/^\s*- \w+ "[^"]+"/);
    await page.context().close();
  });

  it('does not offer Publish to an officer', async () => {
    const pane = await openPane(served.browser, served.server.url, 'en');
    await signIn(pane, 'Carla Rossi', 'roleOfficer');

    expect(await pane.page.getByRole('button', { name: pane.t('publish') }).count()).toBe(0);
    expect(await pane.page.getByText(pane.t('publishHeading')).count()).toBe(0);
    await pane.page.context().close();
  });
});
