import { dashboardSpec } from '../../../addin/workbook/dashboard';
import type { EditionIndicators } from '../../../shared/edition';
import type { BudgetLine } from '../../../shared/schemas';

const INDICATORS = {
  window: { before: 2007, after: 2010 },
  projects: 100,
  completionRate: 0.95,
  withdrawalRate: 0.05,
  transitions: [
    [21, 7, 12, 2],
    [3, 7, 8, 2],
    [2, 0, 29, 7],
    [0, 0, 0, 0],
  ],
  startedExportingShare: 0.5,
  reachedPartnershipShare: 0.11,
  deinternationalisedRate: 0.08,
  microShareBefore: 0.67,
  microShareAfter: 0.7,
  nationalMicroShare: 0.61,
  medianMarketsBefore: 1,
  medianMarketsAfter: 1,
  hhi: 0.07,
  cr4: 0.42,
  gini: 0.56,
  lorenz: [
    [0, 0],
    [0.5, 0.2],
    [1, 1],
  ],
  growthTotal: 2_000_000,
  growthIntensive: 1_800_000,
  growthExtensive: 200_000,
  singleMarketShare: 0.36,
  nationalSingleMarketShare: 0.436,
  fiveMarketsShare: 0.76,
  nationalFiveMarketsShare: 0.75,
  commitmentRate: 0.94,
  paymentRate: 0.93,
  absorption: 0.88,
  costPerStageGained: 57_000,
  didExporting: 0.08,
  didMarkets: null,
  didIntensity: 0.01,
  nAdmitted: 100,
  nRejected: 60,
  missingFirms: 0,
} as unknown as EditionIndicators;

const line = (
  lineId: string,
  source: BudgetLine['source'],
  allocated: number,
  committed: number,
  paid: number,
): BudgetLine => ({
  edition: '2008',
  lineId,
  source,
  action: 'TEM service',
  allocated,
  committed,
  paid,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'seed',
});

const BUDGET = [
  line('region-tem', 'region', 1000, 900, 800),
  line('region-eval', 'region', 100, 50, 10),
  line('eu-tem', 'eu', 500, 400, 300),
];

describe('dashboardSpec', () => {
  it('lays out the indicators and the four charts of an edition', () => {
    const spec = dashboardSpec({ id: '2008', label: 'Spring 3 (2008)' }, INDICATORS, BUDGET, 'en');

    expect(spec.sheetName).toBe('Dashboard 2008');
    expect(spec.title).toBe('Spring 3 (2008): evaluation dashboard');
    expect(spec.items[0]).toEqual({ label: 'Projects', value: 100, format: 'integer' });
    expect(spec.items.find((item) => item.label === 'Effect on mean markets (DiD)')?.value).toBeNull();
    expect(spec.charts.map((chart) => [chart.id, chart.kind])).toEqual([
      ['transitions', 'column'],
      ['lorenz', 'scatterLines'],
      ['budget', 'column'],
      ['effect', 'bar'],
    ]);
  });

  it('reads the transition matrix by column for "after", the Lorenz curve beside the equality line, budget summed by source', () => {
    const [transitions, lorenz, budget, effect] = dashboardSpec(
      { id: '2008', label: 'x' },
      INDICATORS,
      BUDGET,
      'en',
    ).charts;

    expect(transitions?.series[2]).toEqual({ name: 'after II', values: [12, 8, 29, 0] });
    expect(lorenz?.categories).toEqual([0, 0.5, 1]);
    expect(lorenz?.series).toEqual([
      { name: 'Lorenz curve', values: [0, 0.2, 1] },
      { name: 'Equality', values: [0, 0.5, 1] },
    ]);
    expect(budget?.categories).toEqual(['region', 'eu']);
    expect(budget?.series).toEqual([
      { name: 'Allocated', values: [1100, 500] },
      { name: 'Committed', values: [950, 400] },
      { name: 'Paid', values: [810, 300] },
    ]);
    expect(effect?.categories).toEqual([
      'Effect on share exporting (DiD)',
      'Effect on mean export intensity (DiD)',
    ]);
  });

  it('speaks Italian', () => {
    const spec = dashboardSpec({ id: '2008', label: 'Spring 3 (2008)' }, INDICATORS, BUDGET, 'it');

    expect(spec.title).toBe('Spring 3 (2008): cruscotto di valutazione');
    expect(spec.items[1]?.label).toBe('Tasso di completamento');
  });

  it('leaves out the charts an edition has no data for', () => {
    const empty = {
      ...INDICATORS,
      lorenz: [],
      didExporting: null,
      didMarkets: null,
      didIntensity: null,
    } as EditionIndicators;

    const spec = dashboardSpec({ id: '2008', label: 'x' }, empty, [], 'en');

    expect(spec.charts.map((chart) => chart.id)).toEqual(['transitions']);
  });
});
