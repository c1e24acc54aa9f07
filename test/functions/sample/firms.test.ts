import { FirmSchema } from '../../../shared/schemas';
import { generateFirm } from '../../../functions/sample/firms';
import { Random } from '../../../functions/sample/random';
import { VatNumbers } from '../../../functions/sample/vat-numbers';

describe('generateFirm', () => {
  const rng = new Random(4);
  const vatNumbers = new VatNumbers(rng);
  const draw = (artisan: boolean, micro: boolean) =>
    Array.from({ length: 300 }, (_, i) =>
      generateFirm(rng, vatNumbers, { id: `F${i}`, province: 'CO', artisan, micro }),
    );

  it('draws valid firms with the province, artisan flag and id it is given', () => {
    const firms = draw(true, false);

    expect(firms.every((firm) => FirmSchema.safeParse(firm).success)).toBe(true);
    expect(
      firms.every((firm) => firm.province === 'CO' && firm.artisan && firm.vatNumber.slice(7, 10) === '013'),
    ).toBe(true);
  });

  it('sizes micro firms under 10 employees, artisan firms up to 22 and small firms up to 50', () => {
    expect(draw(false, true).every((firm) => firm.employees >= 1 && firm.employees < 10)).toBe(true);
    expect(draw(true, false).every((firm) => firm.employees >= 10 && firm.employees <= 22)).toBe(true);
    expect(draw(false, false).every((firm) => firm.employees >= 10 && firm.employees <= 50)).toBe(true);
  });

  it('names firms after a manufacturing trade or a family, with a legal form', () => {
    const names = draw(false, false).map((firm) => firm.name);

    expect(names.every((name) => /(S\.r\.l\.|S\.p\.A\.|S\.n\.c\.|S\.a\.s\.)$/.test(name))).toBe(true);
    expect(new Set(names).size).toBeGreaterThan(250);
  });
});
