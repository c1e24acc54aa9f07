import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  paneLabels,
  SCREENSHOT_DIR,
  SCREENSHOT_LANGUAGES,
  SCREENSHOT_STATES,
  screenshotPath,
} from '../../scripts/screenshots';
import { ROOT } from '../helpers/local-server';

const FILES = SCREENSHOT_LANGUAGES.flatMap((language) =>
  SCREENSHOT_STATES.map((state) => screenshotPath(state, language)),
);

describe('npm run screenshots', () => {
  it('names one picture per state and language, docs/screenshots/<state>-<it|en>.png', () => {
    expect(new Set(FILES).size).toBe(SCREENSHOT_STATES.length * 2);
    for (const file of FILES) expect(file).toMatch(/^docs\/screenshots\/[a-z-]+-(it|en)\.png$/);
  });

  it('makes every picture the README shows, and the README shows every picture it makes', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/\((docs\/screenshots\/[^)\s]+\.png)\)/g)].map((match) => match[1]);

    expect(new Set(shown)).toEqual(new Set(FILES));
  });

  it('leaves no picture in docs/screenshots that it does not make', () => {
    const present = readdirSync(path.join(ROOT, SCREENSHOT_DIR)).map((name) => `${SCREENSHOT_DIR}/${name}`);

    expect(present.sort()).toEqual([...FILES].sort());
  });

  it("finds the pane's controls by the catalog's labels, different in each language", () => {
    const [italian, english] = SCREENSHOT_LANGUAGES.map(paneLabels);

    for (const labels of [italian, english]) {
      for (const label of Object.values(labels ?? {}))
        expect((typeof label === 'string' ? label : label('x', 'y')).trim()).not.toBe('');
    }
    expect(italian?.signIn).not.toBe(english?.signIn);
  });
});
