/**
 * The dashboard sheet through office-js: a title and its notes, the indicator block, the dashboard's
 * blocks (effects, outcomes, net cost), each chart's data as a small block of its own and a native chart
 * drawn from it. Needs ExcelApi 1.7 (chart types, series ranges) and 1.8 (axis number formats), which
 * Excel on the web and on the desktop have; nothing newer. Intervals are series of their own: office-js
 * error bars take no value per point.
 */
import { cellCode, toExcel, type NumberFormats } from './cell-values';
import { checkBlock, checkChart } from './writer';
import type { ChartSnapshot, ChartSpec, DashboardBlock, DashboardItem, DashboardSpec } from './writer';

/** The Excel chart type each kind of dashboard chart is drawn as. */
export const CHART_TYPES = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  scatterLines: 'XYScatterLines',
} as const satisfies Record<ChartSpec['kind'], `${Excel.ChartType}`>;

/** Where the dashboard puts things, as 0-based sheet indexes, and how big a chart is, in cells. */
export const DASHBOARD_LAYOUT = {
  /** The notes start on row 2, under the title. */
  notesTop: 1,
  /** The indicator block and the chart data start on row 3 when there is no note (a blank row after the notes). */
  top: 2,
  /** Chart data blocks go at least from column E, a blank column right of the widest block. */
  dataLeft: 4,
  chartRows: 16,
  chartColumns: 8,
  chartsPerRow: 2,
} as const;

/** Where each part of a dashboard goes on its sheet (0-based rows and columns). */
export interface DashboardPlacement {
  /** The row of each note, in column A. */
  notes: number[];
  /** The first row of the indicator block (labels in A, values in B). */
  items: number;
  /** Each block's title row; its header is the row below, its rows follow. */
  blocks: number[];
  /** The first column of the chart data blocks. */
  dataLeft: number;
  /** Each chart's data block: its header row (title, series names); a row per category below. */
  chartData: number[];
  /** Each chart's top-left and bottom-right cells. */
  charts: { top: number; left: number; bottom: number; right: number }[];
}

/**
 * Lays a dashboard out: the title in A1, the notes from A2, then down column A the indicator block and
 * the blocks, a blank row apart; the chart data from the first row of the indicators, right of the widest
 * block; the charts in a grid right of the widest chart data, so they cover no cell written here.
 */
export function dashboardPlacement(spec: DashboardSpec): DashboardPlacement {
  const { notesTop, top, dataLeft, chartRows, chartColumns, chartsPerRow } = DASHBOARD_LAYOUT;
  const notes = spec.notes.map((_, i) => notesTop + i);
  const items = top + spec.notes.length;
  let next = items + spec.items.length + 1;
  const blocks = spec.blocks.map((block) => {
    const at = next;
    next += 2 + block.rows.length + 1; // title, header, rows, a blank row
    return at;
  });
  const widest = Math.max(2, ...spec.blocks.map((block) => block.header.length));
  const left = Math.max(dataLeft, widest + 1);
  let data = items;
  const chartData = spec.charts.map((chart) => {
    const at = data;
    data += 1 + chart.categories.length + 1; // header, a row per category, a blank row
    return at;
  });
  const chartsLeft = left + Math.max(0, ...spec.charts.map((chart) => 1 + chart.series.length)) + 1;
  const charts = spec.charts.map((_, i) => {
    const chartTop = items + Math.floor(i / chartsPerRow) * (chartRows + 1);
    const chartLeft = chartsLeft + (i % chartsPerRow) * (chartColumns + 1);
    return {
      top: chartTop,
      left: chartLeft,
      bottom: chartTop + chartRows - 1,
      right: chartLeft + chartColumns - 1,
    };
  });
  return { notes, items, blocks, dataLeft: left, chartData, charts };
}

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
  spec.blocks.forEach(checkBlock);
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
  const placement = dashboardPlacement(spec);
  writeNotes(sheet, spec.notes, placement.notes[0] ?? 0, formats);
  writeItems(sheet, spec.items, placement.items, formats);
  spec.blocks.forEach((block, i) => writeBlock(sheet, block, placement.blocks[i] ?? 0, formats));
  spec.charts.forEach((chart, i) => {
    const at = placement.charts[i];
    const added = addChart(sheet, chart, placement.chartData[i] ?? 0, placement.dataLeft, formats);
    if (at) added.setPosition(cellAddress(at.top, at.left), cellAddress(at.bottom, at.right));
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

/** The notes down column A from `top`, text (never a formula), each overflowing into the empty cells on its right. */
function writeNotes(sheet: Excel.Worksheet, notes: string[], top: number, formats: NumberFormats): void {
  if (notes.length === 0) return;
  const block = sheet.getRangeByIndexes(top, 0, notes.length, 1);
  block.numberFormat = notes.map((note) => [cellCode(note, formats.text, formats.text)]);
  block.values = notes.map((note) => [note]);
}

/** The indicator block from `top`: labels in A, values in B, each value in its own format. */
function writeItems(
  sheet: Excel.Worksheet,
  items: DashboardItem[],
  top: number,
  formats: NumberFormats,
): void {
  if (items.length === 0) return;
  const block = sheet.getRangeByIndexes(top, 0, items.length, 2);
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
 * A block from `top` in column A: its title (bold), its header (bold) on the next row, then its rows,
 * each cell in its own format, text as text.
 */
function writeBlock(
  sheet: Excel.Worksheet,
  block: DashboardBlock,
  top: number,
  formats: NumberFormats,
): void {
  const columns = block.header.length;
  const title = sheet.getRangeByIndexes(top, 0, 1, 1);
  title.numberFormat = [[cellCode(block.title, formats.text, formats.text)]];
  title.values = [[block.title]];
  title.format.font.bold = true;
  const body = sheet.getRangeByIndexes(top + 1, 0, 1 + block.rows.length, columns);
  const values = block.rows.map((row) => row.map((cell) => toExcel(cell.value, cell.format)));
  body.numberFormat = [
    block.header.map((name) => cellCode(name, formats.text, formats.text)),
    ...block.rows.map((row, r) =>
      row.map((cell, c) => cellCode(values[r]?.[c] ?? '', formats[cell.format], formats.text)),
    ),
  ];
  body.values = [block.header, ...values];
  sheet.getRangeByIndexes(top + 1, 0, 1, columns).format.font.bold = true;
  body.format.autofitColumns();
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
  left: number,
  formats: NumberFormats,
): Excel.Chart {
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
