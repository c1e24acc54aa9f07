/**
 * Foreign markets of the sample: where firms already sold before Spring (mostly neighbouring Europe)
 * and where the programme took them (the report names Russia, China and the USA most often), with the
 * language a TEM needs for each.
 */
import { WeightedTable } from './random';

/** Markets firms served before the programme: near, familiar, mostly European. */
export const EXISTING_MARKETS = new WeightedTable<string>([
  ['DE', 14],
  ['FR', 13],
  ['CH', 12],
  ['ES', 7],
  ['AT', 6],
  ['GB', 6],
  ['US', 6],
  ['BE', 4],
  ['NL', 4],
  ['RU', 4],
  ['PL', 3],
  ['CZ', 3],
  ['SI', 3],
  ['RO', 3],
  ['GR', 2],
  ['HR', 2],
  ['SE', 2],
  ['TR', 2],
  ['AE', 2],
  ['CN', 2],
  ['JP', 1],
  ['BR', 1],
  ['CA', 1],
  ['IL', 1],
  ['TN', 1],
]);

/** Markets the projects aimed at: farther and growing, Russia, China and the USA first. */
export const TARGET_MARKETS = new WeightedTable<string>([
  ['RU', 16],
  ['CN', 14],
  ['US', 14],
  ['AE', 7],
  ['BR', 6],
  ['IN', 6],
  ['DE', 5],
  ['TR', 5],
  ['FR', 4],
  ['PL', 4],
  ['CH', 3],
  ['GB', 3],
  ['ES', 3],
  ['JP', 3],
  ['KZ', 2],
  ['UA', 2],
  ['SA', 2],
  ['MX', 2],
  ['CA', 2],
  ['AU', 1],
  ['ZA', 1],
  ['VN', 1],
  ['SG', 1],
  ['QA', 1],
  ['MA', 1],
]);

// ISO 639-1 code of the business language of each market above.
const LANGUAGE_OF_MARKET: Readonly<Record<string, string>> = {
  AE: 'ar',
  AT: 'de',
  AU: 'en',
  BE: 'fr',
  BR: 'pt',
  CA: 'en',
  CH: 'de',
  CN: 'zh',
  CZ: 'cs',
  DE: 'de',
  ES: 'es',
  FR: 'fr',
  GB: 'en',
  GR: 'el',
  HR: 'hr',
  IL: 'he',
  IN: 'en',
  JP: 'ja',
  KZ: 'ru',
  MA: 'fr',
  MX: 'es',
  NL: 'nl',
  PL: 'pl',
  QA: 'ar',
  RO: 'ro',
  RU: 'ru',
  SA: 'ar',
  SE: 'sv',
  SG: 'en',
  SI: 'sl',
  TN: 'fr',
  TR: 'tr',
  UA: 'ru',
  US: 'en',
  VN: 'vi',
  ZA: 'en',
};

/** The business language of a market, English when the table does not know it. */
export function languageOf(market: string): string {
  return LANGUAGE_OF_MARKET[market] ?? 'en';
}
