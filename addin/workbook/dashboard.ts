/** The evaluation dashboard of an edition, built from its indicators and budget (pure). */
import type { EditionIndicators, Estimate, EventStudyPoint } from '../../shared/edition';
import { BUDGET_SOURCES, type BudgetLine } from '../../shared/schemas';
import { OUTCOMES, type Outcome } from '../../shared/stage/constants';
import { translatorOf } from '../i18n/catalog';
import { INDICATOR_LABELS, type IndicatorLabel } from '../i18n/messages/indicators';
import type { Language } from '../i18n/language';
import type {
  ChartSpec,
  ColumnFormat,
  DashboardBlock,
  DashboardCell,
  DashboardGroup,
  DashboardSpec,
} from './writer';

/** The stages 0-3 as `SPRING.STAGE` gives them, each label with its name (docs/indicators.md, "Stage rule"). */
const STAGES = ['stage0', 'stage1', 'stage2', 'stage3'] as const satisfies IndicatorLabel[];

/** The budget sources' labels. */
const SOURCES: Record<(typeof BUDGET_SOURCES)[number], IndicatorLabel> = {
  region: 'sourceRegion',
  chamber: 'sourceChamber',
  mise: 'sourceMise',
  eu: 'sourceEu',
};

type ItemKey = keyof EditionIndicators & IndicatorLabel;

/**
 * The indicator block in groups, in order, each with its definition and its values' formats. Shares are
 * fractions (`percent`); the attrition counts come from `attrition` and are added to the last group.
 */
const GROUPS: {
  id: string;
  title: IndicatorLabel;
  definition: IndicatorLabel;
  items: [ItemKey, ColumnFormat][];
}[] = [
  {
    id: 'projects',
    title: 'groupProjects',
    definition: 'defineProjects',
    items: [
      ['projects', 'integer'],
      ['completionRate', 'percent'],
      ['withdrawalRate', 'percent'],
    ],
  },
  {
    id: 'stages',
    title: 'groupStages',
    definition: 'defineStages',
    items: [
      ['startedExportingShare', 'percent'],
      ['reachedPartnershipShare', 'percent'],
      ['deinternationalisedRate', 'percent'],
    ],
  },
  {
    id: 'exporters',
    title: 'groupExporters',
    definition: 'defineExporters',
    items: [
      ['microShareBefore', 'percent'],
      ['microShareAfter', 'percent'],
      ['nationalMicroShare', 'percent'],
      ['singleMarketShare', 'percent'],
      ['nationalSingleMarketShare', 'percent'],
      ['fiveMarketsShare', 'percent'],
      ['nationalFiveMarketsShare', 'percent'],
    ],
  },
  {
    id: 'concentration',
    title: 'groupConcentration',
    definition: 'defineConcentration',
    items: [
      ['medianMarketsBefore', 'decimal'],
      ['medianMarketsAfter', 'decimal'],
      ['hhi', 'decimal'],
      ['cr4', 'percent'],
      ['gini', 'decimal'],
    ],
  },
  {
    id: 'growth',
    title: 'groupGrowth',
    definition: 'defineGrowth',
    items: [
      ['growthTotal', 'eur'],
      ['growthIntensive', 'eur'],
      ['growthExtensive', 'eur'],
    ],
  },
  {
    id: 'budget',
    title: 'groupBudget',
    definition: 'defineBudget',
    items: [
      ['commitmentRate', 'percent'],
      ['paymentRate', 'percent'],
      ['absorption', 'percent'],
      ['costPerStageGained', 'eur'],
    ],
  },
  {
    id: 'firms',
    title: 'groupFirms',
    definition: 'defineFirms',
    items: [
      ['nAdmitted', 'integer'],
      ['nRejected', 'integer'],
      ['contaminated', 'integer'],
      ['projectFirmsNotObserved', 'integer'],
    ],
  },
];

/**
 * A difference of shares (a fraction, 0.077) shown in percentage points (7.7): the number written is
 * the one the reader reads, with no % sign (docs/indicators.md, "Programme effect").
 */
const POINTS = 100;

/**
 * The measures of the programme effect (docs/indicators.md, "Programme effect"), each with its unit:
 * shares in percentage points, markets per firm as they are.
 */
const MEASURES = [
  {
    key: 'exporting',
    format: 'points',
    scale: POINTS,
    row: 'effectExporting',
    name: 'measureExporting',
    short: 'shortExporting',
  },
  {
    key: 'markets',
    format: 'decimal',
    scale: 1,
    row: 'effectMarkets',
    name: 'measureMarkets',
    short: 'shortMarkets',
  },
  {
    key: 'intensity',
    format: 'points',
    scale: POINTS,
    row: 'effectIntensity',
    name: 'measureIntensity',
    short: 'shortIntensity',
  },
] as const satisfies {
  key: keyof EditionIndicators['effect'];
  format: ColumnFormat;
  scale: number;
  row: IndicatorLabel;
  name: IndicatorLabel;
  short: IndicatorLabel;
}[];

/** The effect on moving up a stage, a share like exporting (docs/indicators.md, "Measures"). */
const MOVED_UP = { format: 'points', scale: POINTS, row: 'effectMovedUp', short: 'shortMovedUp' } as const;

/** The value axis title of a measure's unit. */
const UNIT_AXIS: Partial<Record<ColumnFormat, IndicatorLabel>> = {
  points: 'axisPointsDifference',
  decimal: 'axisMarketsDifference',
};

/**
 * The placebo points of the event study, before the call (docs/indicators.md, "Event study"); kept here
 * rather than imported with the event study, whose module brings the t quantile into the pane.
 */
const PLACEBO_OFFSETS = [-3, -2];

const OUTCOME_LABELS: Record<Outcome, IndicatorLabel> = {
  withdrawn: 'outcomeWithdrawn',
  ongoing: 'outcomeOngoing',
  'not-observed': 'outcomeNotObserved',
  collaboration: 'outcomeCollaboration',
  'started-exporting': 'outcomeStartedExporting',
  retreated: 'outcomeRetreated',
  expanded: 'outcomeExpanded',
  declined: 'outcomeDeclined',
  organisational: 'outcomeOrganisational',
};

/** True when the 95% interval holds 0 (low <= 0 <= high): the effect cannot be told from none. */
export function containsZero(estimate: Estimate): boolean {
  return estimate.low !== null && estimate.high !== null && estimate.low <= 0 && estimate.high >= 0;
}

/** True when the interval leaves 0 out, as the common-trends check reads a placebo point. */
const excludesZero = (estimate: Estimate) =>
  (estimate.low !== null && estimate.low > 0) || (estimate.high !== null && estimate.high < 0);

/** The dashboard sheet's name for an edition. */
/** What a dashboard says beyond its edition's numbers. */
export interface DashboardOptions {
  /** The data are the synthetic sample (`/v1/health`'s `dataset`): the sheet says so under its title. */
  synthetic: boolean;
}

/**
 * The dashboard of one edition, in `language` (its text, and the language its numbers are shown in):
 * - notes under the title: that the data are synthetic (when they are), the two years compared, a
 *   common-trends warning per measure whose placebo point leaves 0 out, and where the definitions are;
 * - the indicators in groups, each with a short definition pointing to docs/indicators.md, every label
 *   naming the year (or the years) it measures;
 * - blocks: the programme effect per measure (estimate, 95% interval, n admitted and rejected, and a
 *   reading: "not distinguishable from zero at 95%", or why there is no estimate) under what DiD compares
 *   and how to read it; the projects by outcome; the net cost with its interval;
 * - charts, one unit each with its axes titled: stage transitions, the Lorenz curve with the equality
 *   line, budget by source, the effect on the shares (percentage points) and on markets per firm, each
 *   with its interval, and the event study of each measure by year, intervals drawn as series.
 * Differences of shares are in percentage points (the fraction × 100, format `points`); every other
 * value is the indicators' own, unrounded: the number formats round it for display.
 */
export function dashboardSpec(
  edition: { id: string; label: string },
  indicators: EditionIndicators,
  budget: BudgetLine[],
  language: Language,
  options: DashboardOptions = { synthetic: false },
): DashboardSpec {
  const t = translatorOf(INDICATOR_LABELS, language);
  // Years as text: a number would be grouped (2,007).
  const years = { before: String(indicators.window.before), after: String(indicators.window.after) };
  const label: Label = (key, values) => t(key, { ...years, ...values });
  return {
    sheetName: label('dashboardSheet', { edition: edition.id }),
    language,
    title: `${edition.label}: ${label('dashboardTitle')}`,
    notes: [
      ...(options.synthetic ? [label('synthetic')] : []),
      label('window'),
      ...commonTrendsWarnings(indicators, label),
      label('definitions'),
    ],
    groups: indicatorGroups(indicators, label),
    blocks: [effectBlock(indicators, label), outcomesBlock(indicators, label), costBlock(indicators, label)],
    charts: [
      ...descriptiveCharts(indicators, budget, label),
      ...effectCharts(indicators, label),
      ...eventStudyCharts(indicators, label),
    ],
  };
}

/** A label of the catalog, its window years filled in, and any other place from `values`. */
type Label = (key: IndicatorLabel, values?: Record<string, string>) => string;

/** The indicator groups, each value in its format, the attrition counts closing the last group. */
function indicatorGroups(indicators: EditionIndicators, label: Label): DashboardGroup[] {
  return GROUPS.map(({ id, title, definition, items }) => ({
    id,
    title: label(title),
    definition: label(definition),
    items: [
      ...items.map(([key, format]) => ({
        label: label(key),
        value: (indicators[key] as number | null) ?? null,
        format,
      })),
      ...(id === 'firms'
        ? [
            {
              label: label('attritionAdmitted'),
              value: indicators.attrition.admitted,
              format: 'integer' as const,
            },
            {
              label: label('attritionRejected'),
              value: indicators.attrition.rejected,
              format: 'integer' as const,
            },
          ]
        : []),
    ],
  }));
}

/**
 * One warning per measure whose common-trends flag is set, naming the placebo points whose interval
 * leaves 0 out: "Pre-programme trends differ (exporting, 3 years before the call): ...".
 */
function commonTrendsWarnings(indicators: EditionIndicators, label: Label): string[] {
  const { eventStudy } = indicators;
  return MEASURES.filter(({ key }) => eventStudy.commonTrendsWarning[key]).map(({ key, name }) => {
    const flagged = eventStudy.points
      .filter((point) => PLACEBO_OFFSETS.includes(point.k) && excludesZero(point[key]))
      .map((point) => -point.k);
    const years = (flagged.length > 0 ? flagged : PLACEBO_OFFSETS.map((k) => -k)).join(` ${label('and')} `);
    return label('commonTrendsWarning', { measure: label(name), when: label('yearsBeforeCall', { years }) });
  });
}

/** How an estimate reads: why it is missing, "not distinguishable from zero at 95%", or nothing to add. */
function reading(estimate: Estimate, label: Label): string | null {
  switch (estimate.reason) {
    case 'TOO_FEW_ADMITTED':
      return label('tooFewAdmitted');
    case 'TOO_FEW_REJECTED':
      return label('tooFewRejected');
    case 'NO_EDITION':
      return label('noEdition');
    default:
      return estimate.estimate !== null && containsZero(estimate) ? label('notDistinguishable') : null;
  }
}

/** A number of an estimate in its unit (× 100 for percentage points), null kept null. */
const scaled = (value: number | null, scale: number) => (value === null ? null : value * scale);

/** A row of an estimate: its label, the estimate and interval in `format`, the two n and the reading. */
function estimateRow(
  name: string,
  estimate: Estimate,
  unit: { format: ColumnFormat; scale: number },
  label: Label,
): DashboardCell[] {
  const { format, scale } = unit;
  return [
    { value: name, format: 'text' },
    { value: scaled(estimate.estimate, scale), format },
    { value: scaled(estimate.low, scale), format },
    { value: scaled(estimate.high, scale), format },
    { value: estimate.nAdmitted, format: 'integer' },
    { value: estimate.nRejected, format: 'integer' },
    { value: reading(estimate, label), format: 'text' },
  ];
}

/**
 * The programme effect on each measure, and on moving up a stage, over the main pair (the window),
 * under what DiD compares and how to tell a result from noise.
 */
function effectBlock(indicators: EditionIndicators, label: Label): DashboardBlock {
  return {
    id: 'effect',
    title: label('effectTitle'),
    notes: [label('defineEffect'), label('howToRead')],
    header: (['measure', 'estimate', 'low', 'high', 'admittedN', 'rejectedN', 'reading'] as const).map(
      (key) => label(key),
    ),
    rows: [
      ...MEASURES.map((measure) =>
        estimateRow(label(measure.row), indicators.effect[measure.key], measure, label),
      ),
      estimateRow(label(MOVED_UP.row), indicators.movedUp, MOVED_UP, label),
    ],
  };
}

/** The edition's projects counted by outcome, every outcome listed. */
function outcomesBlock(indicators: EditionIndicators, label: Label): DashboardBlock {
  return {
    id: 'outcomes',
    title: label('outcomesTitle'),
    notes: [label('defineOutcomes')],
    header: [label('outcome'), label('projects')],
    rows: OUTCOMES.map((outcome) => [
      { value: label(OUTCOME_LABELS[outcome]), format: 'text' },
      { value: indicators.outcomes[outcome] ?? 0, format: 'integer' },
    ]),
  };
}

/**
 * The net cost with its interval: the low end from the high end of the effect on moving up, the high
 * end from its low end (none when that is not above 0).
 */
function costBlock(indicators: EditionIndicators, label: Label): DashboardBlock {
  const cost = indicators.costPerAdditionalFirmMovingUp;
  const high = indicators.costPerAdditionalFirmMovingUpHigh;
  const note = cost === null ? label('costNotComputed') : high === null ? label('costNoUpperEnd') : null;
  return {
    id: 'cost',
    title: label('costTitle'),
    notes: [label('defineCost')],
    header: [label('measure'), label('estimate'), label('low'), label('high'), label('reading')],
    rows: [
      [
        { value: label('costPerAdditionalFirm'), format: 'text' },
        { value: cost, format: 'eur' },
        { value: indicators.costPerAdditionalFirmMovingUpLow, format: 'eur' },
        { value: high, format: 'eur' },
        { value: note, format: 'text' },
      ],
    ],
  };
}

/** Stage transitions, the Lorenz curve and budget by source, each when there is data for it. */
function descriptiveCharts(indicators: EditionIndicators, budget: BudgetLine[], label: Label): ChartSpec[] {
  const charts: ChartSpec[] = [
    {
      id: 'transitions',
      title: label('chartTransitions'),
      kind: 'column',
      // The stages' numbers on the axis, their names in the legend, where there is room for them.
      categories: STAGES.map((_, stage) => String(stage)),
      series: STAGES.map((after, column) => ({
        name: label('seriesStageAfter', { stage: label(after) }),
        values: indicators.transitions.map((row) => row[column] ?? 0),
      })),
      format: 'integer',
      axisTitles: { category: label('axisStageBefore'), value: label('axisFirms') },
    },
  ];
  if (indicators.lorenz.length > 0) {
    charts.push({
      id: 'lorenz',
      title: label('chartLorenz'),
      kind: 'scatterLines',
      categories: indicators.lorenz.map(([x]) => x),
      categoryFormat: 'percent',
      series: [
        { name: label('lorenz'), values: indicators.lorenz.map(([, y]) => y) },
        { name: label('equality'), values: indicators.lorenz.map(([x]) => x) },
      ],
      format: 'percent',
      axisTitles: { category: label('axisMarketsShare'), value: label('axisExportsShare') },
    });
  }
  const sources = BUDGET_SOURCES.filter((source) => budget.some((line) => line.source === source));
  const bySource = (field: 'allocated' | 'committed' | 'paid') =>
    sources.map((source) =>
      budget.filter((line) => line.source === source).reduce((sum, line) => sum + line[field], 0),
    );
  if (sources.length > 0) {
    charts.push({
      id: 'budget',
      title: label('chartBudget'),
      kind: 'column',
      categories: sources.map((source) => label(SOURCES[source])),
      series: (['allocated', 'committed', 'paid'] as const).map((field) => ({
        name: label(field),
        values: bySource(field),
      })),
      format: 'eur',
      axisTitles: { category: label('axisSource'), value: label('axisEur') },
    });
  }
  return charts;
}

/** The three series of an interval, in order: low, estimate, high, in the unit of `scale`. */
function intervalSeries(estimates: Estimate[], scale: number, label: Label): ChartSpec['series'] {
  return (
    [
      ['seriesLow', 'low'],
      ['seriesEstimate', 'estimate'],
      ['seriesHigh', 'high'],
    ] as const
  ).map(([name, field]) => ({
    name: label(name),
    values: estimates.map((estimate) => (estimate[field] ?? 0) * scale),
  }));
}

/** An estimate with its numbers (a null one has its reason in the effect block instead). */
const hasNumbers = (estimate: Estimate) =>
  estimate.estimate !== null && estimate.low !== null && estimate.high !== null;

/**
 * The effect with its interval as bars for the 95% low, the estimate and the 95% high, one chart per
 * unit: the shares (exporting, intensity, moving up a stage) in percentage points, and markets per
 * firm. An estimate without numbers has no bar; a unit with none has no chart.
 */
function effectCharts(indicators: EditionIndicators, label: Label): ChartSpec[] {
  const [exporting, markets, intensity] = MEASURES;
  const shares = [
    { ...exporting, estimate: indicators.effect.exporting },
    { ...intensity, estimate: indicators.effect.intensity },
    { ...MOVED_UP, estimate: indicators.movedUp },
  ].filter(({ estimate }) => hasNumbers(estimate));
  const charts: ChartSpec[] = [];
  if (shares.length > 0) {
    charts.push({
      id: 'effect-shares',
      title: label('chartEffectShares'),
      kind: 'bar',
      categories: shares.map(({ short }) => label(short)),
      series: intervalSeries(
        shares.map(({ estimate }) => estimate),
        POINTS,
        label,
      ),
      format: 'points',
      axisTitles: { category: label('axisMeasure'), value: label('axisPointsDifference') },
    });
  }
  if (hasNumbers(indicators.effect.markets)) {
    charts.push({
      id: 'effect-markets',
      title: label('chartEffectMarkets'),
      kind: 'bar',
      categories: [label(markets.short)],
      series: intervalSeries([indicators.effect.markets], markets.scale, label),
      format: markets.format,
      axisTitles: { category: label('axisMeasure'), value: label('axisMarketsDifference') },
    });
  }
  return charts;
}

/**
 * The event study of each measure: x = the year of the pair's later end, the reference year (the
 * window's before, k = -1) at 0 with no interval, and lines for the 95% low, the estimate and the 95%
 * high in the measure's unit. Points without an estimate are left out; a measure with none has no chart.
 */
function eventStudyCharts(indicators: EditionIndicators, label: Label): ChartSpec[] {
  const { eventStudy, window } = indicators;
  const zero: Estimate = {
    estimate: 0,
    se: 0,
    low: 0,
    high: 0,
    df: null,
    nAdmitted: 0,
    nRejected: 0,
    reason: null,
  };
  return MEASURES.flatMap(({ key, format, scale, name }) => {
    const points = eventStudy.points.filter((point: EventStudyPoint) => hasNumbers(point[key]));
    if (points.length === 0) return [];
    const all = [
      ...points.map((point) => ({ year: point.year, estimate: point[key] })),
      { year: window.before, estimate: zero },
    ].sort((a, b) => a.year - b.year);
    return [
      {
        id: `eventStudy-${key}`,
        title: label('chartEventStudy', { measure: label(name) }),
        kind: 'scatterLines' as const,
        categories: all.map((point) => point.year),
        categoryFormat: 'year' as const,
        series: intervalSeries(
          all.map((point) => point.estimate),
          scale,
          label,
        ),
        format,
        axisTitles: {
          category: label('axisYear'),
          value: label(UNIT_AXIS[format] ?? 'axisMarketsDifference'),
        },
      },
    ];
  });
}
