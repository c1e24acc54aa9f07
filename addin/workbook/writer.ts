/**
 * The one interface the task pane writes a workbook through, with two implementations: Excel
 * (office-js, `excel-writer.ts`) and preview (an on-page grid, `preview-writer.ts`). One shared case
 * suite (test/addin/workbook/writer.cases.ts) runs against both.
 */
import type { Language } from '../i18n/language';

/**
 * What a cell of a Spring table holds, as the writers take and give it. Dates are ISO text
 * (`2008-03-01`), moments ISO date-time text (`2026-01-05T09:30:00.000Z`); Excel shows them through the
 * column's format (not the import's `SheetCellValue`, shared/import/sheet-rows.ts, where a date may be a
 * Date).
 */
export type TableCellValue = string | number | boolean | null;

/**
 * How a column's numbers are shown: in the user's language (the writers pick the number format).
 * `percent` is a share (0.672 reads 67.2%); `points` a difference of shares, already in percentage
 * points (7.7 reads +7.7 pp); `year` a calendar year, never grouped (2009, not 2,009); `date` a day
 * (01/03/2008); `datetime` a moment, shown to the minute in the user's time zone (05/01/2026 10:30).
 */
export type ColumnFormat =
  'text' | 'integer' | 'decimal' | 'eur' | 'percent' | 'points' | 'year' | 'date' | 'datetime';

/** One column a Spring table owns. */
export interface ColumnSpec {
  /** The stable id the code knows the column by (`eligibleCost`); never shown. */
  name: string;
  /** What the header row shows, in the language of the insert (`Costo ammissibile`). */
  header: string;
  /**
   * The other headers the column is recognised by in a table already in the workbook: its header in the
   * other languages, so that a table inserted in Italian refreshes from an English pane.
   */
  aliases?: readonly string[];
  format: ColumnFormat;
  /**
   * The longest text the column can hold (in `string.length` units), from the shared schemas; absent
   * where they set none. Writers estimate the size of a read by it.
   */
  maxLength?: number;
}

/** A Spring table to create or bring up to date. */
export interface TableData {
  /** Excel table name, e.g. `Spring_Projects_2009_2010` (letters, digits and `_` only). */
  name: string;
  /** The sheet it goes on (made when missing). */
  sheetName: string;
  columns: ColumnSpec[];
  rows: TableCellValue[][];
  /**
   * The columns (by name) whose values together identify a row, for refreshing in place: `id`, or an
   * export flow's `firmId`, `year` and `country`.
   */
  keyColumns: readonly string[];
}

/** Whether a table's header cell heads `column`: its header, or one of its aliases. */
export function heads(column: ColumnSpec, header: string): boolean {
  return column.header === header || (column.aliases?.includes(header) ?? false);
}

/**
 * Where each of `columns` stands in a table whose header row is `header`: the index of the first header
 * cell that heads it, or -1 when none does (the user renamed or deleted the column). The cells that head
 * none of `columns` are the user's columns.
 */
export function columnIndexes(header: readonly string[], columns: readonly ColumnSpec[]): number[] {
  return columns.map((column) => header.findIndex((cell) => heads(column, cell)));
}

/** For each cell of a header row, whether it heads one of `columns` (the others head the user's columns). */
export function springFlags(header: readonly string[], columns: readonly ColumnSpec[]): boolean[] {
  const flags = header.map(() => false);
  for (const index of columnIndexes(header, columns)) if (index >= 0) flags[index] = true;
  return flags;
}

/**
 * A table as it stands in the workbook: every column, Spring's and the user's (the cells of columns a
 * read left out are null).
 */
export interface TableSnapshot {
  name: string;
  sheetName: string;
  header: string[];
  /** Values as displayed (a formula cell holds its result). */
  rows: TableCellValue[][];
  /** Each cell's formula (e.g. `=[@grant]*2`), or null where it holds a plain value. */
  formulas: (string | null)[][];
}

/** What a refresh changed, by key. */
export interface RefreshReport {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Reported while a long write runs: rows written so far, of how many. Rows go in chunks sized by their
 * bytes (see `payload.ts`), so that no request passes Excel on the web's 5 MB limit.
 */
export type Progress = (done: number, total: number) => void;

/**
 * A chart of the dashboard, drawn from the data it carries (written beside it on the sheet). One unit
 * a chart: its values all read in `format`, on one value axis.
 */
export interface ChartSpec {
  /** Stable id, e.g. `transitions`; the Excel chart's name. */
  id: string;
  title: string;
  /**
   * Column (clustered), bar (clustered, horizontal) or XY scatter with straight lines (x values as
   * numbers: a Lorenz curve, or an event study by year).
   */
  kind: 'column' | 'bar' | 'scatterLines';
  /** Category labels (column/bar), or the x values (scatter). */
  categories: (string | number)[];
  /** How a scatter's x values read (`percent` for a Lorenz curve, `year` for years); text categories need none. */
  categoryFormat?: ColumnFormat;
  /**
   * One series per line or bar group; each has a value per category. An interval is drawn as series
   * of its own (low, estimate, high), office-js error bars taking no value per point.
   */
  series: { name: string; values: number[] }[];
  /** How the values read: amounts in EUR, shares, percentage points, plain numbers (one unit per chart). */
  format: ColumnFormat;
  /** The axes' titles: what the categories (or x values) are, and the values' unit. */
  axisTitles: { category: string; value: string };
}

/** One labelled value of the dashboard's indicator block. */
export interface DashboardItem {
  label: string;
  value: TableCellValue;
  format: ColumnFormat;
}

/**
 * A group of the indicator block: its title, a short definition of what its indicators measure (with
 * the section of docs/indicators.md that defines them), and its labelled values.
 */
export interface DashboardGroup {
  /** Stable id, e.g. `concentration`. */
  id: string;
  title: string;
  definition: string;
  items: DashboardItem[];
}

/** A cell of a dashboard block: its value (unrounded) and the format that rounds it for display. */
export interface DashboardCell {
  value: TableCellValue;
  format: ColumnFormat;
}

/**
 * A small table of the dashboard under a title and its notes (a definition, how to read it): a header
 * row of text, then rows of cells, each in its own format (one row may hold a share, the next a count).
 */
export interface DashboardBlock {
  /** Stable id, e.g. `effect`. */
  id: string;
  title: string;
  /** Lines of text between the title and the header. */
  notes: string[];
  header: string[];
  /** Each row has a cell per header column. */
  rows: DashboardCell[][];
}

/**
 * An evaluation dashboard: a sheet with the edition's title, lines of text under it (the years
 * compared, whether the data are synthetic, warnings, where the definitions are), the indicators in
 * groups, tables of their own (effects with their intervals, outcome counts, net cost) and native
 * charts. Its text is in one language, and its numbers are shown in that language too.
 */
export interface DashboardSpec {
  sheetName: string;
  /** The language of its text, in which the preview also shows its numbers. */
  language: Language;
  title: string;
  /** Lines of text under the title, in order. */
  notes: string[];
  groups: DashboardGroup[];
  blocks: DashboardBlock[];
  charts: ChartSpec[];
}

/** A chart as it stands on a sheet. */
export interface ChartSnapshot {
  id: string;
  title: string;
  kind: ChartSpec['kind'];
  seriesNames: string[];
}

/** Writes Spring tables into a workbook. */
export interface WorkbookWriter {
  /** Names of the tables whose names start with `prefix` (e.g. `Spring_`). */
  listTables(prefix: string): Promise<string[]>;
  /**
   * A table as it stands, or undefined when there is none of that name. Given `headers`, only the cells
   * of the columns so headed are read (the others come back null, in rows and formulas): `[]` reads the
   * header alone.
   */
  readTable(name: string, headers?: readonly string[]): Promise<TableSnapshot | undefined>;
  /**
   * Creates the table, formatted (number formats per column, header row frozen, columns fitted), on its
   * sheet; a table of that name already there is replaced.
   */
  createTable(data: TableData, onProgress?: Progress): Promise<void>;
  /**
   * Brings a table up to date in place, by key: rows whose key is new are added, rows whose Spring
   * values differ are changed, rows whose key is gone are removed. The table keeps its header row, in
   * whichever language it was inserted (its columns are recognised by {@link columnIndexes}), and its
   * sheet. Columns the user added beside
   * Spring's (formulas included) are kept, row by row, and never read, but for what new rows need of
   * a calculated column. Text stays text, even text Excel would take for a formula (`=1+1`).
   */
  refreshTable(data: TableData): Promise<RefreshReport>;
  /** Writes a dashboard sheet (replacing one of that name): the indicator block, each chart's data and the chart. */
  writeDashboard(spec: DashboardSpec): Promise<void>;
  /** The charts on a sheet, in the order they were added (empty when the sheet has none or is missing). */
  readCharts(sheetName: string): Promise<ChartSnapshot[]>;
}

/** Excel table names allow letters, digits and `_`: `Spring_Projects_2009_2010`. */
export function springTableName(kind: string, edition: string): string {
  return `Spring_${kind}_${edition.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Refuses a block whose rows have not a cell per header column, before anything is written. */
export function checkBlock(block: DashboardBlock): void {
  const row = block.rows.findIndex((cells) => cells.length !== block.header.length);
  if (row >= 0) {
    throw new Error(
      `Block ${block.id}: row ${row + 1} has ${block.rows[row]?.length} cells for ${block.header.length} columns`,
    );
  }
}

/** Refuses a chart that cannot be drawn (no data, or a series without one value per category), before anything is written. */
export function checkChart(chart: ChartSpec): void {
  if (chart.categories.length === 0 || chart.series.length === 0)
    throw new Error(`Chart ${chart.id} has no data to draw`);
  const short = chart.series.find((series) => series.values.length !== chart.categories.length);
  if (short) {
    throw new Error(
      `Chart ${chart.id}: series ${short.name} has ${short.values.length} values for ${chart.categories.length} categories`,
    );
  }
}
