import type { TableCellValue, ColumnFormat } from '../workbook/writer';
import type { Language } from './strings';

const LOCALES: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };

/** Shows a cell's value as the column's format says, in the pane's language (the preview grid's numbers). */
export function formatCell(value: TableCellValue, format: ColumnFormat, language: Language): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const locale = LOCALES[language];
  switch (format) {
    case 'eur':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(value);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'integer':
      // Years (2009) read better without a thousands separator; counts that large are rare here.
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: value >= 10000 }).format(
        value,
      );
    case 'decimal':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
    default:
      return String(value);
  }
}
