import { planEditions } from '../../../functions/sample/plan';

describe('planEditions', () => {
  it('holds the public facts at scale 1', () => {
    const [spring1, spring2, spring3, spring4] = planEditions(1);

    expect(spring1).toMatchObject({ id: '2006', admitted: 95, rejected: 58 });
    expect(spring1?.admittedProvinces).toEqual({ BG: 31, MI: 25, CO: 10, LC: 10, other: 19 });
    expect(spring2?.admitted).toBe(100);
    expect(spring3).toMatchObject({ id: '2008', admitted: 100, artisanAdmitted: 30, budget: 3_000_000 });
    expect(spring4).toMatchObject({ id: '2009-2010', callYear: 2009, budget: 2_000_000 });
  });

  it('scales counts and budgets, keeping the provinces adding up to the admitted', () => {
    const [spring1] = planEditions(2.5);
    const provinces = Object.values(spring1?.admittedProvinces ?? {}).reduce((s, n) => s + n, 0);

    expect(spring1?.admitted).toBe(238);
    expect(provinces).toBe(238);
    expect(spring1?.budget).toBe(6_000_000);
  });

  it('keeps at least one admitted and one rejected firm per edition', () => {
    expect(planEditions(0.0001).every((plan) => plan.admitted >= 1 && plan.rejected >= 1)).toBe(true);
  });
});
