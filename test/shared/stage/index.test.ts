import * as stage from '../../../shared/stage';

describe('the stage module', () => {
  it('exports the functions the API and the custom functions call by name', () => {
    const names = ['stageOf', 'outcomeOf', 'firmYear', 'latestYear'];

    const missing = names.filter((name) => typeof (stage as Record<string, unknown>)[name] !== 'function');

    expect(missing).toEqual([]);
  });

  it('exports the reason codes and flags as constants', () => {
    expect(stage.STAGE_REASONS).toEqual([
      'PARTNERSHIP',
      'NO_EXPORTS',
      'AGENT_OR_DISTRIBUTOR',
      'DIVERSIFIED_PERSISTENT',
      'DIVERSIFIED_INTENSIVE',
      'EXPORTER',
    ]);
    expect(stage.STAGE_FLAGS).toEqual(['DEINTERNATIONALISED', 'PARTNER_LOST']);
  });
});
