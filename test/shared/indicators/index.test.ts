import * as indicators from '../../../shared/indicators';

describe('the indicators module', () => {
  it('exports the functions the API, the custom functions and the tools call by name', () => {
    const names = [
      'hhi',
      'hhiNormalised',
      'concentrationRatio',
      'effectiveMarkets',
      'gini',
      'lorenz',
      'theil',
      'exportIntensity',
      'isMicroExporter',
      'microShare',
      'growthMargins',
    ];

    const missing = names.filter(
      (name) => typeof (indicators as Record<string, unknown>)[name] !== 'function',
    );

    expect(missing).toEqual([]);
  });

  it('exports the national reference constants', () => {
    expect(indicators.MICRO_EXPORTER_THRESHOLD).toBe(75_000);
    expect(indicators.NATIONAL_MICRO_EXPORTER_SHARE).toBe(0.61);
    expect(indicators.NATIONAL_SINGLE_MARKET_SHARE).toBe(0.436);
    expect(indicators.NATIONAL_FIVE_MARKETS_SHARE).toBe(0.75);
  });
});
