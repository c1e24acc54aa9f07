import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatCell } from '../../../addin/i18n/format';
import { dashboardSpec } from '../../../addin/workbook/dashboard';
import type { DashboardSpec } from '../../../addin/workbook/writer';
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

const spec = (indicators: EditionIndicators = INDICATORS, language: 'en' | 'it' = 'en', synthetic = false) =>
  dashboardSpec(EDITION, indicators, BUDGET, language, { synthetic });

/** A block's rows as plain values. */
const values = (id: string, indicators?: EditionIndicators, language?: 'en' | 'it') =>
  spec(indicators, language)
    .blocks.find((block) => block.id === id)
    ?.rows.map((row) => row.map((cell) => cell.value));

const withEffect = (exporting: Estimate): EditionIndicators => ({
  ...INDICATORS,
  effect: { ...INDICATORS.effect, exporting },
});

/** Every text of a dashboard a reader sees: notes, group titles, definitions, labels, block text, chart text. */
const texts = (dashboard: DashboardSpec) => [
  dashboard.title,
  ...dashboard.notes,
  ...dashboard.groups.flatMap((group) => [
    group.title,
    group.definition,
    ...group.items.map((item) => item.label),
  ]),
  ...dashboard.blocks.flatMap((block) => [
    block.title,
    ...block.notes,
    ...block.header,
    ...block.rows.flatMap((row) =>
      row.filter((cell) => cell.format === 'text').map((cell) => String(cell.value ?? '')),
    ),
  ]),
  ...dashboard.charts.flatMap((chart) => [
    chart.title,
    chart.axisTitles.category,
    chart.axisTitles.value,
    ...chart.series.map((series) => series.name),
    ...chart.categories.map(String),
  ]),
];

/** The headings of docs/indicators.md, the sections the dashboard's definitions point to. */
const SECTIONS = readFileSync(path.join(__dirname, '../../../docs/indicators.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('#'))
  .map((line) => line.replace(/^#+\s*/, ''));

describe('dashboardSpec', () => {
  it('lays out the notes, the indicator groups, the blocks and the charts of an edition, in order', () => {
    const dashboard = spec();

    expect(dashboard.sheetName).toBe('Dashboard 2009-2010');
    expect(spec(INDICATORS, 'it').sheetName).toBe('Cruscotto 2009-2010');
    expect(dashboard.language).toBe('en');
    expect(dashboard.title).toBe('Spring 4 (2009-2010): evaluation dashboard');
    expect(dashboard.notes).toEqual([
      'Comparison: 2008 (the year before the call) and 2011 (two years after)',
      'Pre-programme trends differ (exporting, 3 years before the call): read the effect with caution',
      'Definitions: docs/indicators.md in the Spring Workbench repository',
    ]);
    expect(dashboard.groups.map((group) => [group.id, group.title])).toEqual([
      ['projects', 'Projects'],
      ['stages', 'Stages of the project firms, 2008 to 2011'],
      ['exporters', 'Exporters, beside Italy (ISTAT-ICE)'],
      ['concentration', 'Markets and concentration'],
      ['growth', 'Export growth, 2008–2011'],
      ['budget', 'Budget'],
      ['firms', 'Firms compared'],
    ]);
    expect(dashboard.groups[0]?.items).toEqual([
      { label: 'Projects', value: 100, format: 'integer' },
      { label: 'Completion rate', value: 0.95, format: 'percent' },
      { label: 'Withdrawal rate', value: 0.05, format: 'percent' },
    ]);
    expect(dashboard.groups[6]?.items).toEqual([
      { label: 'Admitted applicants with data', value: 100, format: 'integer' },
      { label: 'Rejected applicants with data', value: 60, format: 'integer' },
      {
        label: 'Rejected applicants admitted to another edition by 2011 (left out)',
        value: 3,
        format: 'integer',
      },
      { label: 'Project firms without data for 2008 or 2011', value: 4, format: 'integer' },
      { label: 'Admitted applicants without data for 2008 or 2011 (left out)', value: 4, format: 'integer' },
      { label: 'Rejected applicants without data for 2008 or 2011 (left out)', value: 2, format: 'integer' },
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
      ['effect-shares', 'bar', 'points'],
      ['eventStudy-exporting', 'scatterLines', 'points'],
      ['eventStudy-markets', 'scatterLines', 'decimal'],
      ['eventStudy-intensity', 'scatterLines', 'points'],
    ]);
  });

  it('names the year, or the years, of every figure measured in the window, growth with its period', () => {
    const labels = spec().groups.flatMap((group) => group.items.map((item) => item.label));
    const label = (start: string) => labels.find((text) => text.startsWith(start));

    expect(label('Export growth')).toBe('Export growth 2008–2011');
    expect(label('Growth on markets kept')).toBe('Growth on markets kept, 2008–2011');
    expect(label('Micro-exporters among exporters, 2')).toBe('Micro-exporters among exporters, 2008');
    expect(label('Markets per firm (median), 2011')).toBeDefined();
    expect(label('HHI')).toBe('HHI of exports by market, 2011');
    expect(label('Started exporting')).toBe('Started exporting: at stage 0 in 2008, 1 or more in 2011');
    expect(labels.filter((text) => /\b(before|after)\b/.test(text))).toEqual([]);
    expect(spec(INDICATORS, 'it').groups[4]?.items[0]?.label).toBe('Crescita dell’export 2008–2011');
  });

  it('shows each effect with its estimate, 95% interval and n, shares in percentage points (× 100), and how it reads', () => {
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
    const rows = effect.rows.map((row) => row.map((cell) => cell.value));
    expect(rows.map((row) => [row[0], ...row.slice(4)])).toEqual([
      ['Exporting (share of firms, percentage points)', 96, 58, null],
      ['Markets (number per firm)', 96, 1, 'fewer than 2 rejected firms observed in 2008 and 2011'],
      [
        'Export intensity (share of turnover, percentage points)',
        90,
        55,
        'not distinguishable from zero at 95%',
      ],
      ['Moved up a stage (share of firms, percentage points)', 96, 58, null],
    ]);
    const numbers = rows.map((row) => row.slice(1, 4));
    const expected = [
      [8.12345678, 1.23456789, 15.01234567],
      [null, null, null],
      [1.23456789, -0.34567891, 2.81481469],
      [23.45678, 4.56789, 42.34567],
    ];
    numbers.forEach((row, r) =>
      row.forEach((value, c) => {
        const want = expected[r]?.[c] ?? null;
        if (want === null) expect(value).toBeNull();
        else expect(value).toBeCloseTo(want, 9);
      }),
    );
    expect(effect.rows.map((row) => row.map((cell) => cell.format))).toEqual([
      ['text', 'points', 'points', 'points', 'integer', 'integer', 'text'],
      ['text', 'decimal', 'decimal', 'decimal', 'integer', 'integer', 'text'],
      ['text', 'points', 'points', 'points', 'integer', 'integer', 'text'],
      ['text', 'points', 'points', 'points', 'integer', 'integer', 'text'],
    ]);
  });

  it('explains DiD and how to tell a result from noise above the effect, pointing to the definitions', () => {
    expect(spec().blocks[0]?.notes).toEqual([
      'DiD (difference in differences): the change from 2008 to 2011 of the admitted firms minus that of the rejected ones; shares in percentage points (docs/indicators.md, § Programme effect)',
      'How to read: the 95% interval is the range the data allow; if it includes 0, the effect cannot be told from chance. n: the firms compared in each group (docs/indicators.md, § What the 95% interval says and does not say)',
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

    expect(row?.[2]).toBeCloseTo(low * 100, 12);
    expect(row?.[3]).toBeCloseTo(high * 100, 12);
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

    expect(spec(both).notes.slice(1, 3)).toEqual([
      'Pre-programme trends differ (exporting, 3 and 2 years before the call): read the effect with caution',
      'Pre-programme trends differ (intensity, 2 years before the call): read the effect with caution',
    ]);
    expect(spec(both, 'it').notes.slice(1, 3)).toEqual([
      'Andamenti pre-programma diversi (esportazione, 3 e 2 anni prima del bando): leggere l’effetto con cautela',
      'Andamenti pre-programma diversi (intensità, 2 anni prima del bando): leggere l’effetto con cautela',
    ]);
    expect(spec(calm).notes).toEqual([
      'Comparison: 2008 (the year before the call) and 2011 (two years after)',
      'Definitions: docs/indicators.md in the Spring Workbench repository',
    ]);
  });

  it('names both placebo points when a warning is set but neither interval given leaves 0 out', () => {
    const flagged: EditionIndicators = {
      ...INDICATORS,
      eventStudy: {
        ...INDICATORS.eventStudy,
        commonTrendsWarning: { exporting: false, markets: true, intensity: false },
      },
    };

    expect(spec(flagged).notes[1]).toBe(
      'Pre-programme trends differ (markets, 3 and 2 years before the call): read the effect with caution',
    );
  });

  it('draws the effects on shares in one chart, in percentage points, with short labels; markets per firm in a chart of their own', () => {
    const withMarkets = {
      ...INDICATORS,
      effect: { ...INDICATORS.effect, markets: estimate(0.3, -0.1, 0.7) },
    };
    const charts = spec(withMarkets).charts;
    const shares = charts.find((chart) => chart.id === 'effect-shares');

    expect(shares).toMatchObject({
      title: 'Effect on shares, 2008 to 2011 (95% interval)',
      kind: 'bar',
      categories: ['Exporting', 'Export intensity', 'Moved up a stage'],
      format: 'points',
      axisTitles: { category: 'Measure', value: 'Percentage points, admitted minus rejected' },
    });
    expect(shares?.series.map((series) => series.name)).toEqual(['95% low', 'Estimate', '95% high']);
    expect(shares?.series[1]?.values.map((value) => Math.round(value * 1e6) / 1e6)).toEqual([
      8.123457, 1.234568, 23.45678,
    ]);
    expect(charts.find((chart) => chart.id === 'effect-markets')).toEqual({
      id: 'effect-markets',
      title: 'Effect on markets per firm, 2008 to 2011 (95% interval)',
      kind: 'bar',
      categories: ['Markets per firm'],
      series: [
        { name: '95% low', values: [-0.1] },
        { name: 'Estimate', values: [0.3] },
        { name: '95% high', values: [0.7] },
      ],
      format: 'decimal',
      axisTitles: { category: 'Measure', value: 'Markets per firm, admitted minus rejected' },
    });
    expect(spec().charts.find((chart) => chart.id === 'effect-markets')).toBeUndefined();
  });

  it('draws the event study by year, the reference year (before) at 0, shares in points, points without an estimate left out', () => {
    const charts = spec().charts;
    const exporting = charts.find((chart) => chart.id === 'eventStudy-exporting');
    const intensity = charts.find((chart) => chart.id === 'eventStudy-intensity');
    const rounded = (values: number[] = []) => values.map((value) => Math.round(value * 1e9) / 1e9);

    expect(exporting).toMatchObject({
      title: 'Event study, exporting: change from 2008 to each year (95% interval)',
      kind: 'scatterLines',
      categories: [2006, 2007, 2008, 2009, 2010, 2011, 2012],
      categoryFormat: 'year',
      format: 'points',
      axisTitles: {
        category: 'Year (change from 2008)',
        value: 'Percentage points, admitted minus rejected',
      },
    });
    expect(exporting?.series.map((series) => [series.name, rounded(series.values)])).toEqual([
      ['95% low', [2, -5, 0, -5, -5, -5, -5]],
      ['Estimate', [9, 1, 0, 1, 1, 1, 1]],
      ['95% high', [16, 7, 0, 7, 7, 7, 7]],
    ]);
    expect(intensity?.categories).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2013]);
    expect(charts.find((chart) => chart.id === 'eventStudy-markets')).toMatchObject({
      format: 'decimal',
      axisTitles: { value: 'Markets per firm, admitted minus rejected' },
    });
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

  it('reads the transition matrix by column for the after year, stages as numbers 0-3 named in the legend; Lorenz beside equality; budget by named source', () => {
    const [transitions, lorenz, budget] = spec().charts;

    expect(transitions?.title).toBe('Stage in 2011, by stage in 2008');
    expect(transitions?.categories).toEqual(['0', '1', '2', '3']);
    expect(transitions?.series.map((series) => series.name)).toEqual([
      'Stage in 2011: 0 (none)',
      'Stage in 2011: 1 (entering)',
      'Stage in 2011: 2 (diversifying)',
      'Stage in 2011: 3 (partnering)',
    ]);
    expect(transitions?.series[2]?.values).toEqual([12, 8, 29, 0]);
    expect(transitions?.axisTitles).toEqual({ category: 'Stage in 2008', value: 'Firms' });
    expect(texts(spec()).filter((text) => /\b(I|II|III)\b/.test(text))).toEqual([]);
    expect(lorenz?.categories).toEqual([0, 0.5, 1]);
    expect(lorenz?.series).toEqual([
      { name: 'Lorenz curve', values: [0, 0.2, 1] },
      { name: 'Equality', values: [0, 0.5, 1] },
    ]);
    expect(budget?.categories).toEqual(['Region', 'EU']);
    expect(budget?.series).toEqual([
      { name: 'Allocated', values: [1100, 500] },
      { name: 'Committed', values: [950, 400] },
      { name: 'Paid', values: [810, 300] },
    ]);
    expect(spec(INDICATORS, 'it').charts[0]?.series[3]?.name).toBe('Stadio nel 2011: 3 (partenariato)');
  });

  it('speaks Italian: title, notes, blocks, readings and charts', () => {
    const dashboard = spec(INDICATORS, 'it');

    expect(dashboard.language).toBe('it');
    expect(dashboard.title).toBe('Spring 4 (2009-2010): cruscotto di valutazione');
    expect(dashboard.notes).toEqual([
      'Confronto: 2008 (anno prima del bando) e 2011 (due anni dopo)',
      'Andamenti pre-programma diversi (esportazione, 3 anni prima del bando): leggere l’effetto con cautela',
      'Definizioni: docs/indicators.md nel repository di Spring Workbench',
    ]);
    expect(dashboard.groups[0]?.items[1]?.label).toBe('Tasso di completamento');
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
      title: 'Studio di evento, esportazione: variazione dal 2008 a ogni anno (intervallo al 95%)',
      series: [{ name: 'Minimo al 95%' }, { name: 'Stima' }, { name: 'Massimo al 95%' }],
      axisTitles: {
        category: 'Anno (variazione dal 2008)',
        value: 'Punti percentuali, ammesse meno respinte',
      },
    });
  });

  it('leaves out the charts an edition has no data for', () => {
    const nothing = none('TOO_FEW_ADMITTED', 0, 0);
    const empty: EditionIndicators = {
      ...INDICATORS,
      lorenz: [],
      effect: { exporting: nothing, markets: nothing, intensity: nothing },
      movedUp: nothing,
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

describe.each(['en', 'it'] as const)('the dashboard sheet in %s', (language) => {
  const dashboard = spec(INDICATORS, language);
  const POINTS_UNIT = { en: 'pp', it: 'p.p.' }[language];

  it('states the two years compared under the title, and never says before or after without a year', () => {
    expect(dashboard.notes[0]).toMatch(/^(Comparison|Confronto): 2008 .* 2011 /);
    const vague = { en: /\b(before|after)\b(?!\s+the call)/i, it: /\b(prima|dopo)\b(?!\s+del bando)/i }[
      language
    ];
    const labels = dashboard.groups.flatMap((group) => group.items.map((item) => item.label));
    expect(labels.filter((label) => vague.test(label))).toEqual([]);
  });

  it('shows differences of shares in percentage points, never with a % sign', () => {
    const cells = dashboard.blocks
      .flatMap((block) => block.rows.flat())
      .filter((cell) => cell.format === 'points');
    const shown = cells.map((cell) => formatCell(cell.value, cell.format, language)).filter(Boolean);

    expect(cells).toHaveLength(9);
    expect(shown).toHaveLength(9);
    for (const text of shown) {
      expect(text).not.toContain('%');
      expect(text.endsWith(` ${POINTS_UNIT}`)).toBe(true);
    }
    expect(shown[0]).toBe(language === 'en' ? '+8.1 pp' : '+8,1 p.p.');
    const pointCharts = dashboard.charts.filter((chart) => chart.format === 'points');
    expect(pointCharts.map((chart) => chart.id)).toEqual([
      'effect-shares',
      'eventStudy-exporting',
      'eventStudy-intensity',
    ]);
  });

  it('gives every chart one unit, both axes a title, and the effect on markets never beside a share', () => {
    for (const chart of dashboard.charts) {
      expect([chart.id, chart.axisTitles.category.length > 0, chart.axisTitles.value.length > 0]).toEqual([
        chart.id,
        true,
        true,
      ]);
    }
    const effectCharts = dashboard.charts.filter((chart) => chart.id.startsWith('effect-'));
    expect(effectCharts.map((chart) => [chart.id, chart.format])).toEqual([['effect-shares', 'points']]);
    // Category labels short enough not to be cut: at most 20 characters.
    for (const chart of dashboard.charts.filter((c) => c.kind !== 'scatterLines'))
      for (const category of chart.categories) expect(String(category).length).toBeLessThanOrEqual(20);
  });

  it('defines each group of indicators and each block beside it, pointing to a section of docs/indicators.md that exists', () => {
    const definitions = [
      ...dashboard.groups.map((group) => group.definition),
      ...dashboard.blocks.flatMap((block) => block.notes),
    ];

    expect(definitions).toHaveLength(dashboard.groups.length + 4);
    for (const definition of definitions) {
      const cited = /\(docs\/indicators\.md, (§ [^)]+)\)$/.exec(definition)?.[1];
      expect([definition, cited !== undefined]).toEqual([definition, true]);
      for (const section of (cited ?? '').split(/, (?=§ )/).map((part) => part.replace(/^§ /, '')))
        expect(SECTIONS).toContain(section);
    }
    const all = definitions.join(' ');
    for (const term of ['DiD', 'HHI', 'Gini', 'ISTAT-ICE', language === 'en' ? 'Absorption' : 'Assorbimento'])
      expect(all).toContain(term);
  });

  it('says the data are synthetic on the sheet only when they are', () => {
    const synthetic = spec(INDICATORS, language, true);
    const word = { en: 'Synthetic data', it: 'Dati sintetici' }[language];

    expect(synthetic.notes[0]).toMatch(new RegExp(`^${word}: `));
    expect(synthetic.notes.slice(1)).toEqual(dashboard.notes);
    expect(texts(dashboard).filter((text) => text.includes(word))).toEqual([]);
  });
});
