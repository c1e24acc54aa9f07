import { exportsIn, isActive, marketsIn, turnoverIn } from '../../../shared/stage/history';
import { agreement, firm, overflowing2008 } from './builders';

describe('isActive', () => {
  it.each([
    [2007, false],
    [2008, true],
    [2010, true],
    [2011, false],
  ])('treats an agreement for 2008-2010 as active in %i: %p', (year, expected) => {
    expect(isActive(agreement('agent', 2008, 2010), year)).toBe(expected);
  });

  it('keeps an agreement without an end year active ever after', () => {
    expect(isActive(agreement('branch', 2008), 2030)).toBe(true);
    expect(isActive({ ...agreement('branch', 2008), endYear: null }, 2030)).toBe(true);
  });
});

describe('the year views', () => {
  const history = firm({
    exports: [
      [2008, 'DE', 10],
      [2008, 'DE', 5],
      [2008, 'FR', 0],
      [2009, 'US', 7],
    ],
    turnover: { 2008: 100, 2009: 0 },
  });

  it('sums exports per market and leaves out markets without exports', () => {
    expect([...marketsIn(history, 2008)]).toEqual([['DE', 15]]);
    expect(exportsIn(history, 2008)).toBe(15);
    expect(exportsIn(history, 2010)).toBe(0);
  });

  it('reads a turnover only when it is above zero', () => {
    expect(turnoverIn(history, 2008)).toBe(100);
    expect(turnoverIn(history, 2009)).toBeUndefined();
    expect(turnoverIn(history, 2010)).toBeUndefined();
  });
});

describe('exportsIn at the edge of the doubles', () => {
  it('names a value that is not finite as corrupt data', () => {
    const history = firm({ exports: [[2008, 'DE', Infinity]] });

    expect(() => exportsIn(history, 2008)).toThrow('exports must be finite (found Infinity)');
  });

  it('rejects a total beyond the largest double', () => {
    expect(() => exportsIn(overflowing2008(), 2008)).toThrow(
      'the total exceeds the largest representable number',
    );
  });
});
