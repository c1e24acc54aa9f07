/**
 * The dashboard sheet through office-js: a title and its notes, the indicator groups (a title, a
 * definition, the labelled values), the dashboard's blocks (effects, outcomes, net cost, each under its
 * notes), each chart's data as a small block of its own and a native chart drawn from it, its axes
 * titled and stepped for reading (docs/architecture.md, "The task pane and the workbook writers").
 * Needs ExcelApi 1.7 (chart types, series ranges) and 1.8 (axis number formats), which Excel on the web
 * and on the desktop have; nothing newer. Intervals are series of their own: office-js error bars take
 * no value per point.
 */
import { axisScale, stepDecimals, type AxisScale } from './chart-scale';
import { cellName } from './a1';
import { excelPointsCode } from '../i18n/format';
import { cellCode, toExcel, type NumberFormats } from './cell-values';
import { checkBlock, checkChart } from './writer';
import type {
  ChartSnapshot,
  ChartSpec,
  ColumnFormat,
  DashboardBlock,
  DashboardGroup,
  DashboardSpec,
} from './writer';

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
  /** The indicator groups and the chart data start on row 3 when there is no note (a blank row after the notes). */
  top: 2,
  /** Chart data blocks go at least from column E, a blank column right of the widest block. */
  dataLeft: 4,
  chartRows: 18,
  chartColumns: 8,
  chartsPerRow: 2,
} as const;

/** Where each part of a dashboard goes on its sheet (0-based rows and columns). */
export interface DashboardPlacement {
  /** The row of each note, in column A. */
  notes: number[];
  /** Each indicator group's title row; its definition is the row below, its values (labels in A, values in B) follow. */
  groups: { title: number; items: number }[];
  /** Each block's title row, its notes on the rows below, then its header row; its rows follow the header. */
  blocks: { title: number; header: number }[];
  /** The first column of the chart data blocks. */
  dataLeft: number;
  /** Each chart's data block: its header row (title, series names); a row per category below. */
  chartData: number[];
  /** Each chart's top-left and bottom-right cells. */
  charts: { top: number; left: number; bottom: number; right: number }[];
}

/**
 * Lays a dashboard out: the title in A1, the notes from A2, then down column A the indicator groups and
 * the blocks, a blank row apart; the chart data from the first row of the groups, right of the widest
 * block; the charts in a grid right of the widest chart data, so they cover no cell written here.
 */
export function dashboardPlacement(spec: DashboardSpec): DashboardPlacement {
  const { notesTop, top, dataLeft, chartRows, chartColumns, chartsPerRow } = DASHBOARD_LAYOUT;
  const notes = spec.notes.map((_, i) => notesTop + i);
  const body = top + spec.notes.length;
  let next = body;
  const groups = spec.groups.map((group) => {
    const at = { title: next, items: next + 2 };
    next += 2 + group.items.length + 1; // title, definition, items, a blank row
    return at;
  });
  const blocks = spec.blocks.map((block) => {
    const at = { title: next, header: next + 1 + block.notes.length };
    next = at.header + 1 + block.rows.length + 1; // header, rows, a blank row
    return at;
  });
  const widest = Math.max(2, ...spec.blocks.map((block) => block.header.length));
  const left = Math.max(dataLeft, widest + 1);
  let data = body;
  const chartData = spec.charts.map((chart) => {
    const at = data;
    data += 1 + chart.categories.length + 1; // header, a row per category, a blank row
    return at;
  });
  const chartsLeft = left + Math.max(0, ...spec.charts.map((chart) => 1 + chart.series.length)) + 1;
  const charts = spec.charts.map((_, i) => {
    const chartTop = body + Math.floor(i / chartsPerRow) * (chartRows + 1);
    const chartLeft = chartsLeft + (i % chartsPerRow) * (chartColumns + 1);
    return {
      top: chartTop,
      left: chartLeft,
      bottom: chartTop + chartRows - 1,
      right: chartLeft + chartColumns - 1,
    };
  });
  return { notes, groups, blocks, dataLeft: left, chartData, charts };
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
  // Percentage points carry the unit of the sheet's language ("p.p." in Italian).
  formats = { ...formats, points: excelPointsCode(spec.language) };
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
  spec.groups.forEach((group, i) => {
    const at = placement.groups[i];
    if (at) writeGroup(sheet, group, at, formats);
  });
  spec.blocks.forEach((block, i) => {
    const at = placement.blocks[i];
    if (at) writeBlock(sheet, block, at, formats);
  });
  spec.charts.forEach((chart, i) => {
    const at = placement.charts[i];
    const added = addChart(sheet, chart, placement.chartData[i] ?? 0, placement.dataLeft, formats);
    if (at) added.setPosition(cellName(at.top, at.left), cellName(at.bottom, at.right));
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

/** A line of text in column A, bold or italic: a title, or a definition or note overflowing to its right. */
function writeLine(
  sheet: Excel.Worksheet,
  row: number,
  text: string,
  style: 'bold' | 'italic',
  formats: NumberFormats,
): void {
  const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
  cell.numberFormat = [[cellCode(text, formats.text, formats.text)]];
  cell.values = [[text]];
  if (style === 'bold') cell.format.font.bold = true;
  else cell.format.font.italic = true;
}

/**
 * An indicator group: its title (bold) and definition (italic) down column A, then its values, labels
 * in A and values in B, each value in its own format. Only the values are fitted: a definition
 * overflows to its right rather than widening column A.
 */
function writeGroup(
  sheet: Excel.Worksheet,
  group: DashboardGroup,
  at: { title: number; items: number },
  formats: NumberFormats,
): void {
  writeLine(sheet, at.title, group.title, 'bold', formats);
  writeLine(sheet, at.title + 1, group.definition, 'italic', formats);
  if (group.items.length === 0) return;
  const block = sheet.getRangeByIndexes(at.items, 0, group.items.length, 2);
  const values = group.items.map((item) => toExcel(item.value, item.format));
  // Formats before values, as in tables: a label like `2008` or `=1+1` stays text.
  block.numberFormat = group.items.map((item, i) => [
    formats.text,
    cellCode(values[i] ?? '', formats[item.format], formats.text),
  ]);
  block.values = group.items.map((item, i) => [item.label, values[i] ?? '']);
  block.format.autofitColumns();
}

/**
 * A block in column A: its title (bold), its notes (italic), its header (bold), then its rows, each cell
 * in its own format, text as text. The header and rows are fitted, the title and notes overflow.
 */
function writeBlock(
  sheet: Excel.Worksheet,
  block: DashboardBlock,
  at: { title: number; header: number },
  formats: NumberFormats,
): void {
  const columns = block.header.length;
  writeLine(sheet, at.title, block.title, 'bold', formats);
  block.notes.forEach((note, i) => writeLine(sheet, at.title + 1 + i, note, 'italic', formats));
  const body = sheet.getRangeByIndexes(at.header, 0, 1 + block.rows.length, columns);
  const values = block.rows.map((row) => row.map((cell) => toExcel(cell.value, cell.format)));
  body.numberFormat = [
    block.header.map((name) => cellCode(name, formats.text, formats.text)),
    ...block.rows.map((row, r) =>
      row.map((cell, c) => cellCode(values[r]?.[c] ?? '', formats[cell.format], formats.text)),
    ),
  ];
  body.values = [block.header, ...values];
  sheet.getRangeByIndexes(at.header, 0, 1, columns).format.font.bold = true;
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
      cellCode(category, chart.categoryFormat ? formats[chart.categoryFormat] : GENERAL, formats.text),
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
  drawAxes(added, chart, formats);
  return added;
}

/**
 * Titles both axes and steps the value axis (and a scatter's x axis) at 4 to 6 readable ticks, each
 * labelled in the chart's format without needless decimals; the axis title carries the unit.
 */
function drawAxes(added: Excel.Chart, chart: ChartSpec, formats: NumberFormats): void {
  const { valueAxis, categoryAxis } = added.axes;
  const values = chart.series.flatMap((series) => series.values);
  scaleAxis(valueAxis, axisScale(values, { integer: chart.format === 'integer' }), chart.format, formats);
  if (chart.kind === 'scatterLines') {
    const xs = chart.categories.map(Number);
    const format = chart.categoryFormat ?? 'decimal';
    scaleAxis(
      categoryAxis,
      axisScale(xs, { includeZero: false, integer: format === 'year' }),
      format,
      formats,
    );
  }
  valueAxis.title.text = chart.axisTitles.value;
  valueAxis.title.visible = true;
  categoryAxis.title.text = chart.axisTitles.category;
  categoryAxis.title.visible = true;
}

function scaleAxis(
  axis: Excel.ChartAxis,
  scale: AxisScale,
  format: ColumnFormat,
  formats: NumberFormats,
): void {
  axis.minimum = scale.min;
  axis.maximum = scale.max;
  axis.majorUnit = scale.step;
  axis.numberFormat = axisNumberFormat(format, scale.step, formats);
}

/**
 * The number format of an axis's tick labels: as many decimals as the step needs; percentage points
 * signed and without their unit, which the axis title gives.
 */
export function axisNumberFormat(format: ColumnFormat, step: number, formats: NumberFormats): string {
  const decimals = (shift: number) => {
    const n = Math.max(0, stepDecimals(step) - shift);
    return n > 0 ? `0.${'0'.repeat(n)}` : '0';
  };
  switch (format) {
    case 'percent':
      return `${decimals(2)}%`;
    case 'points': {
      const code = decimals(0);
      return `+${code};-${code};${code}`;
    }
    case 'decimal':
      return decimals(0);
    case 'year':
      return '0';
    default:
      return formats[format];
  }
}

function kindOf(type: string): ChartSpec['kind'] | undefined {
  return (Object.keys(CHART_TYPES) as ChartSpec['kind'][]).find((kind) => CHART_TYPES[kind] === type);
}
