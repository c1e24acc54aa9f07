import { build } from 'esbuild';
import * as z from 'zod';
import { countryCode, foreignCountryCode, isCountryCode } from '../../../shared/schemas';
import { problemsOf } from './fixtures';

describe('isCountryCode', () => {
  it.each(['DE', 'CN', 'RU', 'US', 'IT'])('accepts the ISO 3166-1 code %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each([
    ['an unassigned code', 'ZZ'],
    ['lowercase', 'de'],
    ['an alpha-3 code', 'DEU'],
    ['a numeric code', '276'],
    ['an empty string', ''],
  ])('refuses %s', (_, code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryCode', () => {
  const row = z.strictObject({ country: countryCode('country') });

  it('accepts IT, which is a country', () => {
    expect(problemsOf(row, { country: 'IT' })).toEqual([]);
  });

  it('asks for capitals when a lowercase code is otherwise right', () => {
    // prepare / act
    const problems = problemsOf(row, { country: 'de' });
    // assess
    expect(problems).toEqual([
      { path: 'country', message: "country must be written in capital letters: DE (got 'de')" },
    ]);
  });

  it('says an unknown code is not a country code', () => {
    // prepare / act
    const problems = problemsOf(row, { country: 'XX' });
    // assess
    expect(problems).toEqual([
      { path: 'country', message: "country 'XX' is not a country code (ISO 3166-1, two letters such as DE)" },
    ]);
  });

  it('says a number is not a country code', () => {
    expect(problemsOf(row, { country: 276 })).toEqual([
      { path: 'country', message: 'country must be a two-letter country code such as DE (got 276)' },
    ]);
  });
});

describe('foreignCountryCode', () => {
  const row = z.strictObject({ country: foreignCountryCode('country') });

  it('accepts a foreign market', () => {
    expect(problemsOf(row, { country: 'CN' })).toEqual([]);
  });

  it('refuses IT as the home market', () => {
    // prepare / act
    const problems = problemsOf(row, { country: 'IT' });
    // assess
    expect(problems).toEqual([{ path: 'country', message: 'IT is the home market, not a foreign market' }]);
  });
});

describe('country validation in a browser bundle', () => {
  it('bundles for the browser with the core of i18n-iso-countries only, and still validates', async () => {
    // prepare
    const entry =
      "import { isCountryCode } from './shared/schemas/country'; export const result = [isCountryCode('DE'), isCountryCode('ZZ')];";
    // act
    const output = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'bundle',
      write: false,
      metafile: true,
    });
    // assess: no locale file came in, and the bundle runs
    const inputs = Object.keys(output.metafile.inputs);
    expect(inputs.filter((path) => path.includes('i18n-iso-countries/langs/'))).toEqual([]);
    const code = output.outputFiles[0]?.text ?? '';
    const result: unknown = new Function(`${code}; return bundle.result;`)();
    expect(result).toEqual([true, false]);
  });
});
