import fc from 'fast-check';
import { isValidPartitaIva, partitaIvaCheckDigit } from '../../../shared/schemas';

describe('isValidPartitaIva', () => {
  it.each(['00159560366', '00488410010', '01234567897'])('accepts %s, whose check digit is right', (vat) => {
    // prepare / act
    const valid = isValidPartitaIva(vat);
    // assess
    expect(valid).toBe(true);
  });

  it.each([
    ['a wrong check digit', '00159560367'],
    ['ten digits', '0015956036'],
    ['twelve digits', '001595603660'],
    ['a letter', '0015956036A'],
    ['spaces', '00159 560366'],
    ['an empty string', ''],
  ])('refuses %s', (_, vat) => {
    // prepare / act
    const valid = isValidPartitaIva(vat);
    // assess
    expect(valid).toBe(false);
  });

  it('accepts any ten digits followed by their computed check digit, and no other last digit', () => {
    // prepare
    const tenDigits = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
      .map((d) => d.join(''));
    fc.assert(
      fc.property(tenDigits, fc.integer({ min: 1, max: 9 }), (first10, offset) => {
        // act
        const check = partitaIvaCheckDigit(first10);
        // assess
        expect(isValidPartitaIva(`${first10}${check}`)).toBe(true);
        expect(isValidPartitaIva(`${first10}${(check + offset) % 10}`)).toBe(false);
      }),
    );
  });
});

describe('partitaIvaCheckDigit', () => {
  it('doubles the even positions and subtracts 9 from doubles above 9', () => {
    // prepare: 0123456789 -> odd positions 0+2+4+6+8 = 20; even 2,6,10-9,14-9,18-9 = 2+6+1+5+9 = 23
    const first10 = '0123456789';
    // act
    const check = partitaIvaCheckDigit(first10);
    // assess: (10 - 43 % 10) % 10
    expect(check).toBe(7);
  });

  it('gives 0, not 10, when the sum is a multiple of ten', () => {
    expect(partitaIvaCheckDigit('0000000000')).toBe(0);
  });
});
