import { budgetRates } from '../../../shared/edition';

describe('budgetRates', () => {
  it('divides the sums of the lines', () => {
    const lines = [
      { allocated: 100_000, committed: 80_000, paid: 40_000 },
      { allocated: 50_000, committed: 40_000, paid: 20_000 },
    ];

    expect(budgetRates(lines)).toEqual({ commitmentRate: 0.8, paymentRate: 0.5, absorption: 0.4 });
  });

  it('is null throughout without lines', () => {
    expect(budgetRates([])).toEqual({ commitmentRate: null, paymentRate: null, absorption: null });
  });

  it('rejects a non-finite amount instead of giving NaN', () => {
    const lines = [{ allocated: Number.POSITIVE_INFINITY, committed: 0, paid: 0 }];

    expect(() => budgetRates(lines)).toThrow('allocated must be finite');
  });

  it('gives a null payment rate but zero commitment when nothing is committed yet', () => {
    const lines = [{ allocated: 10_000, committed: 0, paid: 0 }];

    expect(budgetRates(lines)).toEqual({ commitmentRate: 0, paymentRate: null, absorption: 0 });
  });
});
