/**
 * Reading a table through office-js: the columns asked for, in chunks of rows sized so that each
 * answer stays under Excel on the web's payload limit, a chunk Excel refuses for its size halved.
 */
import { formulaOf, fromExcel, type DateCodes } from './cell-values';
import { readChunkRows, readInChunks } from './payload';
import type { TableCellValue, ColumnSpec, TableSnapshot } from './writer';

/** Where a table's body starts on its sheet. */
export interface Layout {
  sheet: Excel.Worksheet;
  top: number;
  left: number;
}

/** A table as read, where its body is, and the calculated columns among those left unread. */
export interface TableRead {
  snapshot: TableSnapshot;
  layout: Layout;
  /** Table column index and formula of each calculated column found (see {@link ReadOptions.calculated}). */
  calculated: [number, string][];
}

/** What to read of a table. */
export interface ReadOptions {
  /** Which of the table's columns to read, given its header row; every column when absent. */
  columns?: (header: readonly string[]) => readonly boolean[];
  /** What a column holds, by its header, for estimating an answer's size; a column without a spec counts as long text. */
  specOf: (header: string) => ColumnSpec | undefined;
  /** The date and moment number format codes: numbers shown in them come back as ISO text. */
  dateCodes: DateCodes;
  /** The time zone moments are read in (an IANA name; the machine's when absent). */
  timeZone?: string;
  /**
   * Find the calculated columns among the columns not read. A calculated column holds one formula in
   * every row; reading every row of every user column to check could pass the payload limit on its
   * own, so only the first and last body rows are read (in one request: a table whose two rows of the
   * user's columns pass 5 MB fails with Excel's error), and a column whose two formulas agree counts
   * as calculated. A column whose middle rows differ still gets the shared formula in new rows, as
   * Excel itself fills a calculated column that has exceptions.
   */
  calculated?: boolean;
}

/** A run of neighbouring columns, read as one range. */
interface ColumnRun {
  start: number;
  count: number;
}

/** The runs of neighbouring columns whose `flags` are `wanted`. */
export function columnRuns(flags: readonly boolean[], wanted = true): ColumnRun[] {
  const runs: ColumnRun[] = [];
  flags.forEach((flag, column) => {
    if (flag !== wanted) return;
    const last = runs.at(-1);
    if (last && last.start + last.count === column) last.count += 1;
    else runs.push({ start: column, count: 1 });
  });
  return runs;
}

/**
 * Reads a table as it stands. Rows go a chunk per request ({@link readInChunks}), as many as
 * {@link readChunkRows} estimates from the columns read, halved when Excel still refuses a chunk.
 */
export async function readExcelTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  options: ReadOptions,
): Promise<TableRead> {
  table.load('name');
  const headerRange = table.getHeaderRowRange().load('values, rowIndex, columnIndex');
  // rows.count, not the body range: an empty table's body range is its one blank row.
  const rowCount = table.rows.load('count');
  const sheet = table.worksheet.load('name');
  await context.sync();

  const header = (headerRange.values[0] ?? []).map(String);
  const layout: Layout = { sheet, top: headerRange.rowIndex + 1, left: headerRange.columnIndex };
  const chosen = options.columns?.(header);
  const read = header.map((_, c) => (chosen ? chosen[c] === true : true));
  const count = rowCount.count;
  const blank = () => Array.from({ length: count }, () => header.map((): null => null));
  const snapshot: TableSnapshot = {
    name: table.name,
    sheetName: sheet.name,
    header,
    rows: blank() as TableCellValue[][],
    formulas: blank() as (string | null)[][],
  };
  const runs = columnRuns(read);
  const userRuns = columnRuns(read, false);
  const calculated =
    options.calculated && count > 0 && userRuns.length > 0
      ? await readCalculated(context, layout, userRuns, count)
      : [];
  const total = runs.length > 0 ? count : 0;
  const chunkRows = readChunkRows(header.filter((_, c) => read[c]).map(options.specOf));

  await readInChunks(context, total, chunkRows, (start, size) => {
    const ranges = runs.map((run) => ({
      run,
      range: layout.sheet
        .getRangeByIndexes(layout.top + start, layout.left + run.start, size, run.count)
        .load('values, formulas, numberFormat'),
    }));
    return () => {
      for (const { run, range } of ranges) {
        range.values.forEach((row: unknown[], r) => {
          const codes = range.numberFormat[r] ?? [];
          const formulas = range.formulas[r] ?? [];
          const cells = snapshot.rows[start + r] ?? [];
          const cellFormulas = snapshot.formulas[start + r] ?? [];
          row.forEach((value, k) => {
            cells[run.start + k] = fromExcel(value, codes[k], options.dateCodes, options.timeZone);
            cellFormulas[run.start + k] = formulaOf(formulas[k], value);
          });
        });
      }
    };
  });
  return { snapshot, layout, calculated };
}

/**
 * The calculated columns among `runs`, read in a request of their own: the formulas (and values, to
 * tell text from formulas) of the first and last body rows.
 */
async function readCalculated(
  context: Excel.RequestContext,
  layout: Layout,
  runs: ColumnRun[],
  count: number,
): Promise<[number, string][]> {
  const rows = count === 1 ? [0] : [0, count - 1];
  const edges = runs.map((run) => ({
    run,
    ranges: rows.map((row) =>
      layout.sheet
        .getRangeByIndexes(layout.top + row, layout.left + run.start, 1, run.count)
        .load('values, formulas'),
    ),
  }));
  await context.sync();
  return edges.flatMap(({ run, ranges }) =>
    Array.from({ length: run.count }, (_, k): [number, string][] => {
      const [first, last = first] = ranges.map((range) =>
        formulaOf(range.formulas[0]?.[k], range.values[0]?.[k]),
      );
      return first && first === last ? [[run.start + k, first]] : [];
    }).flat(),
  );
}
