import type { BudgetLine } from '../../shared/schemas';
import type { SpringApi } from '../api/spring-api';
import { isApiError } from '../errors';
import { springColumnsIn } from './refresh-plan';
import { budgetTableData, springColumns } from './spring-tables';
import { springTableName, type TableCellValue, type TableSnapshot, type WorkbookWriter } from './writer';

/** The three amounts a finance user edits. */
export const EDITABLE = ['allocated', 'committed', 'paid'] as const;
type Amounts = Record<(typeof EDITABLE)[number], number>;

/** A row whose publish met a newer line on the server: both sides, for the user to choose. */
export interface BudgetConflict {
  lineId: string;
  mine: Amounts;
  theirs: BudgetLine;
}

/** An amount cell that holds no amount: which amount, and what the cell holds (null when empty). */
export interface BadAmount {
  field: (typeof EDITABLE)[number];
  value: TableCellValue;
}

/** The row a publish stopped at, and why (a refusal, an amount that is not one, a lost connection). */
export type BudgetFailure = {
  lineId: string;
  /** What went wrong, in English (for logs and as the technical detail). */
  message: string;
} & (
  | /** An amount cell that holds no amount. */ { badAmount: BadAmount }
  | /** What the service (or the connection to it) did. */ { error: unknown }
);

/** What a publish did, row by row in table order. */
export interface PublishReport {
  /** Rows the service accepted (their new versions are written back into the table). */
  published: string[];
  /** Rows a colleague changed meanwhile: nothing overwritten on either side. */
  conflicts: BudgetConflict[];
  /** The row the publish stopped at. */
  failed?: BudgetFailure;
  /** Edited rows after the failed one, not sent. */
  notSent: string[];
}

/** An edited row of the table, ready to send. */
interface EditedRow {
  lineId: string;
  version: number;
  /** The row's amounts, or why they are not amounts. */
  mine: Amounts | AmountProblem;
}

/** Why a row's amounts are not amounts: a sentence, and the cell. */
type AmountProblem = { problem: string; badAmount: BadAmount };

const amountsOf = (source: Record<string, unknown>): Amounts => ({
  allocated: Number(source.allocated),
  committed: Number(source.committed),
  paid: Number(source.paid),
});

/** The Budget table's columns, recognised by their headers in every language. */
const BUDGET_COLUMNS = springColumns('Budget');

/** A budget table's rows as records by column name, and each column's header as the table shows it. */
interface BudgetRows {
  rows: Record<string, TableCellValue>[];
  headerOf: (name: string) => string;
}

/**
 * Reads a budget table's rows by column name, whichever language its headers are in; a column the user
 * renamed or deleted is a `MissingColumnError` naming it.
 */
function budgetRows(table: TableSnapshot): BudgetRows {
  const indexes = springColumnsIn(table, BUDGET_COLUMNS);
  const indexOf = new Map(BUDGET_COLUMNS.map((column, i) => [column.name, indexes[i] ?? -1]));
  return {
    rows: table.rows.map((row) =>
      Object.fromEntries(
        BUDGET_COLUMNS.map((column) => [column.name, row[indexOf.get(column.name) ?? -1] ?? null]),
      ),
    ),
    headerOf: (name) => table.header[indexOf.get(name) ?? -1] ?? name,
  };
}

/**
 * The row's amounts, or what is wrong with them (a text typed in an amount cell, a negative number),
 * naming the column by its header in the table.
 */
function amountsOfRow(
  row: Record<string, TableCellValue>,
  lineId: string,
  headerOf: BudgetRows['headerOf'],
): Amounts | AmountProblem {
  for (const field of EDITABLE) {
    const value = row[field] ?? null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      const shown = value === null || value === '' ? 'an empty cell' : `"${String(value)}"`;
      return {
        problem: `${headerOf(field)} of line ${lineId} must be an amount in EUR of 0 or more (the cell holds ${shown})`,
        badAmount: { field, value: value === '' ? null : value },
      };
    }
  }
  return amountsOf(row);
}

/** The line as the user last pulled it: the server's line at the row's version, from its history if it moved on. */
async function pulledLine(
  api: SpringApi,
  edition: string,
  current: BudgetLine,
  version: number,
): Promise<Amounts | undefined> {
  if (current.version === version) return amountsOf(current);
  const history = await api.budgetHistory(edition, current.lineId);
  const entry = history.find(
    (candidate) => (candidate.after as { version?: number } | undefined)?.version === version,
  );
  return entry?.after ? amountsOf(entry.after) : undefined;
}

/** Writes lines as the server now holds them into the table's rows (the other rows left as they are). */
async function writeLines(writer: WorkbookWriter, edition: string, lines: BudgetLine[]): Promise<void> {
  if (lines.length === 0) return;
  const name = springTableName('Budget', edition);
  const table = await writer.readTable(name);
  if (!table) return;
  const byId = new Map(lines.map((line) => [line.lineId, line]));
  const kept = budgetRows(table).rows.map((row): BudgetLine => {
    const fresh = byId.get(String(row.lineId));
    return fresh ?? ({ ...row, edition } as unknown as BudgetLine);
  });
  await writer.refreshTable(budgetTableData(edition, kept));
}

/** The table's rows whose amounts differ from the line as pulled, in table order. */
async function editedRows(api: SpringApi, edition: string, table: TableSnapshot): Promise<EditedRow[]> {
  const { rows, headerOf } = budgetRows(table);
  const current = new Map((await api.budget(edition)).map((line) => [line.lineId, line]));
  const edited: EditedRow[] = [];
  for (const row of rows) {
    const lineId = String(row.lineId);
    const line = current.get(lineId);
    if (!line) continue;
    const version = Number(row.version);
    const mine = amountsOfRow(row, lineId, headerOf);
    if ('problem' in mine) {
      edited.push({ lineId, version, mine });
      continue;
    }
    const pulled = await pulledLine(api, edition, line, version);
    if (pulled && EDITABLE.every((field) => pulled[field] === mine[field])) continue;
    edited.push({ lineId, version, mine });
  }
  return edited;
}

/**
 * Sends rows one at a time, in order, each on condition of its version: accepted rows are collected,
 * a row a colleague changed meanwhile is a conflict (and the publish goes on); any other failure stops
 * the publish there, naming the row and those not sent.
 */
async function sendRows(api: SpringApi, edition: string, rows: EditedRow[]) {
  const report: PublishReport = { published: [], conflicts: [], notSent: [] };
  const written: BudgetLine[] = [];
  for (const [index, row] of rows.entries()) {
    const stop = (why: { message: string } & ({ badAmount: BadAmount } | { error: unknown })) => {
      report.failed = { lineId: row.lineId, ...why };
      report.notSent = rows.slice(index + 1).map((rest) => rest.lineId);
    };
    if ('problem' in row.mine) {
      stop({ message: row.mine.problem, badAmount: row.mine.badAmount });
      break;
    }
    try {
      written.push(await api.patchBudgetLine(edition, row.lineId, row.version, row.mine));
      report.published.push(row.lineId);
    } catch (error) {
      if (isApiError(error) && error.status === 412 && error.problem.current) {
        report.conflicts.push({
          lineId: row.lineId,
          mine: row.mine,
          theirs: error.problem.current as BudgetLine,
        });
        continue;
      }
      stop({ message: error instanceof Error ? error.message : String(error), error });
      break;
    }
  }
  return { report, written };
}

/**
 * Publishes the finance user's edits of an edition's budget table: every row whose amounts differ from
 * the line as pulled is sent, in table order, with `If-Match` of the version it was pulled at. The
 * publish stops at the first row that fails; the rows accepted before it get their new version written
 * back into the table, so the next publish does not mistake them for conflicts.
 */
export async function publishBudget(
  api: SpringApi,
  writer: WorkbookWriter,
  edition: string,
): Promise<PublishReport> {
  const table = await writer.readTable(springTableName('Budget', edition));
  if (!table)
    throw new Error(`There is no budget table of edition ${edition} in this workbook: insert it first`);
  const { report, written } = await sendRows(api, edition, await editedRows(api, edition, table));
  await writeLines(writer, edition, written);
  return report;
}

/** "Keep mine": sends my amounts again, on condition of the version the server has now. */
export async function keepMine(
  api: SpringApi,
  writer: WorkbookWriter,
  edition: string,
  conflict: BudgetConflict,
): Promise<PublishReport> {
  const { report, written } = await sendRows(api, edition, [
    { lineId: conflict.lineId, version: conflict.theirs.version, mine: conflict.mine },
  ]);
  await writeLines(writer, edition, written);
  return report;
}

/** "Take theirs": writes the server's line into the table, dropping my edit of that row. */
export async function takeTheirs(
  writer: WorkbookWriter,
  edition: string,
  conflict: BudgetConflict,
): Promise<void> {
  await writeLines(writer, edition, [conflict.theirs]);
}
