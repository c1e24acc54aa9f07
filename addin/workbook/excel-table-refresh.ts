/**
 * Carrying out a refresh plan through office-js: changed cells, removed rows, new rows, each Spring
 * cell given its number format before its value (so text stays text), in requests kept under Excel on
 * the web's payload limit.
 */
import { cellCode, toExcel, type ExcelScalar, type NumberFormats } from './cell-values';
import { columnRuns, type Layout } from './excel-table-read';
import {
  chunkBySize,
  GRID_BYTES,
  gridRowBytes,
  jsonBytes,
  MAX_REQUEST_BYTES,
  WRITE_OVERHEAD_BYTES,
} from './payload';
import type { CellUpdate, RefreshPlan } from './refresh-plan';
import type { TableCellValue, ColumnFormat } from './writer';

/** The table a plan is carried out on, as read before planning. */
export interface RefreshTarget {
  table: Excel.Table;
  layout: Layout;
  formats: NumberFormats;
  /** Each table column's Spring format, undefined for the user's columns. */
  springFormats: (ColumnFormat | undefined)[];
  /** The calculated columns among the user's (table column index, formula). */
  calculated: [number, string][];
  /** Body rows before the refresh. */
  rows: number;
  /** The time zone moments are written in (an IANA name; the machine's when absent). */
  timeZone?: string;
}

/** Cells as written: values, and the number format each gets first. */
interface Cells {
  values: ExcelScalar[];
  codes: string[];
}

/** One step of the first phase: a run of changed cells to write, or a row to delete. */
type Step = { kind: 'cells'; row: number; column: number; cells: Cells } | { kind: 'delete'; index: number };

/**
 * Changed cells, then removed rows (the plan lists them bottom first, so the indexes still to delete
 * stay valid), then new rows; as few requests as the payload limit allows, never one per cell.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  target: RefreshTarget,
  plan: RefreshPlan,
): Promise<void> {
  const steps: Step[] = [
    ...cellRuns(plan.updates).map(({ row, column, values }): Step => ({
      kind: 'cells',
      row,
      column,
      cells: cellsOf(target, values, column),
    })),
    ...plan.deletions.map((index): Step => ({ kind: 'delete', index })),
  ];
  const { sheet, top, left } = target.layout;
  for (const chunk of chunkBySize(steps, stepBytes)) {
    for (const step of chunk) {
      if (step.kind === 'delete') {
        target.table.rows.getItemAt(step.index).delete();
        continue;
      }
      const range = sheet.getRangeByIndexes(top + step.row, left + step.column, 1, step.cells.values.length);
      range.numberFormat = [step.cells.codes];
      range.values = [step.cells.values];
    }
    await context.sync();
  }
  await appendRows(context, target, plan.appends, target.rows - plan.deletions.length);
}

/**
 * Appends rows a chunk per request: `rows.add` with the Spring cells empty and the user's left to
 * Excel (null; the types of `rows.add` leave null out), so that a calculated column fills its formula
 * in; then the Spring cells' number formats, then their values, so that no text reaches a cell not yet
 * formatted as text; then the calculated formulas, which Excel fills only while its "fill formulas"
 * AutoCorrect is on.
 */
async function appendRows(
  context: Excel.RequestContext,
  target: RefreshTarget,
  appends: TableCellValue[][],
  firstRow: number,
): Promise<void> {
  const { sheet, top, left } = target.layout;
  const spring = columnRuns(target.springFormats.map((format) => format !== undefined));
  const formulas = target.calculated.reduce((sum, [, formula]) => sum + gridRowBytes([formula]), 0);
  const rows = appends.map((row) => {
    const blank = target.springFormats.map((format) => (format === undefined ? null : ''));
    const runs = spring.map((run) => cellsOf(target, row.slice(run.start, run.start + run.count), run.start));
    const bytes = runs.reduce(
      (sum, cells) => sum + gridRowBytes(cells.values) + gridRowBytes(cells.codes),
      gridRowBytes(blank) + formulas,
    );
    return { blank, runs, bytes };
  });
  // Each chunk writes a grid to rows.add, two per run of Spring columns and one per calculated column.
  const writes = 1 + 2 * spring.length + target.calculated.length;
  const base = writes * (GRID_BYTES + WRITE_OVERHEAD_BYTES);
  let at = firstRow;
  for (const chunk of chunkBySize(rows, (row) => row.bytes, MAX_REQUEST_BYTES, base)) {
    target.table.rows.add(undefined, chunk.map((row) => row.blank) as unknown as ExcelScalar[][]);
    spring.forEach((run, i) => {
      const range = sheet.getRangeByIndexes(top + at, left + run.start, chunk.length, run.count);
      range.numberFormat = chunk.map((row) => row.runs[i]?.codes ?? []);
      range.values = chunk.map((row) => row.runs[i]?.values ?? []);
    });
    for (const [column, formula] of target.calculated)
      sheet.getRangeByIndexes(top + at, left + column, chunk.length, 1).formulas = chunk.map(() => [formula]);
    at += chunk.length;
    await context.sync();
  }
}

/** Spring values of neighbouring columns from `column` on, as written: converted, each with its format code. */
function cellsOf(target: RefreshTarget, values: TableCellValue[], column: number): Cells {
  const { formats, springFormats, timeZone } = target;
  const written = values.map((value, k) => toExcel(value, springFormats[column + k] ?? 'text', timeZone));
  return {
    values: written,
    codes: written.map((value, k) =>
      cellCode(value, formats[springFormats[column + k] ?? 'text'], formats.text),
    ),
  };
}

/** A step's share of a request: a one-row write's two grids, and what any call costs. */
const stepBytes = (step: Step) =>
  step.kind === 'delete'
    ? WRITE_OVERHEAD_BYTES
    : WRITE_OVERHEAD_BYTES + jsonBytes([step.cells.values]) + jsonBytes([step.cells.codes]);

/** Neighbouring cell updates of a row, merged so that each run is one write. */
function cellRuns(updates: CellUpdate[]): { row: number; column: number; values: TableCellValue[] }[] {
  const runs: { row: number; column: number; values: TableCellValue[] }[] = [];
  for (const { row, column, value } of updates) {
    const last = runs.at(-1);
    if (last && last.row === row && last.column + last.values.length === column) last.values.push(value);
    else runs.push({ row, column, values: [value] });
  }
  return runs;
}
