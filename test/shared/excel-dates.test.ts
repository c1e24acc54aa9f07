import { excelSerialToIsoDate, isoDateToExcelSerial } from '../../shared/excel-dates';

describe('isoDateToExcelSerial', () => {
  it("gives Excel's serial numbers", () => {
    expect(isoDateToExcelSerial('1899-12-30')).toBe(0);
    expect(isoDateToExcelSerial('2000-01-01')).toBe(36526);
    expect(isoDateToExcelSerial('2008-01-01')).toBe(39448);
  });

  it('agrees with Excel from 1 March 1900, the day after its phantom 29 February 1900 (serial 60)', () => {
    expect(isoDateToExcelSerial('1900-03-01')).toBe(61);
    // Before it Excel counts one day more: its 1900-02-28 is 59, here 60.
    expect(isoDateToExcelSerial('1900-02-28')).toBe(60);
  });

  it('leaves text that is not YYYY-MM-DD alone', () => {
    for (const text of ['', '2008-1-01', '01/03/2008', '2008-01-01T00:00:00Z', 'F0001'])
      expect(isoDateToExcelSerial(text)).toBeUndefined();
  });
});

describe('excelSerialToIsoDate', () => {
  it('gives the day, dropping the time of day', () => {
    expect(excelSerialToIsoDate(39448)).toBe('2008-01-01');
    expect(excelSerialToIsoDate(39448.999)).toBe('2008-01-01');
  });

  it("reads serial 61 as 1 March 1900, and Excel's phantom 29 February 1900 (60) as the 28th", () => {
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(60)).toBe('1900-02-28');
  });

  it('gives undefined for a number no date can hold', () => {
    expect(excelSerialToIsoDate(1e12)).toBeUndefined();
    expect(excelSerialToIsoDate(Number.NaN)).toBeUndefined();
  });

  it('round-trips every day of the years Spring covers, leap days included', () => {
    for (
      let serial = isoDateToExcelSerial('1990-01-01')!;
      serial <= isoDateToExcelSerial('2100-12-31')!;
      serial++
    ) {
      const iso = excelSerialToIsoDate(serial);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isoDateToExcelSerial(iso!)).toBe(serial);
    }
    expect(isoDateToExcelSerial('2008-02-29')! + 1).toBe(isoDateToExcelSerial('2008-03-01'));
  });
});
