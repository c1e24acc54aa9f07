import { dashboardSpec } from '../../../addin/workbook/dashboard';
import { nullEstimate, type EditionIndicators, type Estimate } from '../../../shared/edition';
import type { EventStudyPoint } from '../../../shared/edition/event-study';
import type { BudgetLine } from '../../../shared/schemas';

const estimate = (value: number, low: number, high: number, nAdmitted = 100, nRejected = 60): Estimate => ({
  estimate: value,
  se: (high - value) / 1.98,
  low,
  high,
  df: 117.3,
  nAdmitted,
  nRejected,
  reason: null,
});

/** A null estimate with its reason, as the estimators give it. */
const none = (reason: NonNullable<Estimate['reason']>, nAdmitted: number, nRejected: number): Estimate =>
  nullEstimate(nAdmitted, nRejected, reason);

/** A point of the event study: intervals holding 0, but `exporting` where given and intensity at k = 3 (none). */
const point = (k: number, exporting: Estimate = estimate(0.01, -0.05, 0.07)): EventStudyPoint => ({
  k,
  year: 2009 + k,
  exporting,
  markets: estimate(0.1, -0.3, 0.5),
  intensity: k === 3 ? none('TOO_FEW_ADMITTED', 1, 40) : estimate(0.002, -0.01, 0.014),
  attrition: { admitted: 2, rejected: 3 },
  contaminated: 1,
});

/** An edition whose window is 2008 and 2011 (a call in 2009). */
const INDICATORS: EditionIndicators = {
  window: { before: 2008, after: 2011 },
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
  projectFirmsNotObserved: 4,
  outcomes: {
    withdrawn: 5,
    ongoing: 0,
    'not-observed': 4,
    collaboration: 9,
    'started-exporting': 20,
    retreated: 3,
    expanded: 30,
    declined: 10,
    organisational: 19,
  },
  singleMarketShare: 0.36,
  nationalSingleMarketShare: 0.436,
  fiveMarketsShare: 0.76,
  nationalFiveMarketsShare: 0.75,
  commitmentRate: 0.94,
  paymentRate: 0.93,
  absorption: 0.88,
  costPerStageGained: 57_000,
  effect: {
    exporting: estimate(0.0812345678, 0.0123456789, 0.1501234567, 96, 58),
    markets: none('TOO_FEW_REJECTED', 96, 1),
    intensity: estimate(0.0123456789, -0.0034567891, 0.0281481469, 90, 55),
  },
  attrition: { admitted: 4, rejected: 2 },
  contaminated: 3,
  eventStudy: {
    reference: -1,
    points: [-3, -2, 0, 1, 2, 3, 4].map((k) =>
      k === -3
        ? point(k, estimate(0.09, 0.02, 0.16))
        : k === 4
          ? point(k, none('TOO_FEW_REJECTED', 90, 1))
          : point(k),
    ),
    commonTrendsWarning: { exporting: true, markets: false, intensity: false },
  },
  local: {
    k: 20,
    cutoff: 64,
    exporting: estimate(0.05, -0.2, 0.3, 20, 20),
    markets: estimate(0.1, -0.5, 0.7, 20, 20),
    intensity: estimate(0.01, -0.03, 0.05, 20, 20),
  },
  movedUp: estimate(0.2345678, 0.0456789, 0.4234567, 96, 58),
  costPerAdditionalFirmMovingUp: 44_444.4444,
  costPerAdditionalFirmMovingUpLow: 24_615.3846,
  costPerAdditionalFirmMovingUpHigh: 228_205.1282,
  didExporting: 0.0812345678,
  didMarkets: null,
  didIntensity: 0.0123456789,
  nAdmitted: 100,
  nRejected: 60,
  missingFirms: 0,
};

const line = (
  lineId: string,
  source: BudgetLine['source'],
  allocated: number,
  committed: number,
  paid: number,
): BudgetLine => ({
  edition: '2009-2010',
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

const EDITION = { id: '2009-2010', label: 'Spring 4 (2009-2010)' };

const spec = (indicators: EditionIndicators = INDICATORS, language: 'en' | 'it' = 'en') =>
  dashboardSpec(EDITION, indicators, BUDGET, language);

/** A block's rows as plain values. */
const values = (id: string, indicators?: EditionIndicators, language?: 'en' | 'it') =>
  spec(indicators, language)
    .blocks.find((block) => block.id === id)
    ?.rows.map((row) => row.map((cell) => cell.value));

const withEffect = (exporting: Estimate): EditionIndicators => ({
  ...INDICATORS,
  effect: { ...INDICATORS.effect, exporting },
});

describe('dashboardSpec', () => {
  it('lays out the notes, the indicators, the blocks and the charts of an edition, in order', () => {
    const dashboard = spec();

    expect(dashboard.sheetName).toBe('Dashboard 2009-2010');
    expect(dashboard.title).toBe('Spring 4 (2009-2010): evaluation dashboard');
    expect(dashboard.notes).toEqual([
      'Pre-programme trends differ (exporting, 3 years before the call): read the effect with caution',
      'Definitions: docs/indicators.md in the Spring Workbench repository',
    ]);
    expect(dashboard.items.slice(0, 3)).toEqual([
      { label: 'Year before (call year - 1)', value: '2008', format: 'text' },
      { label: 'Year after (call year + 2)', value: '2011', format: 'text' },
      { label: 'Projects', value: 100, format: 'integer' },
    ]);
    expect(dashboard.items.slice(-6)).toEqual([
      { label: 'Admitted firms', value: 100, format: 'integer' },
      { label: 'Rejected applicants (control group)', value: 60, format: 'integer' },
      { label: 'Rejected applicants admitted to another edition (left out)', value: 3, format: 'integer' },
      { label: 'Project firms not observed in both years', value: 4, format: 'integer' },
      { label: 'Admitted applicants not observed in both years', value: 4, format: 'integer' },
      { label: 'Rejected applicants not observed in both years', value: 2, format: 'integer' },
    ]);
    expect(dashboard.blocks.map((block) => [block.id, block.title])).toEqual([
      ['effect', 'Programme effect: change 2008 to 2011, admitted minus rejected'],
      ['outcomes', 'Projects by outcome'],
      ['cost', 'Net cost: grants per additional firm moving up a stage'],
    ]);
    expect(dashboard.charts.map((chart) => [chart.id, chart.kind, chart.format])).toEqual([
      ['transitions', 'column', 'integer'],
      ['lorenz', 'scatterLines', 'percent'],
      ['budget', 'column', 'eur'],
      ['effect-exporting', 'bar', 'percent'],
      ['effect-intensity', 'bar', 'percent'],
      ['eventStudy-exporting', 'scatterLines', 'percent'],
      ['eventStudy-markets', 'scatterLines', 'decimal'],
      ['eventStudy-intensity', 'scatterLines', 'percent'],
    ]);
  });

  it('shows each effect with its estimate, 95% interval and n as the indicators give them, unrounded, and how it reads', () => {
    const effect = spec().blocks[0]!;

    expect(effect.header).toEqual([
      'Measure',
      'Estimate',
      '95% interval, low',
      '95% interval, high',
      'Admitted (n)',
      'Rejected (n)',
      'Reading',
    ]);
    expect(effect.rows.map((row) => row.map((cell) => cell.value))).toEqual([
      [
        'Exporting (share of firms, percentage points)',
        0.0812345678,
        0.0123456789,
        0.1501234567,
        96,
        58,
        null,
      ],
      [
        'Markets (number per firm)',
        null,
        null,
        null,
        96,
        1,
        'fewer than 2 rejected firms observed in 2008 and 2011',
      ],
      [
        'Export intensity (share of turnover, percentage points)',
        0.0123456789,
        -0.0034567891,
        0.0281481469,
        90,
        55,
        'not distinguishable from zero at 95%',
      ],
      ['Moved up a stage (share of firms, percentage points)', 0.2345678, 0.0456789, 0.4234567, 96, 58, null],
    ]);
    expect(effect.rows.map((row) => row.map((cell) => cell.format))).toEqual([
      ['text', 'percent', 'percent', 'percent', 'integer', 'integer', 'text'],
      ['text', 'decimal', 'decimal', 'decimal', 'integer', 'integer', 'text'],
      ['text', 'percent', 'percent', 'percent', 'integer', 'integer', 'text'],
      ['text', 'percent', 'percent', 'percent', 'integer', 'integer', 'text'],
    ]);
  });

  it.each([
    [-0.02, 0.1, 'not distinguishable from zero at 95%'],
    [0, 0.1, 'not distinguishable from zero at 95%'],
    [-0.1, 0, 'not distinguishable from zero at 95%'],
    [0.0001, 0.1, null],
    [-0.1, -0.0001, null],
  ])('reads an interval from %p to %p as %p', (low, high, reading) => {
    const row = values('effect', withEffect(estimate((low + high) / 2, low, high)))?.[0];

    expect(row?.slice(2, 4)).toEqual([low, high]);
    expect(row?.[6]).toBe(reading);
  });

  it('reads an estimate of 0 with no spread (se 0) as not distinguishable from zero', () => {
    const flat = { ...estimate(0, 0, 0), se: 0, df: null };

    expect(values('effect', withEffect(flat))?.[0]?.[6]).toBe('not distinguishable from zero at 95%');
  });

  it.each([
    ['TOO_FEW_ADMITTED', 'fewer than 2 admitted firms observed in 2008 and 2011'],
    ['TOO_FEW_REJECTED', 'fewer than 2 rejected firms observed in 2008 and 2011'],
    ['NO_EDITION', 'no edition to pool'],
  ] as const)('says why a null estimate (%s) is missing: %s', (reason, words) => {
    const row = values('effect', withEffect(none(reason, 1, 1)))?.[0];

    expect(row?.slice(1)).toEqual([null, null, null, 1, 1, words]);
  });

  it('names the placebo points and the measure of each common-trends warning, and none without a warning', () => {
    const both: EditionIndicators = {
      ...INDICATORS,
      eventStudy: {
        ...INDICATORS.eventStudy,
        points: INDICATORS.eventStudy.points.map((p) =>
          p.k === -2
            ? { ...p, exporting: estimate(-0.1, -0.18, -0.02), intensity: estimate(0.03, 0.01, 0.05) }
            : p,
        ),
        commonTrendsWarning: { exporting: true, markets: false, intensity: true },
      },
    };
    const calm: EditionIndicators = {
      ...INDICATORS,
      eventStudy: {
        ...INDICATORS.eventStudy,
        commonTrendsWarning: { exporting: false, markets: false, intensity: false },
      },
    };

    expect(spec(both).notes.slice(0, 2)).toEqual([
      'Pre-programme trends differ (exporting, 3 and 2 years before the call): read the effect with caution',
      'Pre-programme trends differ (intensity, 2 years before the call): read the effect with caution',
    ]);
    expect(spec(both, 'it').notes.slice(0, 2)).toEqual([
      'Andamenti pre-programma diversi (esportazione, 3 e 2 anni prima del bando): leggere l’effetto con cautela',
      'Andamenti pre-programma diversi (intensità, 2 anni prima del bando): leggere l’effetto con cautela',
    ]);
    expect(spec(calm).notes).toEqual(['Definitions: docs/indicators.md in the Spring Workbench repository']);
  });

  it('names both placebo points when a warning is set but neither interval given leaves 0 out', () => {
    const flagged: EditionIndicators = {
      ...INDICATORS,
      eventStudy: {
        ...INDICATORS.eventStudy,
        commonTrendsWarning: { exporting: false, markets: true, intensity: false },
      },
    };

    expect(spec(flagged).notes[0]).toBe(
      'Pre-programme trends differ (markets, 3 and 2 years before the call): read the effect with caution',
    );
  });

  it('draws each effect with its interval as three series (low, estimate, high), unrounded, one measure a chart', () => {
    const charts = spec().charts;

    expect(charts.find((chart) => chart.id === 'effect-exporting')).toEqual({
      id: 'effect-exporting',
      title: 'Effect on exporting, 2008 to 2011 (95% interval)',
      kind: 'bar',
      categories: ['Admitted minus rejected'],
      series: [
        { name: '95% low', values: [0.0123456789] },
        { name: 'Estimate', values: [0.0812345678] },
        { name: '95% high', values: [0.1501234567] },
      ],
      format: 'percent',
    });
    expect(charts.find((chart) => chart.id === 'effect-markets')).toBeUndefined();
  });

  it('draws the event study by years from the call, the reference k = -1 at 0, points without an estimate left out', () => {
    const charts = spec().charts;
    const exporting = charts.find((chart) => chart.id === 'eventStudy-exporting');
    const intensity = charts.find((chart) => chart.id === 'eventStudy-intensity');

    expect(exporting).toEqual({
      id: 'eventStudy-exporting',
      title: 'Event study, exporting: change from 2008 (95% interval)',
      kind: 'scatterLines',
      categories: [-3, -2, -1, 0, 1, 2, 3],
      series: [
        { name: '95% low', values: [0.02, -0.05, 0, -0.05, -0.05, -0.05, -0.05] },
        { name: 'Estimate', values: [0.09, 0.01, 0, 0.01, 0.01, 0.01, 0.01] },
        { name: '95% high', values: [0.16, 0.07, 0, 0.07, 0.07, 0.07, 0.07] },
      ],
      format: 'percent',
    });
    expect(intensity?.categories).toEqual([-3, -2, -1, 0, 1, 2, 4]);
    expect(charts.find((chart) => chart.id === 'eventStudy-markets')?.format).toBe('decimal');
  });

  it('counts the projects by outcome, every outcome listed', () => {
    expect(values('outcomes')).toEqual([
      ['Withdrawn', 5],
      ['Ongoing', 0],
      ['Not observable', 4],
      ['Collaboration', 9],
      ['Started exporting', 20],
      ['Retreated', 3],
      ['Expanded', 30],
      ['Declined', 10],
      ['Organisational', 19],
    ]);
  });

  it('shows the net cost with its interval, unrounded, and says why an end is missing', () => {
    const noHigh = { ...INDICATORS, costPerAdditionalFirmMovingUpHigh: null };
    const noCost = {
      ...INDICATORS,
      costPerAdditionalFirmMovingUp: null,
      costPerAdditionalFirmMovingUpLow: 30_000,
      costPerAdditionalFirmMovingUpHigh: null,
    };

    expect(values('cost')).toEqual([
      ['Grants per additional firm moving up a stage (EUR)', 44_444.4444, 24_615.3846, 228_205.1282, null],
    ]);
    expect(values('cost', noHigh)?.[0]?.slice(3)).toEqual([
      null,
      'no upper bound at 95%: the interval of the effect on moving up a stage reaches 0',
    ]);
    expect(values('cost', noCost)?.[0]?.slice(1)).toEqual([
      null,
      30_000,
      null,
      'not computed: the effect on moving up a stage is not above 0',
    ]);
  });

  it('reads the transition matrix by column for "after", the Lorenz curve beside the equality line, budget summed by source', () => {
    const [transitions, lorenz, budget] = spec().charts;

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
  });

  it('speaks Italian: title, notes, blocks, readings and charts', () => {
    const dashboard = spec(INDICATORS, 'it');

    expect(dashboard.title).toBe('Spring 4 (2009-2010): cruscotto di valutazione');
    expect(dashboard.notes).toEqual([
      'Andamenti pre-programma diversi (esportazione, 3 anni prima del bando): leggere l’effetto con cautela',
      'Definizioni: docs/indicators.md nel repository di Spring Workbench',
    ]);
    expect(dashboard.items[3]?.label).toBe('Tasso di completamento');
    expect(dashboard.blocks[0]?.title).toBe(
      'Effetto del programma: variazione dal 2008 al 2011, ammesse meno respinte',
    );
    expect(dashboard.blocks[0]?.header).toEqual([
      'Misura',
      'Stima',
      'Intervallo al 95%, minimo',
      'Intervallo al 95%, massimo',
      'Ammesse (n)',
      'Respinte (n)',
      'Lettura',
    ]);
    expect(dashboard.blocks[0]?.rows.map((row) => [row[0]?.value, row[6]?.value])).toEqual([
      ['Esportazione (quota di imprese, punti percentuali)', null],
      ['Mercati (numero per impresa)', 'meno di 2 imprese respinte osservate nel 2008 e nel 2011'],
      ['Intensità di export (quota del fatturato, punti percentuali)', 'non distinguibile da zero al 95%'],
      ['Salita di stadio (quota di imprese, punti percentuali)', null],
    ]);
    expect(values('effect', withEffect(none('TOO_FEW_ADMITTED', 1, 9)), 'it')?.[0]?.[6]).toBe(
      'meno di 2 imprese ammesse osservate nel 2008 e nel 2011',
    );
    expect(dashboard.blocks[1]?.rows[0]?.[0]?.value).toBe('Rinuncia');
    expect(dashboard.charts.find((chart) => chart.id === 'eventStudy-exporting')).toMatchObject({
      title: 'Studio di evento, esportazione: variazione dal 2008 (intervallo al 95%)',
      series: [{ name: 'Minimo al 95%' }, { name: 'Stima' }, { name: 'Massimo al 95%' }],
    });
  });

  it('leaves out the charts an edition has no data for', () => {
    const nothing = none('TOO_FEW_ADMITTED', 0, 0);
    const empty: EditionIndicators = {
      ...INDICATORS,
      lorenz: [],
      effect: { exporting: nothing, markets: nothing, intensity: nothing },
      eventStudy: {
        ...INDICATORS.eventStudy,
        points: INDICATORS.eventStudy.points.map((p) => ({
          ...p,
          exporting: nothing,
          markets: nothing,
          intensity: nothing,
        })),
      },
    };

    expect(dashboardSpec(EDITION, empty, [], 'en').charts.map((chart) => chart.id)).toEqual(['transitions']);
  });
});
