import { languageFor } from '../../../addin/i18n/language';

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
