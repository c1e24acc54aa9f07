/** What the Excel mock's chart commands do to the workbook: add charts and series, point them at ranges, place them. */
import {
  address,
  forEachCell,
  MockExcelError,
  type ChartModel,
  type Rect,
  type SeriesModel,
  type SheetModel,
} from './excel-mock-model';

/** The chart types the mock draws; others are not modelled. */
const MODELLED_TYPES = new Set(['ColumnClustered', 'BarClustered', 'XYScatterLines']);

/** A new chart's size in cells when it is moved without an end cell (Excel's default is about 8 × 15). */
const DEFAULT_SIZE = { rows: 15, columns: 8 };

const isScatter = (type: string) => type.startsWith('XYScatter');
const column = (rect: Rect, index: number): Rect => ({ ...rect, column: rect.column + index, columns: 1 });

/**
 * A chart over a block of numbers, a series per column named `SeriesN`, as Excel draws it: an XY
 * scatter over several columns takes the first as everyone's x values. Excel also guesses headers and
 * category labels from text in the block; the mock refuses text instead of guessing.
 */
export function addChart(
  sheet: SheetModel,
  rect: Rect,
  type: string,
  seriesBy: string | undefined,
): ChartModel {
  if (!MODELLED_TYPES.has(type)) throw new Error(`mock: chart type ${type} is not modelled`);
  if (seriesBy !== 'Columns') throw new Error('mock: only series by columns are modelled');
  forEachCell(rect, (row, c) => {
    const cell = rect.sheet.cell(row, c);
    if (typeof cell.value !== 'number' || cell.formula !== null)
      throw new Error(`mock: chart data other than numbers (${address(rect)}) is not modelled`);
  });
  const xValues = isScatter(type) && rect.columns > 1 ? column(rect, 0) : null;
  const first = xValues ? 1 : 0;
  const series = Array.from({ length: rect.columns - first }, (_, i): SeriesModel => ({
    name: `Series${i + 1}`,
    values: column(rect, first + i),
    xValues,
  }));
  const { charts } = sheet;
  let name = `Chart ${charts.length + 1}`;
  for (let n = charts.length + 2; charts.some((chart) => chart.name === name); n++) name = `Chart ${n}`;
  const axis = () => ({ numberFormat: 'General', title: '', titleVisible: false });
  const chart: ChartModel = {
    sheet,
    name,
    type,
    title: '',
    series,
    cells: null,
    axes: { value: axis(), category: axis() },
  };
  charts.push(chart);
  return chart;
}

/** A series added to a chart, drawn once its values are set. */
export function addSeries(chart: ChartModel, name: string | undefined): SeriesModel {
  const series: SeriesModel = {
    name: name ?? `Series${chart.series.length + 1}`,
    values: null,
    xValues: null,
  };
  chart.series.push(series);
  return series;
}

/** A series' values or x values come from one row or one column. */
export function seriesRange(rect: Rect): Rect {
  if (rect.rows !== 1 && rect.columns !== 1)
    throw new MockExcelError('InvalidArgument', `${address(rect)} is not a single row or column`);
  return rect;
}

/** Places a chart over the cells from `start` to `end` (both included), or keeps its size at `start`. */
export function placeChart(
  chart: ChartModel,
  start: { row: number; column: number },
  end: { row: number; column: number } | undefined,
): void {
  const size = end
    ? { rows: end.row - start.row + 1, columns: end.column - start.column + 1 }
    : (chart.cells ?? DEFAULT_SIZE);
  if (size.rows < 1 || size.columns < 1)
    throw new MockExcelError('InvalidArgument', 'the end cell is above or left of the start cell');
  chart.cells = { sheet: chart.sheet, ...start, rows: size.rows, columns: size.columns };
}
