import { languageFor } from '../../../addin/i18n/language';
import { STRINGS } from '../../../addin/i18n/strings';

describe('languageFor', () => {
  it.each([
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['IT', 'it'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('maps %s to %s', (tag, language) => {
    expect(languageFor(tag)).toBe(language);
  });
});

describe('STRINGS', () => {
  it('has an Italian text for every English one, and none left blank', () => {
    expect(Object.keys(STRINGS.it).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const text of [...Object.values(STRINGS.en), ...Object.values(STRINGS.it)])
      expect(text.trim()).not.toBe('');
  });
});
