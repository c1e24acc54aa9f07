import { createFirmYears, observeAll } from '../../../shared/edition';
import type { FirmHistory } from '../../../shared/stage/types';
import { firm } from '../stage/builders';

const WINDOW = { before: 2007, after: 2010 };

describe('createFirmYears', () => {
  it('observes a firm in both years of a pair', () => {
    const history = firm({
      exports: [
        [2010, 'DE', 60_000],
        [2010, 'DE', 20_000],
      ],
      turnover: { 2007: 0, 2010: 400_000 },
    });
    const years = createFirmYears(new Map([['A', history]]), {});

    const observed = years.pair('A', WINDOW);

    expect(observed?.before).toEqual({
      stage: 0,
      exports: 0,
      markets: 0,
      intensity: null,
      turnover: 0,
      byMarket: new Map(),
    });
    expect(observed?.after).toEqual({
      stage: 1,
      exports: 80_000,
      markets: 1,
      intensity: 0.2,
      turnover: 400_000,
      byMarket: new Map([['DE', 80_000]]),
    });
  });

  it('has no snapshot for a year without turnover entry or export row', () => {
    const years = createFirmYears({ A: firm({ turnover: { 2010: 5 } }) }, {});

    expect(years.at('A', 2007)).toBeUndefined();
    expect(years.at('A', 2010)?.turnover).toBe(5);
    expect(years.pair('A', WINDOW)).toBeUndefined();
    expect(years.missing()).toBe(0);
  });

  it('reads each firm-year once however often it is asked for', () => {
    let reads = 0;
    const history: FirmHistory = {
      get exports() {
        reads++;
        return [{ year: 2007, country: 'DE', value: 1 }];
      },
      turnover: {},
      agreements: [],
    };
    const years = createFirmYears({ A: history }, {});

    years.at('A', 2007);
    const readsAfterFirst = reads;
    years.at('A', 2007);
    years.pair('A', { before: 2007, after: 2007 });

    expect(reads).toBe(readsAfterFirst);
  });

  it('counts a missing firm once however often it is asked for', () => {
    const years = createFirmYears({}, {});

    years.at('M', 2007);
    years.pair('M', WINDOW);
    years.history('N');

    expect(years.missing()).toBe(2);
  });
});

describe('observeAll', () => {
  it('returns the distinct firms observed in both years, counting those with a history that are not', () => {
    const observedBoth = firm({ turnover: { 2007: 1, 2010: 1 } });
    const years = createFirmYears({ A: observedBoth, B: observedBoth, C: firm() }, {});

    const found = observeAll(years, ['A', 'M', 'A', 'B', 'C'], WINDOW);

    expect(found.observed).toHaveLength(2);
    expect(found.notObserved).toBe(1);
    expect(years.missing()).toBe(1);
  });
});
