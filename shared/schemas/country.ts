/** Country codes: ISO 3166-1 alpha-2, from the maintained list of `i18n-iso-countries`. */
import * as z from 'zod';
// The package's main entry registers every locale (about 80 JSON files); its core, `index`, is enough
// to validate codes and keeps the browser and Lambda bundles small.
import { isValid } from 'i18n-iso-countries/index.js';
import { describeValue } from './describe-value';
import { fieldError } from './fields';

/** The programme's home market, never a foreign market. */
export const HOME_COUNTRY = 'IT';

const ALPHA_2 = /^[A-Z]{2}$/;

/**
 * Tells whether a string is an assigned ISO 3166-1 alpha-2 code written in capitals.
 * @example isCountryCode('DE') // true
 * @example isCountryCode('de') // false
 */
export function isCountryCode(code: string): boolean {
  // isValid also takes alpha-3, numeric and lowercase codes: the pattern keeps it to alpha-2 capitals.
  return ALPHA_2.test(code) && isValid(code);
}

/** A country code such as `DE`. */
export function countryCode(label: string) {
  return z
    .string({ error: fieldError(label, 'a two-letter country code such as DE') })
    .superRefine((code, ctx) => {
      if (isCountryCode(code)) return;
      const upper = code.toUpperCase();
      const message = isCountryCode(upper)
        ? `${label} must be written in capital letters: ${upper} (got ${describeValue(code)})`
        : `${label} ${describeValue(code)} is not a country code (ISO 3166-1, two letters such as DE)`;
      ctx.addIssue({ code: 'custom', message, input: code });
    });
}

/** A country code other than `IT`: a foreign market. */
export function foreignCountryCode(label: string) {
  return countryCode(label).refine((code) => code !== HOME_COUNTRY, {
    error: `${HOME_COUNTRY} is the home market, not a foreign market`,
  });
}
