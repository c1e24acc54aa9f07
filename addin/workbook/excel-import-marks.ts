/**
 * Shows an import check's problems in the workbook through office-js (docs/architecture.md, "Import"):
 * each bad cell filled light red, and the problems sheet listing every problem with a link to its
 * cells; and takes them away again after a clean check, each cell getting its own fill back. What to
 * mark comes from ./import-marks.ts. Every request stays under Excel on the web's 5 MB (`payload.ts`).
 *
 * Microsoft's pages this rests on: "Excel.RangeFill class"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill): `color` is an "HTML color
 * code representing the color of the background, in the form #RRGGBB", and `clear()` "Resets the range
 * background" (ExcelApi 1.1). "Excel.RangeHyperlink interface"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangehyperlink): `documentReference`
 * "Represents the document reference target for the hyperlink", `textToDisplay` "the string that is
 * displayed in the top left most cell in the range", `screenTip` "the string displayed when hovering
 * over the hyperlink" (ExcelApi 1.7). "Excel.Worksheet class"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet): `getUsedRangeOrNullObject`
 * gives a null object "If the entire worksheet is blank" (ExcelApi 1.4); `delete()` "Deletes the
 * worksheet from the workbook" and fails for a "VeryHidden" sheet, which the problems sheet never is.
 */
import type { SheetCellValue } from '../../shared/import/sheet-rows';
import { cellCode, type ExcelScalar } from './cell-values';
import type { ExcelRun } from './excel-writer';
import { cellName } from './a1';
import {
  MARK_FILL,
  planImportMarks,
  PROBLEMS_SHEET,
  type LocatedProblem,
  type MarkedCell,
  type ProblemsLabels,
} from './import-marks';
import {
  chunkBySize,
  GRID_BYTES,
  gridRowBytes,
  jsonBytes,
  MAX_REQUEST_BYTES,
  readChunkRows,
  readInChunks,
  WRITE_OVERHEAD_BYTES,
} from './payload';

/** What marking did: the problems listed on the problems sheet and the cells filled. */
export interface MarkOutcome {
  problems: number;
  cells: number;
}

/**
 * What clearing did: the cells given their own fill back, and the recorded cells left as they are (the
 * user filled them since, or their sheet is gone).
 */
export interface ClearOutcome {
  restored: number;
  skipped: number;
}

/**
 * What `color` reads for a cell with no fill. The RangeFill page does not say; Excel answers `#FFFFFF`,
 * the same as for a white fill ("getCellProperties and format.fill.color return #FFFFFF instead of
 * distinguishing 'No Fill' in Excel", https://github.com/OfficeDev/office-js/issues/6218, open in
 * Microsoft's backlog). `tintAndShade` (ExcelApi 1.9, past the manifest's 1.8) was suggested to tell
 * them apart in https://github.com/OfficeDev/office-js/issues/4900 but is not documented to. So a cell
 * reading white is recorded as having no fill: an unfilled cell, by far the usual, gets no fill back
 * (never white), and a cell the user filled white looks the same again, gridlines aside.
 */
const NO_FILL_COLOR = '#FFFFFF';

/**
 * The record of the marked cells' own fills: hidden columns of the problems sheet, one row per cell
 * (its sheet, its A1 name, its own fill or '' for none), under a header. Kept in the workbook, not in
 * the pane's memory or settings, so that it lives exactly as long as the marks: it survives the pane
 * being closed and the workbook being saved, reopened or sent to a colleague, whoever clears the marks
 * finds it, and deleting the problems sheet drops it with the list. Each row stands alone, so sorting
 * the sheet does not garble it.
 */
const RECORD_COLUMN = 5;
const RECORD_HEADER = ['sheet', 'cell', 'fill'];
/** A recorded cell's A1 name, as `cellName` writes it. */
const CELL_NAME = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
/** The problems sheet's visible columns: sheet (the link), row, field, problem. */
const LIST_WIDTH = 4;
/** The text format: a sheet name, field or message starting with `=` stays text (see `cellCode`). */
const TEXT = '@';
/** Any other cell keeps Excel's default format. */
const GENERAL = 'General';

/** The workbook has a sheet named {@link PROBLEMS_SHEET} that the pane did not write: it is left alone. */
export class ProblemsSheetTakenError extends Error {
  override readonly name = 'ProblemsSheetTakenError';
  readonly code = 'ERR_PROBLEMS_SHEET_TAKEN';

  constructor() {
    super(
      `The sheet '${PROBLEMS_SHEET}' is not one the add-in wrote; rename it so that the problems can be listed`,
    );
  }
}

/** One cell's range, with the worksheet it is on. */
interface Place {
  sheet: Excel.Worksheet;
  row: number;
  column: number;
}

/**
 * Marks a check's problems: clears earlier marks ({@link clearImportMarks}), fills each bad cell
 * ({@link MARK_FILL}) after recording its own fill, and writes the problems sheet (replacing an earlier
 * one) with `labels` as its header and one row per problem, its first cell a link to the problem's cells
 * (none for the document's own problems or a sheet no longer found); then shows it. No problems, no
 * sheet: only the earlier marks are cleared.
 * @example
 * const problems = withSheetPlaces(report.errors, workbookToDocument(sheets));
 * await markImportProblems((batch) => Excel.run(batch), problems, problemsLabels(language));
 */
export async function markImportProblems(
  run: ExcelRun,
  problems: readonly LocatedProblem[],
  labels: ProblemsLabels,
): Promise<MarkOutcome> {
  return run(async (context) => {
    await clearMarks(context);
    if (problems.length === 0) return { problems: 0, cells: 0 };
    const names = [...new Set(problems.flatMap((problem) => problem.sheet ?? []))];
    const { sheets, headers } = await readHeaders(context, names);
    const marks = planImportMarks(problems, headers);
    const places = marks.cells.map((cell) => placeOf(sheets, cell));
    const own = await readFills(context, places);

    const list = context.workbook.worksheets.add(PROBLEMS_SHEET);
    // The record first: a mark is never made without its cell's own fill written down.
    const record = marks.cells.map((cell, i) => [cell.sheet, cellName(cell.row, cell.column), own[i] ?? '']);
    await writeRows(context, list, RECORD_COLUMN, [RECORD_HEADER, ...record]);
    list.getRangeByIndexes(0, RECORD_COLUMN, 1, RECORD_HEADER.length).columnHidden = true;
    await setFills(context, places, () => MARK_FILL);

    const header = [labels.sheet, labels.row, labels.field, labels.problem];
    const rows = marks.rows.map((row) => [row.sheet, row.sheetRow ?? '', row.field, row.message]);
    await writeRows(context, list, 0, [header, ...rows]);
    await writeLinks(context, list, marks.rows);
    list.getRangeByIndexes(0, 0, 1, LIST_WIDTH).format.font.bold = true;
    list.freezePanes.freezeRows(1);
    list.getRangeByIndexes(0, 0, 1 + rows.length, LIST_WIDTH).format.autofitColumns();
    list.activate();
    await context.sync();
    return { problems: rows.length, cells: marks.cells.length };
  });
}

/**
 * Takes the marks of the last check away: each recorded cell still filled with the mark gets its own
 * fill back (none for a cell that had none), and the problems sheet is deleted. A cell the user
 * filled otherwise since is left as it is. A workbook without a problems sheet is left untouched.
 * @example await clearImportMarks((batch) => Excel.run(batch)) // after a clean check
 */
export async function clearImportMarks(run: ExcelRun): Promise<ClearOutcome> {
  return run(clearMarks);
}

async function clearMarks(context: Excel.RequestContext): Promise<ClearOutcome> {
  const { worksheets } = context.workbook;
  const list = worksheets.getItemOrNullObject(PROBLEMS_SHEET);
  const all = worksheets.load('items/name');
  await context.sync();
  if (list.isNullObject) return { restored: 0, skipped: 0 };
  // A sheet of that name without the record's header is the user's own: never deleted.
  const header = list.getRangeByIndexes(0, RECORD_COLUMN, 1, RECORD_HEADER.length).load('values');
  await context.sync();
  if (header.values[0]?.join('\u0000') !== RECORD_HEADER.join('\u0000')) throw new ProblemsSheetTakenError();

  const recorded = await readRecord(context, list);
  const names = [...new Set(recorded.map((entry) => entry.sheet))];
  const found = new Map(names.map((name) => [name, worksheets.getItemOrNullObject(name)]));
  await context.sync();
  const present = recorded.flatMap((entry) => {
    const sheet = found.get(entry.sheet);
    return sheet && !sheet.isNullObject ? [{ ...entry, sheet }] : [];
  });
  const ranges = present.map((entry) => ({ entry, range: entry.sheet.getRange(entry.cell) }));
  const now = await readFills(context, ranges);
  const marked = ranges.filter((_, i) => sameColor(now[i], MARK_FILL));
  await setFills(context, marked, (i) => marked[i]?.entry.fill ?? '');

  // Excel keeps at least one sheet: a workbook left with the list alone gets a blank one first.
  if (all.items.length === 1) worksheets.add();
  list.delete();
  await context.sync();
  return { restored: marked.length, skipped: recorded.length - marked.length };
}

/** Each named sheet found, and its header row (row 1 to the last used column); a blank sheet's is []. */
async function readHeaders(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<{ sheets: Map<string, Excel.Worksheet>; headers: Map<string, SheetCellValue[]> }> {
  const candidates = names.map((name) => ({
    name,
    sheet: context.workbook.worksheets.getItemOrNullObject(name),
  }));
  await context.sync();
  const found = candidates
    .filter(({ sheet }) => !sheet.isNullObject)
    .map((entry) => ({
      ...entry,
      used: entry.sheet.getUsedRangeOrNullObject(true).load('columnIndex, columnCount'),
    }));
  await context.sync();
  const rows = found.map((entry) => ({
    ...entry,
    row: entry.used.isNullObject
      ? undefined
      : entry.sheet
          .getRangeByIndexes(0, 0, 1, entry.used.columnIndex + entry.used.columnCount)
          .load('values'),
  }));
  await context.sync();
  return {
    sheets: new Map(rows.map(({ name, sheet }) => [name, sheet])),
    headers: new Map(rows.map(({ name, row }) => [name, (row?.values[0] ?? []) as SheetCellValue[]])),
  };
}

function placeOf(sheets: ReadonlyMap<string, Excel.Worksheet>, cell: MarkedCell): Place {
  const sheet = sheets.get(cell.sheet);
  // planImportMarks places problems only on sheets whose header was read.
  if (!sheet) throw new Error(`sheet '${cell.sheet}' was not read`);
  return { sheet, row: cell.row, column: cell.column };
}

const rangeOf = (target: Place | { range: Excel.Range }): Excel.Range =>
  'range' in target ? target.range : target.sheet.getRangeByIndexes(target.row, target.column, 1, 1);

/** Each cell's own fill colour, '' for none (see {@link NO_FILL_COLOR}), a chunk of cells per request. */
async function readFills(
  context: Excel.RequestContext,
  targets: readonly (Place | { range: Excel.Range })[],
): Promise<string[]> {
  const colors: string[] = [];
  for (const chunk of chunkBySize(targets, () => WRITE_OVERHEAD_BYTES)) {
    const fills = chunk.map((target) => rangeOf(target).format.fill.load('color'));
    await context.sync();
    colors.push(
      ...fills.map((fill) => (fill.color === null || sameColor(fill.color, NO_FILL_COLOR) ? '' : fill.color)),
    );
  }
  return colors;
}

/** Fills each cell with `colorOf(index)` ('' takes its fill away), a chunk of cells per request. */
async function setFills(
  context: Excel.RequestContext,
  targets: readonly (Place | { range: Excel.Range })[],
  colorOf: (index: number) => string,
): Promise<void> {
  const indexed = targets.map((target, index) => ({ target, color: colorOf(index) }));
  for (const chunk of chunkBySize(indexed, () => WRITE_OVERHEAD_BYTES)) {
    for (const { target, color } of chunk) {
      const { fill } = rangeOf(target).format;
      if (color === '') fill.clear();
      else fill.color = color;
    }
    await context.sync();
  }
}

/** The recorded cells: their sheet, A1 name and own fill, read from the record's hidden columns. */
async function readRecord(
  context: Excel.RequestContext,
  list: Excel.Worksheet,
): Promise<{ sheet: string; cell: string; fill: string }[]> {
  const used = list.getUsedRangeOrNullObject(true).load('rowIndex, rowCount');
  await context.sync();
  if (used.isNullObject) return [];
  const rows: unknown[][] = [];
  const width = RECORD_HEADER.length;
  const total = used.rowIndex + used.rowCount - 1;
  await readInChunks(context, total, readChunkRows(RECORD_HEADER.map(() => undefined)), (start, size) => {
    const range = list.getRangeByIndexes(1 + start, RECORD_COLUMN, size, width).load('values');
    return () => rows.push(...range.values);
  });
  // A row the user edited into no cell name is passed over, not sent to Excel to fail the whole clear.
  return rows.flatMap(([sheet, cell, fill]) =>
    typeof sheet === 'string' && sheet !== '' && typeof cell === 'string' && CELL_NAME.test(cell)
      ? [{ sheet, cell, fill: typeof fill === 'string' ? fill : '' }]
      : [],
  );
}

/** Writes rows from row 1 at `left`, text kept text, a chunk of rows per request. */
async function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  left: number,
  rows: readonly ExcelScalar[][],
): Promise<void> {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const cells = rows.map((values) => {
    const codes = values.map((value) => cellCode(value, GENERAL, TEXT));
    return { values, codes, bytes: gridRowBytes(values) + gridRowBytes(codes) };
  });
  let done = 0;
  for (const chunk of chunkBySize(cells, (row) => row.bytes, MAX_REQUEST_BYTES, 2 * GRID_BYTES)) {
    const range = sheet.getRangeByIndexes(done, left, chunk.length, width);
    // Formats before values, so that Excel reads nothing into text cells.
    range.numberFormat = chunk.map((row) => row.codes);
    range.values = chunk.map((row) => row.values);
    await context.sync();
    done += chunk.length;
  }
}

/** Makes each linked problem's first cell a link to its marked cells, a chunk of links per request. */
async function writeLinks(
  context: Excel.RequestContext,
  list: Excel.Worksheet,
  rows: readonly { sheet: string; link: string | null }[],
): Promise<void> {
  const links = rows.flatMap((row, i) =>
    row.link === null
      ? []
      : [
          {
            row: 1 + i,
            hyperlink: { documentReference: row.link, textToDisplay: row.sheet, screenTip: row.link },
          },
        ],
  );
  const size = (link: (typeof links)[number]) => WRITE_OVERHEAD_BYTES + jsonBytes(link.hyperlink);
  for (const chunk of chunkBySize(links, size)) {
    for (const link of chunk) list.getRangeByIndexes(link.row, 0, 1, 1).hyperlink = link.hyperlink;
    await context.sync();
  }
}

function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toUpperCase() === b.toUpperCase();
}
