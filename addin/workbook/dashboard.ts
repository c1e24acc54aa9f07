/** The evaluation dashboard of an edition, built from its indicators and budget (pure). */
import type { EditionIndicators, Estimate, EventStudyPoint } from '../../shared/edition';
import { BUDGET_SOURCES, type BudgetLine } from '../../shared/schemas';
import { OUTCOMES, type Outcome } from '../../shared/stage/constants';
import { INDICATOR_LABELS, type IndicatorLabel } from '../i18n/messages/indicators';
import type { Language } from '../i18n/language';
import type {
  ChartSpec,
  ColumnFormat,
  DashboardBlock,
  DashboardCell,
  DashboardItem,
  DashboardSpec,
} from './writer';

const STAGES = ['0', 'I', 'II', 'III'];

/** The indicator block, in order, with each value's format. */
const ITEMS: [keyof EditionIndicators & IndicatorLabel, ColumnFormat][] = [
  ['projects', 'integer'],
  ['completionRate', 'percent'],
  ['withdrawalRate', 'percent'],
  ['startedExportingShare', 'percent'],
  ['reachedPartnershipShare', 'percent'],
  ['deinternationalisedRate', 'percent'],
  ['microShareBefore', 'percent'],
  ['microShareAfter', 'percent'],
  ['nationalMicroShare', 'percent'],
  ['medianMarketsBefore', 'decimal'],
  ['medianMarketsAfter', 'decimal'],
  ['hhi', 'decimal'],
  ['cr4', 'percent'],
  ['gini', 'decimal'],
  ['singleMarketShare', 'percent'],
  ['nationalSingleMarketShare', 'percent'],
  ['fiveMarketsShare', 'percent'],
  ['nationalFiveMarketsShare', 'percent'],
  ['growthTotal', 'eur'],
  ['growthIntensive', 'eur'],
  ['growthExtensive', 'eur'],
  ['commitmentRate', 'percent'],
  ['paymentRate', 'percent'],
  ['absorption', 'percent'],
  ['costPerStageGained', 'eur'],
  ['nAdmitted', 'integer'],
  ['nRejected', 'integer'],
  ['contaminated', 'integer'],
  ['projectFirmsNotObserved', 'integer'],
];

/** The measures of the programme effect (docs/indicators.md, "Programme effect"), each with its unit. */
const MEASURES = [
  { key: 'exporting', format: 'percent', row: 'effectExporting', name: 'measureExporting' },
  { key: 'markets', format: 'decimal', row: 'effectMarkets', name: 'measureMarkets' },
  { key: 'intensity', format: 'percent', row: 'effectIntensity', name: 'measureIntensity' },
] as const satisfies {
  key: keyof EditionIndicators['effect'];
  format: ColumnFormat;
  row: IndicatorLabel;
  name: IndicatorLabel;
}[];

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

/** Fills the `{name}` places of a label. */
const fill = (text: string, values: object) =>
  text.replace(/\{(\w+)\}/g, (place, name: string) =>
    String((values as Record<string, string | number | undefined>)[name] ?? place),
  );

/** True when the 95% interval holds 0 (low <= 0 <= high): the effect cannot be told from none. */
export function containsZero(estimate: Estimate): boolean {
  return estimate.low !== null && estimate.high !== null && estimate.low <= 0 && estimate.high >= 0;
}

/** True when the interval leaves 0 out, as the common-trends check reads a placebo point. */
const excludesZero = (estimate: Estimate) =>
  (estimate.low !== null && estimate.low > 0) || (estimate.high !== null && estimate.high < 0);

/** The dashboard sheet's name for an edition. */
export const dashboardSheet = (edition: string) => `Dashboard ${edition}`;

/**
 * The dashboard of one edition, in `language`:
 * - notes under the title: a common-trends warning per measure whose placebo point leaves 0 out, naming
 *   the point, and where the definitions are;
 * - the indicators as a labelled block;
 * - blocks: the programme effect per measure (estimate, 95% interval, n admitted and rejected, and a
 *   reading: "not distinguishable from zero at 95%", or why there is no estimate), the projects by
 *   outcome, and the net cost with its interval;
 * - charts: stage transitions (before vs after), the Lorenz curve with the equality line, budget by
 *   source, the effect on each measure with its interval (one chart per measure: a share and a count
 *   are not read on one axis), and the event study of each measure (k = -3..4, the reference k = -1 at
 *   0), intervals drawn as series.
 * Every value is the indicators' own, unrounded: the number formats round it for display.
 */
export function dashboardSpec(
  edition: { id: string; label: string },
  indicators: EditionIndicators,
  budget: BudgetLine[],
  language: Language,
): DashboardSpec {
  const label = (key: IndicatorLabel) => INDICATOR_LABELS[language][key];
  const { before, after } = indicators.window;
  const items: DashboardItem[] = [
    // Years as text: Excel's integer format would group them (2,008).
    { label: label('windowBefore'), value: String(before), format: 'text' },
    { label: label('windowAfter'), value: String(after), format: 'text' },
    ...ITEMS.map(([key, format]) => ({
      label: label(key),
      value: (indicators[key] as number | null) ?? null,
      format,
    })),
    { label: label('attritionAdmitted'), value: indicators.attrition.admitted, format: 'integer' },
    { label: label('attritionRejected'), value: indicators.attrition.rejected, format: 'integer' },
  ];
  return {
    sheetName: dashboardSheet(edition.id),
    title: `${edition.label}: ${label('dashboardTitle')}`,
    notes: [...commonTrendsWarnings(indicators, label), label('definitions')],
    items,
    blocks: [effectBlock(indicators, label), outcomesBlock(indicators, label), costBlock(indicators, label)],
    charts: [
      ...descriptiveCharts(indicators, budget, label),
      ...effectCharts(indicators, label),
      ...eventStudyCharts(indicators, label),
    ],
  };
}

type Label = (key: IndicatorLabel) => string;

/**
 * One warning per measure whose common-trends flag is set, naming the placebo points whose interval
 * leaves 0 out: "Pre-programme trends differ (exporting, 3 years before the call): ...".
 */
function commonTrendsWarnings(indicators: EditionIndicators, label: Label): string[] {
  const { eventStudy } = indicators;
  return MEASURES.filter(({ key }) => eventStudy.commonTrendsWarning[key]).map(({ key, name }) => {
    const years = eventStudy.points
      .filter((point) => PLACEBO_OFFSETS.includes(point.k) && excludesZero(point[key]))
      .map((point) => -point.k);
    const when = fill(label('yearsBeforeCall'), {
      years:
        years.length > 0
          ? years.join(` ${label('and')} `)
          : PLACEBO_OFFSETS.map((k) => -k).join(` ${label('and')} `),
    });
    return fill(label('commonTrendsWarning'), { measure: label(name), when });
  });
}

/** How an estimate reads: why it is missing, "not distinguishable from zero at 95%", or nothing to add. */
function reading(estimate: Estimate, years: { before: number; after: number }, label: Label): string | null {
  switch (estimate.reason) {
    case 'TOO_FEW_ADMITTED':
      return fill(label('tooFewAdmitted'), years);
    case 'TOO_FEW_REJECTED':
      return fill(label('tooFewRejected'), years);
    case 'NO_EDITION':
      return label('noEdition');
    default:
      return estimate.estimate !== null && containsZero(estimate) ? label('notDistinguishable') : null;
  }
}

/** A row of an estimate: its label, the estimate and interval in `format`, the two n and the reading. */
function estimateRow(
  name: string,
  estimate: Estimate,
  format: ColumnFormat,
  years: { before: number; after: number },
  label: Label,
): DashboardCell[] {
  return [
    { value: name, format: 'text' },
    { value: estimate.estimate, format },
    { value: estimate.low, format },
    { value: estimate.high, format },
    { value: estimate.nAdmitted, format: 'integer' },
    { value: estimate.nRejected, format: 'integer' },
    { value: reading(estimate, years, label), format: 'text' },
  ];
}

/** The programme effect on each measure, and on moving up a stage, over the main pair (the window). */
function effectBlock(indicators: EditionIndicators, label: Label): DashboardBlock {
  const years = indicators.window;
  return {
    id: 'effect',
    title: fill(label('effectTitle'), years),
    header: ['measure', 'estimate', 'low', 'high', 'admittedN', 'rejectedN', 'reading'].map((key) =>
      label(key as IndicatorLabel),
    ),
    rows: [
      ...MEASURES.map(({ key, format, row }) =>
        estimateRow(label(row), indicators.effect[key], format, years, label),
      ),
      estimateRow(label('effectMovedUp'), indicators.movedUp, 'percent', years, label),
    ],
  };
}

/** The edition's projects counted by outcome, every outcome listed. */
function outcomesBlock(indicators: EditionIndicators, label: Label): DashboardBlock {
  return {
    id: 'outcomes',
    title: label('outcomesTitle'),
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
      categories: STAGES.map((stage) => `${label('stageBefore')} ${stage}`),
      series: STAGES.map((after, column) => ({
        name: `${label('after')} ${after}`,
        values: indicators.transitions.map((row) => row[column] ?? 0),
      })),
      format: 'integer',
    },
  ];
  if (indicators.lorenz.length > 0) {
    charts.push({
      id: 'lorenz',
      title: label('chartLorenz'),
      kind: 'scatterLines',
      categories: indicators.lorenz.map(([x]) => x),
      series: [
        { name: label('lorenz'), values: indicators.lorenz.map(([, y]) => y) },
        { name: label('equality'), values: indicators.lorenz.map(([x]) => x) },
      ],
      format: 'percent',
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
      categories: [...sources],
      series: (['allocated', 'committed', 'paid'] as const).map((field) => ({
        name: label(field),
        values: bySource(field),
      })),
      format: 'eur',
    });
  }
  return charts;
}

/** The three series of an interval, in order: low, estimate, high. */
function intervalSeries(estimates: Estimate[], label: Label): ChartSpec['series'] {
  return (
    [
      ['seriesLow', 'low'],
      ['seriesEstimate', 'estimate'],
      ['seriesHigh', 'high'],
    ] as const
  ).map(([name, field]) => ({
    name: label(name),
    values: estimates.map((estimate) => estimate[field] ?? 0),
  }));
}

/** An estimate with its numbers (a null one has its reason in the effect block instead). */
const hasNumbers = (estimate: Estimate) =>
  estimate.estimate !== null && estimate.low !== null && estimate.high !== null;

/**
 * The effect on each measure with its interval, a chart per measure (its own unit on its own axis):
 * bars for the 95% low, the estimate and the 95% high. A measure without an estimate has no chart.
 */
function effectCharts(indicators: EditionIndicators, label: Label): ChartSpec[] {
  return MEASURES.filter(({ key }) => hasNumbers(indicators.effect[key])).map(({ key, format, name }) => ({
    id: `effect-${key}`,
    title: fill(label('chartEffectMeasure'), { ...indicators.window, measure: label(name) }),
    kind: 'bar',
    categories: [label('effect')],
    series: intervalSeries([indicators.effect[key]], label),
    format,
  }));
}

/**
 * The event study of each measure: x = years from the call (k), the reference k = -1 at 0 with no
 * interval, and lines for the 95% low, the estimate and the 95% high. Points without an estimate are
 * left out; a measure with none has no chart.
 */
function eventStudyCharts(indicators: EditionIndicators, label: Label): ChartSpec[] {
  const { eventStudy } = indicators;
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
  return MEASURES.flatMap(({ key, format, name }) => {
    const points = eventStudy.points.filter((point: EventStudyPoint) => hasNumbers(point[key]));
    if (points.length === 0) return [];
    const all = [
      ...points.map((point) => ({ k: point.k, estimate: point[key] })),
      { k: eventStudy.reference, estimate: zero },
    ].sort((a, b) => a.k - b.k);
    return [
      {
        id: `eventStudy-${key}`,
        title: fill(label('chartEventStudy'), { measure: label(name), before: indicators.window.before }),
        kind: 'scatterLines' as const,
        categories: all.map((point) => point.k),
        series: intervalSeries(
          all.map((point) => point.estimate),
          label,
        ),
        format,
      },
    ];
  });
}
