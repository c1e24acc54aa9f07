import { costPerStageGained, projectRates } from '../../../shared/edition';

const row = (status: 'completed' | 'withdrawn' | 'ongoing', grant = 0) => ({ firmId: 'F', status, grant });

describe('projectRates', () => {
  it('counts ongoing projects in the denominator of both rates', () => {
    const projects = [row('completed'), row('completed'), row('withdrawn'), row('ongoing')];

    expect(projectRates(projects)).toEqual({ projects: 4, completionRate: 0.5, withdrawalRate: 0.25 });
  });

  it('gives null rates without projects', () => {
    expect(projectRates([])).toEqual({ projects: 0, completionRate: null, withdrawalRate: null });
  });
});

describe('costPerStageGained', () => {
  it('divides all grants, withdrawn projects included, by the firms that moved up', () => {
    const projects = [row('completed', 30_000), row('withdrawn', 10_000)];

    expect(costPerStageGained(projects, 2)).toBe(20_000);
  });

  it('rejects a grant that is not a number instead of giving NaN', () => {
    expect(() => costPerStageGained([row('completed', Number.NaN)], 1)).toThrow('grant must be a number');
  });

  it('is null when no firm moved up', () => {
    expect(costPerStageGained([row('completed', 30_000)], 0)).toBeNull();
  });
});
