import { isValidPartitaIva } from '../../../shared/schemas';
import { Random } from '../../../functions/sample/random';
import { VatNumbers } from '../../../functions/sample/vat-numbers';

describe('VatNumbers', () => {
  it('hands out valid, unique numbers carrying the province office code', () => {
    const vatNumbers = new VatNumbers(new Random(1));

    const issued = Array.from({ length: 50_000 }, (_, i) => vatNumbers.next(i % 2 === 0 ? 'BG' : 'MI'));

    expect(issued.every(isValidPartitaIva)).toBe(true);
    expect(new Set(issued).size).toBe(issued.length);
    expect(issued[0]?.slice(7, 10)).toBe('016');
    expect(issued[1]?.slice(7, 10)).toBe('015');
  });
});
