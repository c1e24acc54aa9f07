import { checkBudgetInvariant } from '../../../shared/schemas';
import { generateBudget, temServiceBudget } from '../../../functions/sample/budget';
import { planEditions } from '../../../functions/sample/plan';
import { Random } from '../../../functions/sample/random';

describe('generateBudget', () => {
  const plans = planEditions(1);

  it.each(plans.map((plan) => [plan.id, plan] as const))(
    'allocates exactly the budget of %s',
    (_id, plan) => {
      const lines = generateBudget(new Random(1), plan);

      expect(lines.reduce((sum, line) => sum + line.allocated, 0)).toBe(plan.budget);
      expect(lines.every((line) => checkBudgetInvariant(line).length === 0)).toBe(true);
      expect(lines.every((line) => Number.isInteger(line.committed) && Number.isInteger(line.paid))).toBe(
        true,
      );
    },
  );

  it('funds only the sources of the edition, with line ids such as region-tem', () => {
    const plan = plans.find((p) => p.id === '2009-2010')!;

    const lines = generateBudget(new Random(2), plan);

    expect(new Set(lines.map((line) => line.source))).toEqual(new Set(['region', 'chamber', 'mise']));
    expect(lines.map((line) => line.lineId)).toContain('region-tem');
    expect(lines.map((line) => line.lineId)).toContain('mise-tem');
  });

  it('gives most of the money to TEM services', () => {
    const plan = plans.find((p) => p.id === '2008')!;

    const lines = generateBudget(new Random(3), plan);

    expect(temServiceBudget(lines) / plan.budget).toBeGreaterThan(0.7);
  });
});
