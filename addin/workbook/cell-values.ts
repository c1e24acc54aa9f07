/**
 * How Spring's values become Excel cells and back, for the Excel writer and its dashboard alike: the
 * number format codes, dates as serial numbers, and text kept text.
 */
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
  decimal: '0.000',
  eur: '#,##0 "€"',
  percent: '0.0%',
  points: '+0.0 "pp";-0.0 "pp";0.0 "pp"',
  year: '0',
  date: 'dd/mm/yyyy',
};

/** What office-js takes in `Range.values`. */
export type ExcelScalar = string | number | boolean;

/** A value as written to a cell: dates as serial numbers (Excel's own), an empty cell as ''. */
export function toExcel(value: TableCellValue, format: ColumnFormat): ExcelScalar {
  if (value === null) return '';
  const serial = format === 'date' && typeof value === 'string' ? isoDateToExcelSerial(value) : undefined;
  return serial ?? value;
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

/** A cell's value as a snapshot holds it: dates shown as dates come back as ISO text, empty as null. */
export function fromExcel(value: unknown, code: unknown, dateCode: string): TableCellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' && code === dateCode) return excelSerialToIsoDate(value) ?? value;
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
