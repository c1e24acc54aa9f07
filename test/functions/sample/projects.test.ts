import { ProjectSchema } from '../../../shared/schemas';
import { planEditions } from '../../../functions/sample/plan';
import { effectYearOf, generateProject } from '../../../functions/sample/projects';
import { Random } from '../../../functions/sample/random';
import { generateTems, TemMatcher } from '../../../functions/sample/tems';

describe('generateProject', () => {
  const rng = new Random(8);
  const tems = new TemMatcher(generateTems(rng, 20));
  const plan = planEditions(1).find((p) => p.id === '2009-2010')!;
  const projects = Array.from({ length: 1000 }, (_, i) =>
    generateProject(rng, tems, { id: `P${i}`, firmId: `F${i}`, plan, meanEligibleCost: 40_000 }),
  );

  it('makes valid projects, half of the cost granted', () => {
    expect(projects.every((p) => ProjectSchema.safeParse(p).success)).toBe(true);
    expect(projects.every((p) => p.grant === p.eligibleCost / 2)).toBe(true);
  });

  it('withdraws a few projects with a reason, and leaves a few late ones ongoing', () => {
    const withdrawn = projects.filter((p) => p.status === 'withdrawn');
    const ongoing = projects.filter((p) => p.status === 'ongoing');

    expect(withdrawn.length).toBeGreaterThan(20);
    expect(withdrawn.length).toBeLessThan(120);
    expect(withdrawn.every((p) => p.withdrawalReason !== undefined)).toBe(true);
    expect(ongoing.length).toBeGreaterThan(0);
    expect(ongoing.every((p) => p.end >= '2010-11-01')).toBe(true);
  });

  it('averages the eligible cost it is given', () => {
    const completed = projects.filter((p) => p.status === 'completed');
    const mean = completed.reduce((s, p) => s + p.eligibleCost, 0) / completed.length;

    expect(mean).toBeGreaterThan(38_000);
    expect(mean).toBeLessThan(42_000);
  });
});

describe('effectYearOf', () => {
  it('is the end year, or null for a withdrawn project', () => {
    const base = { start: '2009-10-01', end: '2010-02-01', withdrawalReason: 'x' } as const;

    expect(effectYearOf({ ...projectLike(), ...base, status: 'completed' })).toBe(2010);
    expect(effectYearOf({ ...projectLike(), ...base, status: 'withdrawn' })).toBeNull();
  });
});

function projectLike() {
  return {
    id: 'P1',
    edition: '2009-2010' as const,
    firmId: 'F1',
    temId: 'T1',
    targetMarkets: ['RU'],
    temDays: 15,
    eligibleCost: 100,
    publicShare: 0.5,
    grant: 50,
  };
}
