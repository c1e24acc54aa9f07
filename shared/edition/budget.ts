/**
 * Budget execution of an edition, summed over its budget lines (docs/indicators.md, "Edition indicators").
 */
import { checkAmount } from '../indicators/validate';
import type { BudgetAmounts } from '../schemas';
import type { EditionIndicators } from './result';
import { ratio } from './stats';

/** The edition's budget rates; each null when its denominator sums to 0 (or there are no lines). */
export type BudgetRates = Pick<EditionIndicators, 'commitmentRate' | 'paymentRate' | 'absorption'>;

/**
 * Commitment, payment and absorption rates of the edition's lines, on the sums of their amounts.
 * Throws `invalid` on a negative or non-finite amount (a rate must never come out NaN).
 * @example
 * budgetRates([{ allocated: 100, committed: 80, paid: 20 }]);
 * // { commitmentRate: 0.8, paymentRate: 0.25, absorption: 0.2 }
 */
export function budgetRates(lines: readonly BudgetAmounts[]): BudgetRates {
  let allocated = 0;
  let committed = 0;
  let paid = 0;
  for (const line of lines) {
    allocated += checkAmount(line.allocated, 'allocated');
    committed += checkAmount(line.committed, 'committed');
    paid += checkAmount(line.paid, 'paid');
  }
  return {
    commitmentRate: ratio(committed, allocated),
    paymentRate: ratio(paid, committed),
    absorption: ratio(paid, allocated),
  };
}
