/**
 * `npm run screenshots`: the README's pictures of the task pane, made from the current build. Starts the
 * built local server (`dist/local/start.js`) on a free port with an in-memory store seeded with the
 * synthetic sample, opens the pane in Debian's Chromium (preview mode, as a plain browser opens it) in
 * Italian and in English, and writes `docs/screenshots/<state>-<it|en>.png` for every state of
 * {@link SCREENSHOT_STATES}. Nothing leaves localhost: the browser aborts every other request.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { Agent, fetch } from 'undici';
import { translatorOf } from '../addin/i18n/catalog';
import { LOCALES, type Language } from '../addin/i18n/language';
import { PANE_MESSAGES } from '../addin/i18n/messages/pane';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { spawnLocalServer } from './local-server-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the pictures go, relative to the checkout (the README links them from there). */
export const SCREENSHOT_DIR = 'docs/screenshots';

/** The pane's states the README shows, in the order they are taken. */
export const SCREENSHOT_STATES = [
  'signed-out',
  'signed-in',
  'projects',
  'dashboard',
  'conflict',
  'error',
] as const;

/** A state of the pane the README shows. */
export type ScreenshotState = (typeof SCREENSHOT_STATES)[number];

/** The languages, in the order they are taken: Italian first, the programme's own. */
export const SCREENSHOT_LANGUAGES: readonly Language[] = ['it', 'en'];

/** The edition every picture shows, and its tables (names are Spring's, the same in both languages). */
const EDITION = '2008';
const PROJECTS_TABLE = `Spring_Projects_${EDITION}`;
const BUDGET_TABLE = `Spring_Budget_${EDITION}`;

/**
 * Every label the script finds the pane's controls by, looked up in the pane's own catalog
 * (addin/i18n/messages/pane.ts), so that a reworded label moves the script with it.
 */
export function paneLabels(language: Language) {
  const t = translatorOf(PANE_MESSAGES, language);
  return {
    /** role status: the service's status block */
    serviceStatus: t('serviceHeading'),
    connected: t('connected'),
    /** textbox and button of the service address */
    serviceAddress: t('serviceAddress'),
    connect: t('connect'),
    /** textbox, combobox and options of the development sign-in */
    displayName: t('displayName'),
    role: t('role'),
    officer: t('roleOfficer'),
    finance: t('roleFinance'),
    signIn: t('signIn'),
    /** combobox of the edition */
    edition: t('edition'),
    insertProjects: t('insertProjects'),
    insertBudget: t('insertBudget'),
    insertDashboard: t('insertDashboard'),
    publish: t('publish'),
    /** heading of the preview workbook, where the dashboard's picture starts */
    previewHeading: t('previewHeading'),
    /** the button of a pull in progress */
    cancel: t('cancel'),
    /** the title of the pane's message when an action failed */
    failed: t('failed'),
    /** a budget line's paid amount, as its cell in the preview grid is named */
    paidOf: (line: string) => t('editAmount', { field: t('amountPaid'), line }),
    /** what the pane says when nothing answers at the address given */
    addressDown: (address: string, current: string) => t('addressDown', { address, current }),
  };
}

/** A state's picture in a language, relative to the checkout: `docs/screenshots/<state>-<language>.png`. */
export function screenshotPath(state: ScreenshotState, language: Language): string {
  return `${SCREENSHOT_DIR}/${state}-${language}.png`;
}

/** How long one step may wait for the pane (the machine may be busy: generous). */
const STEP_TIMEOUT_MS = 30_000;
/** A task pane's width, about what Excel gives it. */
const PANE_WIDTH = 420;
/** The dashboard is taller than this: its picture shows the first part, which keeps it under 200 KB. */
const MAX_SHOT_HEIGHT = 2_400;
const SERVER_START_TIMEOUT_MS = 180_000;

/** The built local server, started here. */
interface Served {
  url: string;
  caPath: string;
  stop: () => Promise<void>;
}

/** Starts `dist/local/start.js` on a free port, store in memory, seeded; resolves when it serves. */
async function startServer(work: string): Promise<Served> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    SPRING_STORE: 'memory',
    SPRING_SEED: 'true',
    SPRING_TABLE: 'spring',
    SPRING_DATA_DIR: path.join(work, 'data'),
    SPRING_CERT_DIR: path.join(work, 'certs'),
  };
  // Its own DynamoDB Local, whatever the shell points at.
  delete env.DYNAMODB_ENDPOINT;
  const server = await spawnLocalServer(ROOT, env, { timeoutMs: SERVER_START_TIMEOUT_MS });
  return {
    url: server.url,
    caPath: path.join(work, 'certs', 'ca.crt'),
    stop: async () => {
      await server.stop();
      // The manifest the server wrote for its passing port (functions/local/port-manifest.ts).
      rmSync(path.join(ROOT, 'dist', `manifest.localhost-${server.port}.xml`), { force: true });
    },
  };
}

/** A port nothing listens on (just released by the system): the service address of the error picture. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** A small client of the server's API, trusting its certificate authority, for the colleague's change. */
function apiOf(served: Served) {
  const dispatcher = new Agent({ connect: { ca: readFileSync(served.caPath) } });
  const call = async (
    method: string,
    route: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${served.url}${route}`, {
      method,
      dispatcher,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  };
  return {
    call,
    token: async (role: string, name: string) =>
      ((await call('POST', '/v1/dev/token', { role, name })) as { token: string }).token,
    close: () => dispatcher.close(),
  };
}

type Api = ReturnType<typeof apiOf>;
type Labels = ReturnType<typeof paneLabels>;

/** What every picture of one language needs. */
interface Session {
  browser: Browser;
  served: Served;
  api: Api;
  language: Language;
  labels: Labels;
  editionLabel: string;
  written: string[];
}

/** A browser context in the language's locale, 420 pixels wide as a task pane, kept to localhost. */
async function newPane(session: Session): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({
    ignoreHTTPSErrors: true,
    locale: LOCALES[session.language],
    viewport: { width: PANE_WIDTH, height: 900 },
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  // Microsoft's CDN included: the page then loads the server's own copy of office.js.
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === 'localhost' || hostname === '127.0.0.1'
      ? route.continue()
      : route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await page.goto(`${session.served.url}/taskpane.html`);
  await page
    .getByRole('status', { name: session.labels.serviceStatus })
    .getByText(session.labels.connected, { exact: true })
    .waitFor();
  return { context, page };
}

async function signIn(page: Page, labels: Labels, role: string, editionLabel: string): Promise<void> {
  await page.getByRole('textbox', { name: labels.displayName }).fill('Carla Rossi');
  await page.getByRole('combobox', { name: labels.role }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await page.getByRole('button', { name: labels.signIn, exact: true }).click();
  await page.getByRole('combobox', { name: labels.edition }).click();
  await page.getByRole('option', { name: editionLabel, exact: true }).click();
  await page.getByRole('button', { name: labels.insertProjects, exact: true, disabled: false }).waitFor();
}

/** Presses a button and waits for `done`, or fails with the pane's own message when the action failed. */
async function act(page: Page, labels: Labels, button: string, done: Locator): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const failure = page.getByText(labels.failed, { exact: true });
  await done.or(failure).first().waitFor();
  if (await failure.count())
    throw new Error(`the pane says: ${await failure.first().locator('..').textContent()}`);
  // Progress (with its Cancel) gone: the pane has said how the action went.
  await page.getByRole('button', { name: labels.cancel, exact: true }).waitFor({ state: 'detached' });
}

/**
 * Writes the state's picture: the whole page, or from `from` down, at most {@link MAX_SHOT_HEIGHT} high,
 * cut to the pane's width (what overflows sideways is what the pane would scroll to).
 */
async function shoot(page: Page, session: Session, state: ScreenshotState, from?: Locator): Promise<void> {
  const file = screenshotPath(state, session.language);
  // In the page's coordinates, as a full-page clip takes them, however far the page is scrolled.
  const top = from
    ? Math.floor(await from.evaluate((element) => element.getBoundingClientRect().top + window.scrollY))
    : 0;
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const height = Math.min(pageHeight - top, MAX_SHOT_HEIGHT);
  await page.screenshot({
    path: path.join(ROOT, file),
    fullPage: true,
    clip: { x: 0, y: top, width: PANE_WIDTH, height },
  });
  session.written.push(file);
  console.log(`  ${file} (${Math.round(statSync(path.join(ROOT, file)).size / 1024)} KB)`);
}

/** An officer's session: signed out, signed in with the edition picked, projects, the dashboard. */
async function officerStates(session: Session): Promise<void> {
  const { labels } = session;
  const { context, page } = await newPane(session);
  try {
    await shoot(page, session, 'signed-out');
    await signIn(page, labels, labels.officer, session.editionLabel);
    await shoot(page, session, 'signed-in');
    await act(page, labels, labels.insertProjects, page.getByRole('table', { name: PROJECTS_TABLE }));
    await shoot(page, session, 'projects');
    await act(page, labels, labels.insertDashboard, page.getByRole('img').first());
    const preview = page.getByRole('heading', { name: labels.previewHeading, exact: true });
    await shoot(page, session, 'dashboard', preview);
  } finally {
    await context.close();
  }
}

/**
 * Finance: inserts the budget, a colleague (another finance user) changes one of its lines through the
 * API, this user types a new amount into the same line's cell in the preview grid and publishes: the
 * conflict, with both sides.
 */
async function conflictState(session: Session): Promise<void> {
  const { labels, api } = session;
  const { context, page } = await newPane(session);
  try {
    await signIn(page, labels, labels.finance, session.editionLabel);
    await act(page, labels, labels.insertBudget, page.getByRole('table', { name: BUDGET_TABLE }));
    const colleague = { authorization: `Bearer ${await api.token('finance', 'Bruno Bianchi')}` };
    const budget = (await api.call('GET', `/v1/editions/${EDITION}/budget`, undefined, colleague)) as {
      items: { lineId: string; version: number; paid: number }[];
    };
    const line = budget.items.find((item) => item.paid >= 2_000);
    if (!line) throw new Error(`edition ${EDITION} has no budget line with 2,000 EUR paid to change`);
    await api.call(
      'PATCH',
      `/v1/editions/${EDITION}/budget/${line.lineId}`,
      { paid: line.paid - 1_000 },
      {
        ...colleague,
        'if-match': `"${line.version}"`,
      },
    );
    const cell = page.getByRole('textbox', { name: labels.paidOf(line.lineId) });
    await cell.fill(String(line.paid - 1_500));
    await cell.press('Enter');
    await act(page, labels, labels.publish, page.getByRole('group', { name: line.lineId, exact: true }));
    await shoot(page, session, 'conflict');
  } finally {
    await context.close();
  }
}

/** The service address pointing at a port where nothing runs. */
async function errorState(session: Session): Promise<void> {
  const { labels } = session;
  const { context, page } = await newPane(session);
  try {
    const address = page.getByRole('textbox', { name: labels.serviceAddress });
    const nowhere = `https://localhost:${await unusedPort()}`;
    await address.fill(nowhere);
    await page.getByRole('button', { name: labels.connect, exact: true }).click();
    await page.getByText(labels.addressDown(nowhere, session.served.url)).waitFor();
    await shoot(page, session, 'error');
  } finally {
    await context.close();
  }
}

/** Takes every picture in one language; a failing step is named with its state and language. */
async function takeLanguage(session: Session): Promise<void> {
  console.log(`${session.language === 'it' ? 'Italian' : 'English'} (${LOCALES[session.language]}):`);
  for (const [states, take] of [
    ['signed-out, signed-in, projects, dashboard', officerStates],
    ['conflict', conflictState],
    ['error', errorState],
  ] as const) {
    try {
      await take(session);
    } catch (error) {
      throw new Error(
        `while taking ${states} in ${session.language}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}

async function main(): Promise<void> {
  if (!statSync(path.join(ROOT, 'dist/local/start.js'), { throwIfNoEntry: false })) {
    throw new Error('dist/local/start.js is missing: run `npm run screenshots`, which builds first');
  }
  mkdirSync(path.join(ROOT, SCREENSHOT_DIR), { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'spring-screenshots-'));
  let served: Served | undefined;
  let browser: Browser | undefined;
  let api: Api | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await served?.stop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  };
  // Ctrl-C: the server runs in its own process group, so it would outlive us otherwise.
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    console.log('Starting the local server (in-memory store, seeded) and Chromium ...');
    [served, browser] = await Promise.all([
      startServer(work),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    ]);
    api = apiOf(served);
    const officer = { authorization: `Bearer ${await api.token('officer', 'Carla Rossi')}` };
    const editions = (await api.call('GET', '/v1/editions', undefined, officer)) as {
      items: { id: string; label: string }[];
    };
    const editionLabel = editions.items.find((edition) => edition.id === EDITION)?.label;
    if (!editionLabel) throw new Error(`the seeded store has no edition ${EDITION}`);
    const written: string[] = [];
    for (const language of SCREENSHOT_LANGUAGES) {
      await takeLanguage({
        browser,
        served,
        api,
        language,
        labels: paneLabels(language),
        editionLabel,
        written,
      });
    }
    console.log(`Wrote ${written.length} screenshots into ${SCREENSHOT_DIR}/.`);
  } finally {
    await cleanUp();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`npm run screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
