import vm from 'node:vm';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { sameData } from '../../shared/same-data';

describe('sameData', () => {
  it('agrees with isDeepStrictEqual on JSON values made in one realm', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameData(a, b)).toBe(isDeepStrictEqual(a, b));
        expect(sameData(a, structuredClone(a))).toBe(true);
      }),
    );
  });

  it('finds a row equal to its copy parsed in another realm, where isDeepStrictEqual does not', () => {
    const row = { firmId: 'F0001', year: 2008, country: 'DE', value: 120_000, tags: ['a'] };
    const elsewhere = vm.runInNewContext(`JSON.parse(${JSON.stringify(JSON.stringify(row))})`) as unknown;

    expect(isDeepStrictEqual(row, elsewhere)).toBe(false);
    expect(sameData(row, elsewhere)).toBe(true);
  });

  it('tells apart different data', () => {
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData(0, -0)).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
