import { parseAmount } from '../../../addin/i18n/parse-amount';

describe('parseAmount', () => {
  it.each([
    ['1234', 'it', 1234],
    ['1.234', 'it', 1234],
    ['1.234.567 €', 'it', 1234567],
    ['€ 1,234', 'en', 1234],
    ['0', 'en', 0],
    [' 720000 ', 'it', 720000],
  ] as const)('reads %j in %s as %d', (text, language, amount) => {
    expect(parseAmount(text, language)).toBe(amount);
  });

  it.each([
    ['1.234,50', 'it'],
    ['1,234', 'it'],
    ['1.234', 'en'],
    ['-5', 'en'],
    ['12.34', 'it'],
    ['', 'it'],
    ['mille', 'it'],
    ['1e6', 'en'],
    ['99999999999999999999', 'en'],
  ] as const)('refuses %j in %s', (text, language) => {
    expect(parseAmount(text, language)).toBeUndefined();
  });
});
