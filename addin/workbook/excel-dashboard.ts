/**
 * The dashboard sheet through office-js: a title, the indicator block, each chart's data as a small
 * block of its own and a native chart drawn from it. Needs ExcelApi 1.7 (chart types, series ranges)
 * and 1.8 (axis number formats), which Excel on the web and on the desktop have.
 */
import { cellCode, toExcel, type NumberFormats } from './cell-values';
import { checkChart } from './writer';
import type { ChartSnapshot, ChartSpec, DashboardItem, DashboardSpec } from './writer';

/** The Excel chart type each kind of dashboard chart is drawn as. */
export const CHART_TYPES = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  scatterLines: 'XYScatterLines',
} as const satisfies Record<ChartSpec['kind'], `${Excel.ChartType}`>;

/** Where the dashboard puts things, as 0-based sheet indexes, and how big a chart is, in cells. */
export const DASHBOARD_LAYOUT = {
  /** The indicator block and the chart data start on row 3, below the title. */
  top: 2,
  /** Chart data blocks go from column E down, clear of the indicator block in A:B. */
  dataLeft: 4,
  chartRows: 16,
  chartColumns: 8,
  chartsPerRow: 2,
} as const;

const TITLE_FONT_SIZE = 16;
/** Numeric categories (a scatter's x values) show as Excel would show them typed in. */
const GENERAL = 'General';

/**
 * Writes the dashboard sheet, replacing one of that name with everything on it (charts included), in
 * two syncs: one to find the old sheet, one for the rest (a dashboard is a few hundred cells, far
 * under the payload limit). Every cell gets its number format before its value, text the text format,
 * so that a label or title Excel would take for a formula (`=1+1`) stays text (see `cellCode`).
 */
export async function writeDashboard(
  context: Excel.RequestContext,
  spec: DashboardSpec,
  formats: NumberFormats,
): Promise<void> {
  spec.charts.forEach(checkChart);
  const { worksheets } = context.workbook;
  const old = worksheets.getItemOrNullObject(spec.sheetName).load('position');
  await context.sync();

  // The new sheet comes first: Excel refuses to delete a workbook's last sheet.
  const sheet = worksheets.add();
  if (!old.isNullObject) {
    old.delete();
    sheet.position = old.position;
  }
  sheet.name = spec.sheetName;
  const title = sheet.getRangeByIndexes(0, 0, 1, 1);
  title.numberFormat = [[formats.text]];
  title.values = [[spec.title]];
  title.format.font.bold = true;
  title.format.font.size = TITLE_FONT_SIZE;
  writeItems(sheet, spec.items, formats);

  const { top, dataLeft, chartRows, chartColumns, chartsPerRow } = DASHBOARD_LAYOUT;
  // Charts sit right of the widest data block, a column apart, so they cover no cell written here.
  const chartsLeft = dataLeft + Math.max(0, ...spec.charts.map((chart) => 1 + chart.series.length)) + 1;
  let blockTop = top;
  spec.charts.forEach((chart, i) => {
    const chartTop = top + Math.floor(i / chartsPerRow) * (chartRows + 1);
    const chartLeft = chartsLeft + (i % chartsPerRow) * (chartColumns + 1);
    addChart(sheet, chart, blockTop, formats).setPosition(
      cellAddress(chartTop, chartLeft),
      cellAddress(chartTop + chartRows - 1, chartLeft + chartColumns - 1),
    );
    blockTop += 1 + chart.categories.length + 1; // header, a row per category, a blank row
  });
  sheet.activate();
  await context.sync();
}

/**
 * The charts on a sheet, in order; charts of a type no dashboard chart has (the user's own, or one
 * the user changed) are left out. Three syncs: the sheet, its charts, their titles and series.
 */
export async function readCharts(context: Excel.RequestContext, sheetName: string): Promise<ChartSnapshot[]> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) return [];
  const charts = sheet.charts.load('items/name, items/chartType');
  await context.sync();
  const found = charts.items.flatMap((chart) => {
    const kind = kindOf(chart.chartType);
    if (!kind) return [];
    return [{ chart, kind, title: chart.title.load('text'), series: chart.series.load('items/name') }];
  });
  if (found.length === 0) return [];
  await context.sync();
  return found.map(({ chart, kind, title, series }) => ({
    id: chart.name,
    title: title.text,
    kind,
    seriesNames: series.items.map((item) => item.name),
  }));
}

/** The indicator block from A3: labels in A, values in B, each value in its own format. */
function writeItems(sheet: Excel.Worksheet, items: DashboardItem[], formats: NumberFormats): void {
  if (items.length === 0) return;
  const block = sheet.getRangeByIndexes(DASHBOARD_LAYOUT.top, 0, items.length, 2);
  const values = items.map((item) => toExcel(item.value, item.format));
  // Formats before values, as in tables: a label like `2008` or `=1+1` stays text.
  block.numberFormat = items.map((item, i) => [
    formats.text,
    cellCode(values[i] ?? '', formats[item.format], formats.text),
  ]);
  block.values = items.map((item, i) => [item.label, values[i] ?? '']);
  block.format.autofitColumns();
}

/**
 * Lays out a chart's data at `top` (a header of the chart's title and the series names, then a row per
 * category) and adds the chart over it. Every series gets its values and x values (or category labels)
 * set from its own column, rather than left to Excel's guess at the layout: given several numeric
 * columns, a scatter takes the first as x values, a column chart as a series.
 */
function addChart(
  sheet: Excel.Worksheet,
  chart: ChartSpec,
  top: number,
  formats: NumberFormats,
): Excel.Chart {
  const left = DASHBOARD_LAYOUT.dataLeft;
  const rows = chart.categories.length;
  const block = sheet.getRangeByIndexes(top, left, 1 + rows, 1 + chart.series.length);
  const valueCode = formats[chart.format];
  block.numberFormat = [
    [formats.text, ...chart.series.map(() => formats.text)],
    ...chart.categories.map((category) => [
      cellCode(category, GENERAL, formats.text),
      ...chart.series.map(() => valueCode),
    ]),
  ];
  block.values = [
    [chart.title, ...chart.series.map((series) => series.name)],
    ...chart.categories.map((category, r) => [
      category,
      ...chart.series.map((series) => series.values[r] ?? 0),
    ]),
  ];
  sheet.getRangeByIndexes(top, left, 1, 1 + chart.series.length).format.font.bold = true;

  const column = (c: number) => sheet.getRangeByIndexes(top + 1, left + c, rows, 1);
  const added = sheet.charts.add(CHART_TYPES[chart.kind], column(1), 'Columns');
  added.name = chart.id;
  added.title.text = chart.title;
  chart.series.forEach(({ name }, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(name);
    series.name = name;
    series.setValues(column(1 + i));
    series.setXAxisValues(column(0));
  });
  if (chart.format === 'percent' || chart.format === 'eur') added.axes.valueAxis.numberFormat = valueCode;
  return added;
}

function kindOf(type: string): ChartSpec['kind'] | undefined {
  return (Object.keys(CHART_TYPES) as ChartSpec['kind'][]).find((kind) => CHART_TYPES[kind] === type);
}

function columnName(index: number): string {
  return index < 26
    ? String.fromCharCode(65 + index)
    : columnName(Math.floor(index / 26) - 1) + columnName(index % 26);
}

/** A cell's A1 address from 0-based indexes: (2, 4) is `E3`. */
function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}
