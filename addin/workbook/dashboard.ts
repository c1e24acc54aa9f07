/** The evaluation dashboard of an edition, built from its indicators and budget (pure). */
import type { EditionIndicators } from '../../shared/edition';
import { BUDGET_SOURCES, type BudgetLine } from '../../shared/schemas';
import { INDICATOR_LABELS, type IndicatorLabel } from '../i18n/indicators';
import type { Language } from '../i18n/strings';
import type { ChartSpec, ColumnFormat, DashboardItem, DashboardSpec } from './writer';

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
  ['didExporting', 'percent'],
  ['didMarkets', 'decimal'],
  ['didIntensity', 'percent'],
  ['nAdmitted', 'integer'],
  ['nRejected', 'integer'],
];

/** The dashboard sheet's name for an edition. */
export const dashboardSheet = (edition: string) => `Dashboard ${edition}`;

/**
 * The dashboard of one edition: the indicators as a labelled block and four charts — stage
 * transitions (before vs after), the Lorenz curve of exports with the equality line, budget by
 * source, and the difference-in-differences effect. Labels in `language`.
 */
export function dashboardSpec(
  edition: { id: string; label: string },
  indicators: EditionIndicators,
  budget: BudgetLine[],
  language: Language,
): DashboardSpec {
  const label = (key: IndicatorLabel) => INDICATOR_LABELS[language][key];
  const items: DashboardItem[] = ITEMS.map(([key, format]) => ({
    label: label(key),
    value: (indicators[key] as number | null) ?? null,
    format,
  }));
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
  const effects = (['didExporting', 'didMarkets', 'didIntensity'] as const).filter(
    (key) => indicators[key] !== null,
  );
  if (effects.length > 0) {
    charts.push({
      id: 'effect',
      title: label('chartEffect'),
      kind: 'bar',
      categories: effects.map((key) => label(key)),
      series: [{ name: label('effect'), values: effects.map((key) => indicators[key] ?? 0) }],
      format: 'decimal',
    });
  }
  return {
    sheetName: dashboardSheet(edition.id),
    title: `${edition.label}: ${label('dashboardTitle')}`,
    items,
    charts,
  };
}
