import {
  formatCell,
  formatDateTime,
  formatDay,
  formatMoment,
  formatNumber,
} from '../../../addin/i18n/format';

describe('formatNumber', () => {
  it.each([
    [1351, 'eur', 'it', '1.351 €'],
    [33994, 'eur', 'it', '33.994 €'],
    [1351, 'eur', 'en', '€1,351'],
    [0.61, 'percent', 'it', '61,0%'],
    [0.672, 'percent', 'en', '67.2%'],
    [7.7, 'points', 'it', '+7,7 p.p.'],
    [-2.25, 'points', 'en', '-2.3 pp'],
    [0, 'points', 'en', '0.0 pp'],
    [2009, 'year', 'it', '2009'],
    [12000, 'integer', 'it', '12.000'],
    [0.2345, 'decimal', 'it', '0,235'],
    [1, 'decimal', 'it', '1,0'],
    [1.5, 'decimal', 'en', '1.5'],
  ] as const)('shows %s as %s in %s as %s', (value, format, language, shown) => {
    expect(formatNumber(value, format, language).replace(/\u00a0/g, ' ')).toBe(shown);
  });
});

describe('dates and moments', () => {
  it('writes a day as the language does', () => {
    expect([formatDay('2008-03-01', 'it'), formatDay('2008-03-01', 'en')]).toEqual([
      '01/03/2008',
      '01/03/2008',
    ]);
    expect(formatCell('2008-03-01', 'date', 'it')).toBe('01/03/2008');
  });

  it('writes a moment in the given time zone, to the minute', () => {
    expect(formatMoment('2026-12-07T10:05:00Z', 'it', 'Europe/Rome')).toBe('7 dic 2026, 11:05');
    expect(formatMoment('2026-12-07T10:05:00Z', 'en', 'Europe/Rome')).toBe('7 Dec 2026, 11:05');
  });

  it('writes a date and time as the tables show it, digits to the minute, in the given time zone', () => {
    expect(formatDateTime('2026-01-05T09:30:00Z', 'it', 'Europe/Rome')).toBe('05/01/2026, 10:30');
    expect(formatDateTime('2026-07-05T23:05:00Z', 'en', 'Europe/Rome')).toBe('06/07/2026, 01:05');
    expect(formatDateTime(Date.parse('2026-01-05T00:00:00Z'), 'en', 'UTC')).toBe('05/01/2026, 00:00');
  });

  it("shows a date-time cell in the user's own time zone, as a number too (a time value)", () => {
    const moment = '2026-01-05T09:30:00Z';

    expect(formatCell(moment, 'datetime', 'it')).toBe(formatDateTime(moment, 'it'));
    expect(formatNumber(Date.parse(moment), 'datetime', 'en')).toBe(formatDateTime(moment, 'en'));
  });

  it('leaves what is not a date as it came', () => {
    expect([formatDay('soon', 'it'), formatMoment('soon', 'it'), formatDateTime('soon', 'it')]).toEqual([
      'soon',
      'soon',
      'soon',
    ]);
  });
});
