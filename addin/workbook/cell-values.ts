/**
 * How Spring's values become Excel cells and back, for the Excel writer and its dashboard alike: the
 * number format codes, dates and moments as serial numbers, and text kept text.
 */
import { excelPointsCode } from '../i18n/format';
import { excelSerialToIsoDate, isoDateToExcelSerial } from '../../shared/excel-dates';
import type { TableCellValue, ColumnFormat } from './writer';

/** A number format code per column format. */
export type NumberFormats = Readonly<Record<ColumnFormat, string>>;

/**
 * The number format codes Spring tables get. `Range.numberFormat` takes codes in the invariant (en-US)
 * syntax and Excel shows them with the user's own separators, so one set serves English and Italian:
 * `#,##0 "€"` reads `1,234 €` in English and `1.234 €` in Italian. A quoted suffix was chosen over a
 * currency-tagged code (`[$€-x-euro2] #,##0`) because it looks the same in every Excel and the symbol
 * after the amount is how Italian writes euros. `@` keeps text columns text (an id like `007` stays so).
 */
export const EXCEL_NUMBER_FORMATS: NumberFormats = {
  text: '@',
  integer: '#,##0',
  decimal: '#,##0.0##',
  eur: '#,##0 "€"',
  percent: '0.0%',
  points: excelPointsCode('en'),
  year: '0',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

const DAY_MS = 86_400_000;
/** Day 0 of Excel's serial dates (shared/excel-dates.ts), as a wall-clock time counted in UTC. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * What the clock on the wall reads at `time` in `timeZone` (the machine's when absent), as a time value
 * counted in UTC: the offset of `timeZone` at that moment added.
 */
function wallClock(time: number, timeZone?: string): number {
  const zone = timeZone ?? '';
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      ...(timeZone ? { timeZone } : {}),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(zone, clock);
  }
  const part = Object.fromEntries(clock.formatToParts(time).map(({ type, value }) => [type, Number(value)]));
  const wall = Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day, part.hour, part.minute, part.second);
  return wall + (((time % 1000) + 1000) % 1000);
}

/**
 * The serial number of a moment (ISO date-time text) as the clock on the wall reads it in the user's
 * time zone: Excel's dates carry no time zone, so a moment is written as the user's own clock shows it.
 * `timeZone` is an IANA name; absent, the machine's, which is Excel's. Undefined for text that is no
 * moment.
 * @example momentToExcelSerial('2026-01-05T09:30:00Z', 'Europe/Rome') // 46027.4375 (10:30 in Rome)
 */
export function momentToExcelSerial(iso: string, timeZone?: string): number | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return (wallClock(time, timeZone) - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * The moment (ISO date-time text, to the millisecond) a serial number stands for, read as the wall
 * clock in `timeZone` (the machine's when absent): the way back of {@link momentToExcelSerial}.
 * Undefined when it is no time a JavaScript date can hold.
 */
export function excelSerialToMoment(serial: number, timeZone?: string): string | undefined {
  const wall = EXCEL_EPOCH_MS + Math.round(serial * DAY_MS);
  if (!Number.isFinite(wall) || Number.isNaN(new Date(wall).getTime())) return undefined;
  // The offset at the wall time itself, then at the moment that gives: right also beside a change of
  // offset (summer time), where the two differ.
  const first = wall - (wallClock(wall, timeZone) - wall);
  const time = wall - (wallClock(first, timeZone) - first);
  return new Date(time).toISOString();
}

/** What office-js takes in `Range.values`. */
export type ExcelScalar = string | number | boolean;

/**
 * A value as written to a cell: dates and moments as serial numbers (Excel's own; moments as the clock
 * reads in `timeZone`, the machine's when absent), an empty cell as ''.
 */
export function toExcel(value: TableCellValue, format: ColumnFormat, timeZone?: string): ExcelScalar {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (format === 'date') return isoDateToExcelSerial(value) ?? value;
  if (format === 'datetime') return momentToExcelSerial(value, timeZone) ?? value;
  return value;
}

/**
 * The number format code a cell gets, set before its value is written: the column's own, except that
 * any non-empty text gets the text format, whatever the column.
 *
 * Why: what is written to `values` is read as typed input. "Excel.Range class"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member):
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 * this value as a formula." A firm called `=1+1` or a phone number `+39 02 1234` would become a
 * formula. A cell formatted as text keeps what is entered as text: Microsoft KB 141765, "Unexpected
 * behavior with numbers formatted as text" (support.microsoft.com/kb/141765, retired; archived at
 * https://mskb.pkisolutions.com/kb/141765): "When you format a cell using the Text number format, the
 * cell is changed and anything that is entered is displayed as text." Text starting with `@` is not in
 * Microsoft's sentence, but Excel turns a typed `@SUM(A1)` into a formula, so it is treated the same,
 * conservatively; so is any other text, which costs nothing (text is text) and also keeps text such as
 * `1,5` in a number column from being read as a number.
 */
export function cellCode(value: ExcelScalar, columnCode: string, textCode: string): string {
  return typeof value === 'string' && value !== '' ? textCode : columnCode;
}

/** The number format codes by which a read knows a number for a date or a moment. */
export type DateCodes = Pick<NumberFormats, 'date' | 'datetime'>;

/**
 * A cell's value as a snapshot holds it: numbers shown as dates come back as ISO dates, numbers shown
 * as moments as ISO date-times (read in `timeZone`, the machine's when absent), an empty cell as null.
 */
export function fromExcel(
  value: unknown,
  code: unknown,
  codes: DateCodes,
  timeZone?: string,
): TableCellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' && code === codes.date) return excelSerialToIsoDate(value) ?? value;
  if (typeof value === 'number' && code === codes.datetime)
    return excelSerialToMoment(value, timeZone) ?? value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * A cell's formula, or null for a plain value. "Excel.Range class" says of `formulas`: "If a cell has no
 * formula, its value is returned instead." So a text cell holding `=1+1` reads `=1+1` in both `values`
 * and `formulas`; a formula's value is its result, which differs from its text.
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}
