/**
 * Reads an amount in euros as a user types it in the preview grid, in their language: whole euros, with
 * or without the language's thousands separator ("1.234.567" in Italian, "1,234,567" in English), an
 * optional € sign. Anything else (decimals, a negative number, words) is not an amount: undefined.
 */
import type { Language } from './language';

const GROUP: Record<Language, string> = { it: '.', en: ',' };

export function parseAmount(text: string, language: Language): number | undefined {
  const bare = text.replace(/€/g, '').replace(/[\s\u00a0\u202f]/g, '');
  const group = GROUP[language] === '.' ? '\\.' : ',';
  if (!new RegExp(`^(\\d{1,3}(${group}\\d{3})+|\\d+)$`).test(bare)) return undefined;
  const value = Number(bare.split(GROUP[language]).join(''));
  return Number.isSafeInteger(value) ? value : undefined;
}
