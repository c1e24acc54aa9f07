/**
 * Excel's serial dates, the one rule for both directions: the workbook writers write `YYYY-MM-DD`
 * dates as serial numbers and read them back (addin/workbook/cell-values.ts), and the import reads a
 * serial number typed in a date column of a sheet (shared/import/sheet-rows.ts).
 *
 * A serial number counts days from day 0, 1899-12-30, the fraction being the time of day. Excel
 * numbers the days of 1900 as Lotus 1-2-3 did, with a 29 February 1900 that never was (serial 60):
 * counting from 1899-12-30 absorbs that phantom day, so serials agree with Excel from 61
 * (1900-03-01) on, and those before are one day off. Spring's dates are all far later.
 */

const DAY_MS = 86_400_000;
/** Day 0 of Excel's serial dates. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The serial number of a `YYYY-MM-DD` date, or undefined when the text is not of that form.
 * @example isoDateToExcelSerial('2008-01-01') // 39448
 */
export function isoDateToExcelSerial(text: string): number | undefined {
  const iso = ISO_DATE.exec(text);
  if (!iso) return undefined;
  return (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * The `YYYY-MM-DD` day of a serial number (its fraction, the time of day, dropped), in UTC whatever
 * the machine's time zone; undefined when it is no day a JavaScript date can hold.
 * @example excelSerialToIsoDate(39448.75) // '2008-01-01'
 */
export function excelSerialToIsoDate(serial: number): string | undefined {
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
