/**
 * How the pane shows numbers and dates, in the user's language, through FormatJS (addin/i18n/catalog.ts):
 * the same kind of figure always with the same decimals, every amount with its thousands separator.
 */
import type { ColumnFormat, TableCellValue } from '../workbook/writer';
import { intlOf } from './catalog';
import type { Language } from './language';

const NO_MESSAGES: Record<string, string> = {};
/** The FormatJS instance that formats numbers and dates in `language` (made once per language). */
export const formatter = (language: Language) => intlOf(NO_MESSAGES, language);

// Italian groups four-digit numbers only on request: 'always' keeps "1.351 €" beside "33.994 €".
const GROUPED = { useGrouping: 'always' } as const;

/** The unit after a difference in percentage points, in the pane and in Excel's number formats. */
export const POINTS_UNIT: Record<Language, string> = { en: 'pp', it: 'p.p.' };

/** Excel's number format of a difference in percentage points, signed, with the language's unit. */
export const excelPointsCode = (language: Language) => {
  const unit = `"${POINTS_UNIT[language]}"`;
  return `+0.0 ${unit};-0.0 ${unit};0.0 ${unit}`;
};

/** A number as the column's format says, in `language`. */
export function formatNumber(value: number, format: ColumnFormat, language: Language): string {
  const intl = formatter(language);
  switch (format) {
    case 'eur':
      return intl.formatNumber(value, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
        ...GROUPED,
      });
    case 'percent':
      return intl.formatNumber(value, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
    case 'points':
      return `${intl.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })} ${POINTS_UNIT[language]}`;
    case 'integer':
      return intl.formatNumber(value, { maximumFractionDigits: 0, ...GROUPED });
    case 'decimal':
      // Up to three decimals, at least one: 1,0 markets (not 1,000, which reads as a thousand), HHI 0,087.
      return intl.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 3, ...GROUPED });
    case 'year':
      return String(value);
    case 'datetime':
      // A moment held as a number is a JavaScript time value (milliseconds since 1970, UTC).
      return formatDateTime(value, language);
    default:
      return String(value);
  }
}

/** A day (`2008-03-01`) as the language writes it: 01/03/2008 in Italian, 01/03/2008 in British English. */
export function formatDay(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return formatter(language).formatDate(Date.UTC(year, month - 1, day), {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

/** A moment (an ISO timestamp) in the user's own time zone, to the minute. */
export function formatMoment(iso: string, language: Language, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return formatter(language).formatDate(time, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
}

/**
 * A moment (an ISO timestamp, or a time value) to the minute, in the user's own time zone unless another
 * is given, digits only, as the tables show it in Excel (`dd/mm/yyyy hh:mm`): 05/01/2026, 10:30.
 */
export function formatDateTime(moment: string | number, language: Language, timeZone?: string): string {
  const time = typeof moment === 'number' ? moment : Date.parse(moment);
  if (Number.isNaN(time)) return String(moment);
  return formatter(language).formatDate(time, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** Shows a cell's value as the column's format says, in the pane's language (the preview grid's cells). */
export function formatCell(value: TableCellValue, format: ColumnFormat, language: Language): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, format, language);
  if (format === 'date' && typeof value === 'string') return formatDay(value, language);
  if (format === 'datetime' && typeof value === 'string') return formatDateTime(value, language);
  return String(value);
}
