/**
 * The pane as its users see it (issue 14): every state, errors included, at 360 and 420 px, in Italian
 * and English — no sideways scroll, no cut label, no WCAG 2.1 A/AA violation found by axe-core, no English
 * word in the Italian pane, and the focus on the result after each action.
 */
import type { Language } from '../../addin/i18n/language';
import { expectState, focusedText, openPane, pickEdition, signIn } from '../helpers/pane-page';
import { editPreviewCells } from '../helpers/preview-pane';
import { useServedBrowser } from '../helpers/served-browser';

const served = useServedBrowser();

describe.each<Language>(['it', 'en'])('the pane in %s', (language) => {
  it('fits, reads well and can be used by keyboard and screen reader in every state, errors included', async () => {
    const pane = await openPane(served.browser, served.server.url, language);
    const { page, t } = pane;
    await page.getByRole('button', { name: t('signIn'), exact: true, disabled: false }).waitFor();
    await page.getByText(t('connected'), { exact: true }).waitFor();
    await expectState(pane, 'signed out');

    // A newcomer's likeliest first error: an address where nothing runs. The pane stays where it was.
    await page.getByRole('textbox', { name: t('serviceAddress') }).fill('https://localhost:9');
    await page.getByRole('button', { name: t('connect') }).click();
    await page
      .getByText(t('addressDown', { address: 'https://localhost:9', current: served.server.url }))
      .waitFor();
    await page.getByText(t('connected'), { exact: true }).waitFor();
    await expectState(pane, 'bad address');

    await page.getByRole('button', { name: t('signIn'), exact: true }).click();
    await page.getByText(t('displayNameMissing')).waitFor();
    await expectState(pane, 'sign-in without a name');

    await signIn(pane, 'Carla Rossi', 'roleFinance');
    expect(await focusedText(pane)).toBe(t('signedInAs', { name: 'Carla Rossi', roles: t('roleFinance') }));
    // The most recent edition is picked, and shown.
    expect(await page.getByRole('combobox', { name: t('edition') }).textContent()).toBe(
      'Spring 4 (2009-2010)',
    );
    await expectState(pane, 'signed in');

    // A pull that takes long, cancelled: the focus goes to Cancel, then to the outcome.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v1/editions/2006/firms**', async (route) => {
      await held;
      await route.continue().catch(() => undefined); // the pane abandoned it
    });
    await pickEdition(pane, 'Spring 1 (2006)');
    await page.getByRole('button', { name: t('insertFirms') }).click();
    await page.getByRole('button', { name: t('cancel') }).waitFor();
    expect(await focusedText(pane)).toBe(t('cancel'));
    await expectState(pane, 'pulling');
    await page.getByRole('button', { name: t('cancel') }).click();
    await page.getByText(t('cancelled')).waitFor();
    release();
    expect(await focusedText(pane)).toBe(t('cancelled'));
    expect(await page.getByRole('table').count()).toBe(0);
    await expectState(pane, 'cancelled');

    // The service busy during a pull: said as such, in the pane's language, the service's text folded.
    await page.route('**/v1/editions/2006/projects**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'urn:spring:problem:ERR_STORE_UNAVAILABLE',
          title: 'Service Unavailable',
          status: 503,
          detail: 'The store is busy: try again in a minute',
        }),
      }),
    );
    await page.getByRole('button', { name: t('insertProjects') }).click();
    await page.getByText(t('errUnreachable')).waitFor();
    expect(await focusedText(pane)).toContain(t('errUnreachable'));
    await expectState(pane, 'pull failed');
    await page.unroute('**/v1/editions/2006/projects**');

    const { body } = await served.api.get('/v1/editions/2006/projects?limit=500', { role: 'officer' });
    const projects = (body as { items: unknown[] }).items.length;
    await page.getByRole('button', { name: t('insertProjects') }).click();
    await page.getByText(t('tableInserted', { rows: projects, table: 'Spring_Projects_2006' })).waitFor();
    expect(await focusedText(pane)).toBe(
      t('tableInserted', { rows: projects, table: 'Spring_Projects_2006' }),
    );
    await expectState(pane, 'projects inserted');

    await page.getByRole('button', { name: t('insertDashboard') }).click();
    await page
      .getByText(t('dashboardInserted', { sheet: language === 'it' ? 'Cruscotto 2006' : 'Dashboard 2006' }))
      .waitFor();
    await expectState(pane, 'dashboard inserted');

    // Finance's errors: a budget row holding text stops the publish there, said in the pane's words.
    await page.getByRole('button', { name: t('insertBudget') }).click();
    await page.getByText(new RegExp(`Spring_Budget_2006`)).first().waitFor();
    const [line] = (
      (await served.api.get('/v1/editions/2006/budget', { role: 'officer' })).body as {
        items: { lineId: string }[];
      }
    ).items;
    if (!line) throw new Error('no budget line in 2006');
    await editPreviewCells(page, 'Spring_Budget_2006', language === 'it' ? 'Pagato' : 'Paid', [
      [line.lineId, 'mille'],
    ]);
    await page.getByRole('button', { name: t('publish') }).click();
    const stopped = t('publishStopped', {
      line: line.lineId,
      reason: t('badAmount', { field: t('amountPaid'), value: 'mille' }),
    });
    await page.getByText(stopped).waitFor();
    expect(await focusedText(pane)).toBe(stopped);
    await expectState(pane, 'publish stopped');
    await page.context().close();
  }, 120_000);
});
