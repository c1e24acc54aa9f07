/**
 * The task pane in preview mode, driven as its users drive it, in either language: labels are looked up
 * in the pane's own catalog, so a reworded button does not break every test; what a test asserts about
 * the words on screen, it writes out itself.
 */
import AxeBuilder from '@axe-core/playwright';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Browser, Page } from 'playwright-core';
import { translatorOf, type Translator } from '../../addin/i18n/catalog';
import type { Language } from '../../addin/i18n/language';
import { CATALOGS } from '../../addin/i18n/messages';
import { PANE_MESSAGES, type PaneMessage } from '../../addin/i18n/messages/pane';
import { APPLICATION_STATUSES, BUDGET_SOURCES, PROJECT_STATUSES } from '../../shared/schemas';
import { localContext } from './browser';

/** The task pane's widths in Excel: 320 px at the narrowest a user can drag it, 420 px wide. */
export const PANE_WIDTHS = [360, 420] as const;

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** A pane page and the words of its language. */
export interface PanePage {
  page: Page;
  language: Language;
  t: Translator<PaneMessage>;
}

/** Opens the pane in preview mode, in `language`, at the widest pane width. */
export async function openPane(browser: Browser, url: string, language: Language): Promise<PanePage> {
  const { context } = await localContext(browser, { locale: LOCALES[language] });
  const page = await context.newPage();
  await page.setViewportSize({ width: PANE_WIDTHS[1], height: 900 });
  await page.goto(`${url}/taskpane.html`);
  return { page, language, t: translatorOf(PANE_MESSAGES, language) };
}

/** Signs in with the development sign-in, as `name` in `role`, and waits for the edition list. */
export async function signIn(
  { page, t }: PanePage,
  name: string,
  role: 'roleOfficer' | 'roleFinance' | 'roleAdmin',
): Promise<void> {
  await page.getByRole('textbox', { name: t('displayName') }).fill(name);
  await page.getByRole('combobox', { name: t('role') }).click();
  await page.getByRole('option', { name: t(role) }).click();
  await page.getByRole('button', { name: t('signIn'), exact: true }).click();
  await page.getByRole('combobox', { name: t('edition') }).waitFor();
  await page.getByRole('button', { name: t('insertProjects'), disabled: false }).waitFor();
}

/** Picks an edition by its label ("Spring 2 (2007)"). */
export async function pickEdition({ page, t }: PanePage, label: string): Promise<void> {
  await page.getByRole('combobox', { name: t('edition') }).click();
  await page.getByRole('option', { name: label }).click();
}

/** How the page fits a width: its horizontal overflow, and the controls whose label is cut or off-screen. */
export async function fitAt(page: Page, width: number): Promise<{ overflow: number; clipped: string[] }> {
  await page.setViewportSize({ width, height: 900 });
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const controls = document.querySelectorAll(
      'button, [role="tab"], [role="combobox"], label, summary, .fui-MessageBar, input',
    );
    // A control inside a region the user scrolls sideways (a grid) is reached by scrolling it.
    const inScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const clipped = [...controls]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0) return false;
        const cut =
          element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
        return cut || (!inScroller(element) && (box.right > root.clientWidth + 1 || box.left < -1));
      })
      .map(
        (element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      );
    return { overflow: root.scrollWidth - root.clientWidth, clipped };
  });
}

/** The WCAG 2.1 A and AA violations axe-core finds on the page, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent UI's keyboard manager (tabster) puts invisible <i data-tabster-dummy> sentinels, hidden from
    // screen readers, around tab lists: focusing one moves the focus on at once (tabster's DummyInput.js).
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}

/** The text of a message, its `{places}` and plural keywords left out. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if ('options' in element)
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(' ');
      return ' ';
    })
    .join('');
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];

/** Every word of a language's messages, in every catalog. */
function catalogWords(language: Language): Set<string> {
  return new Set(
    Object.values(CATALOGS).flatMap((catalog) =>
      Object.values(catalog[language]).flatMap((message) => wordsOf(literalText(parse(message)))),
    ),
  );
}

/** Common English words a message from elsewhere (the service, office-js) would carry. */
const COMMON_ENGLISH = [
  'the',
  'and',
  'of',
  'to',
  'is',
  'was',
  'with',
  'for',
  'from',
  'this',
  'that',
  'by',
  'at',
  'on',
  'or',
  'an',
  'are',
  'has',
  'have',
  'nothing',
  'failed',
  'error',
  'unreachable',
  'busy',
  'rows',
  'inserted',
  'updated',
  'sign',
  'signed',
  'service',
  'table',
  'line',
  'must',
  'would',
  'answered',
  'refresh',
];

/**
 * The English words on an Italian page: words of the English catalogs that the Italian ones never use,
 * and common English words, outside `allowed` (data codes, ids, proper names).
 */
export async function englishWordsOn(page: Page, allowed: readonly string[]): Promise<string[]> {
  const italian = catalogWords('it');
  const english = new Set([...catalogWords('en'), ...COMMON_ENGLISH]);
  const allow = new Set(allowed.map((word) => word.toLowerCase()));
  // Ids such as Spring_Projects_2006 or NO_EXPORTS are names, not words.
  const text = (await page.locator('body').innerText()).replace(/\S*_\S*/g, ' ');
  return [...new Set(wordsOf(text))].filter(
    (word) => english.has(word) && !italian.has(word) && !allow.has(word),
  );
}

/** Words the Italian pane shows on purpose: proper names, acronyms, and the data codes cells keep. */
const ALLOWED_IN_ITALIAN = [
  ...PROJECT_STATUSES,
  ...APPLICATION_STATUSES,
  ...BUDGET_SOURCES,
  'yes', // the artisan flag's code
  'no',
  'Spring',
  'Workbench',
  'Regione',
  'Lombardia',
  'Microsoft',
  'Excel',
  'TEM',
  'HHI',
  'Gini',
  'ISTAT',
  'ICE',
  'Carla',
  'Rossi',
  'Bruno',
  'Bianchi',
];

/** Checks one state at both widths (and, in Italian, its words); axe at the pane's usual width. */
export async function expectState(pane: PanePage, state: string): Promise<void> {
  for (const width of PANE_WIDTHS) {
    expect([state, width, await fitAt(pane.page, width)]).toEqual([
      state,
      width,
      { overflow: 0, clipped: [] },
    ]);
  }
  expect([state, await accessibilityViolations(pane.page)]).toEqual([state, []]);
  if (pane.language === 'it') {
    expect([state, await englishWordsOn(pane.page, ALLOWED_IN_ITALIAN)]).toEqual([state, []]);
  }
}

/** The text of the element that has the focus: where a keyboard user landed. */
export const focusedText = (pane: PanePage) =>
  pane.page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
