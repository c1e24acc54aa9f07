import {
  excelSerialToMoment,
  fromExcel,
  momentToExcelSerial,
  toExcel,
  EXCEL_NUMBER_FORMATS,
} from '../../../addin/workbook/cell-values';
import { isoDateToExcelSerial } from '../../../shared/excel-dates';

const day = (iso: string) => isoDateToExcelSerial(iso) ?? Number.NaN;

describe('moments as Excel serial numbers', () => {
  it("writes a moment as the wall clock reads it in the user's time zone, summer time included", () => {
    expect(momentToExcelSerial('2026-01-05T09:30:00Z', 'Europe/Rome')).toBeCloseTo(
      day('2026-01-05') + 10.5 / 24,
      9,
    );
    expect(momentToExcelSerial('2026-07-05T23:30:00Z', 'Europe/Rome')).toBeCloseTo(
      day('2026-07-06') + 1.5 / 24,
      9,
    );
    expect(momentToExcelSerial('2026-01-05T09:30:00Z', 'America/New_York')).toBeCloseTo(
      day('2026-01-05') + 4.5 / 24,
      9,
    );
    expect(momentToExcelSerial('2026-01-05T00:00:00Z', 'UTC')).toBe(day('2026-01-05'));
  });

  it.each(['Europe/Rome', 'America/New_York', 'Asia/Kolkata'])(
    'reads a serial number back in %s as the moment it was written from, to the millisecond, beside changes of summer time too',
    (zone) => {
      for (const moment of [
        '2026-01-05T09:30:00.000Z',
        '2026-07-05T23:59:59.123Z',
        '2026-03-29T00:30:00.000Z',
        '2026-03-29T01:30:00.000Z',
        '2026-03-08T07:30:00.000Z',
        '2008-03-30T01:15:00.000Z',
      ]) {
        const serial = momentToExcelSerial(moment, zone) ?? Number.NaN;
        expect([moment, excelSerialToMoment(serial, zone)]).toEqual([moment, moment]);
      }
    },
  );

  it('writes a datetime cell as a serial and reads it back by its number format; text that is no moment stays text', () => {
    const serial = toExcel('2026-01-05T12:00:00Z', 'datetime', 'UTC');

    expect(serial).toBe(day('2026-01-05') + 0.5);
    expect(fromExcel(serial, EXCEL_NUMBER_FORMATS.datetime, EXCEL_NUMBER_FORMATS, 'UTC')).toBe(
      '2026-01-05T12:00:00.000Z',
    );
    expect(fromExcel(serial, 'General', EXCEL_NUMBER_FORMATS, 'UTC')).toBe(serial);
    expect(toExcel('yesterday', 'datetime')).toBe('yesterday');
    expect(momentToExcelSerial('yesterday')).toBeUndefined();
  });
});
