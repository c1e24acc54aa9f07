import type { AuditEntry, BudgetLine } from '../../shared/schemas';
import type { HttpClient } from '../api/http';
import { isApiError } from '../errors';
import { budgetTableData } from './spring-tables';
import { springTableName, type CellValue, type TableSnapshot, type WorkbookWriter } from './writer';

/** The three amounts a finance user edits. */
export const EDITABLE = ['allocated', 'committed', 'paid'] as const;
type Amounts = Record<(typeof EDITABLE)[number], number>;

/** A row whose publish met a newer line on the server: both sides, for the user to choose. */
export interface BudgetConflict {
  lineId: string;
  mine: Amounts;
  theirs: BudgetLine;
}

/** A row the server refused: the invariant it breaks. */
export interface BudgetRefusal {
  lineId: string;
  message: string;
}

/** What a publish did. */
export interface PublishReport {
  published: string[];
  conflicts: BudgetConflict[];
  refused: BudgetRefusal[];
}

const amountsOf = (source: Record<string, unknown>): Amounts => ({
  allocated: Number(source.allocated),
  committed: Number(source.committed),
  paid: Number(source.paid),
});

/** The budget table's rows as records by header name. */
function rowsOf(table: TableSnapshot): Record<string, CellValue>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((name, i) => [name, row[i] ?? null])));
}

/** The line as the user last pulled it: the server's line at the row's version, from its history if it moved on. */
async function pulledLine(
  http: HttpClient,
  edition: string,
  current: BudgetLine,
  version: number,
): Promise<Amounts | undefined> {
  if (current.version === version) return amountsOf(current);
  const { items } = await http.json<{ items: AuditEntry[] }>(
    'GET',
    `/v1/editions/${encodeURIComponent(edition)}/budget/${encodeURIComponent(current.lineId)}/history`,
  );
  const entry = items.find(
    (candidate) => (candidate.after as { version?: number } | undefined)?.version === version,
  );
  return entry?.after ? amountsOf(entry.after) : undefined;
}

/** Writes lines as the server now holds them into the table's rows (the other rows left as they are). */
async function writeLines(writer: WorkbookWriter, edition: string, lines: BudgetLine[]): Promise<void> {
  const name = springTableName('Budget', edition);
  const table = await writer.readTable(name);
  if (!table) return;
  const byId = new Map(lines.map((line) => [line.lineId, line]));
  const kept = rowsOf(table).map((row): BudgetLine => {
    const fresh = byId.get(String(row.lineId));
    return fresh ?? ({ ...row, edition } as unknown as BudgetLine);
  });
  await writer.refreshTable(budgetTableData(edition, kept));
}

/** Sends one line's amounts on condition of `version`; sorts the answer into the report. */
async function send(
  http: HttpClient,
  edition: string,
  lineId: string,
  version: number,
  mine: Amounts,
  report: PublishReport,
  written: BudgetLine[],
) {
  try {
    const line = await http.json<BudgetLine>(
      'PATCH',
      `/v1/editions/${encodeURIComponent(edition)}/budget/${encodeURIComponent(lineId)}`,
      mine,
      { 'if-match': `"${version}"` },
    );
    report.published.push(lineId);
    written.push(line);
  } catch (error) {
    if (isApiError(error) && error.status === 412 && error.problem.current) {
      report.conflicts.push({ lineId, mine, theirs: error.problem.current as BudgetLine });
    } else if (isApiError(error) && error.status === 422) {
      report.refused.push({ lineId, message: error.message });
    } else throw error;
  }
}

/**
 * Publishes the finance user's edits of an edition's budget table: every row whose amounts differ from
 * the line as pulled is sent with `If-Match` of the version it was pulled at. Accepted rows get their
 * new version in the table; rows someone else changed meanwhile come back as conflicts (nothing
 * overwritten on either side); rows breaking the invariant come back refused.
 */
export async function publishBudget(
  http: HttpClient,
  writer: WorkbookWriter,
  edition: string,
): Promise<PublishReport> {
  const table = await writer.readTable(springTableName('Budget', edition));
  if (!table)
    throw new Error(`There is no budget table of edition ${edition} in this workbook: insert it first`);
  const { items: lines } = await http.json<{ items: BudgetLine[] }>(
    'GET',
    `/v1/editions/${encodeURIComponent(edition)}/budget`,
  );
  const current = new Map(lines.map((line) => [line.lineId, line]));
  const report: PublishReport = { published: [], conflicts: [], refused: [] };
  const written: BudgetLine[] = [];
  for (const row of rowsOf(table)) {
    const lineId = String(row.lineId);
    const line = current.get(lineId);
    if (!line) continue;
    const version = Number(row.version);
    const mine = amountsOf(row);
    const pulled = await pulledLine(http, edition, line, version);
    if (pulled && EDITABLE.every((field) => pulled[field] === mine[field])) continue;
    await send(http, edition, lineId, version, mine, report, written);
  }
  await writeLines(writer, edition, written);
  return report;
}

/** "Keep mine": sends my amounts again, on condition of the version the server has now. */
export async function keepMine(
  http: HttpClient,
  writer: WorkbookWriter,
  edition: string,
  conflict: BudgetConflict,
): Promise<PublishReport> {
  const report: PublishReport = { published: [], conflicts: [], refused: [] };
  const written: BudgetLine[] = [];
  await send(http, edition, conflict.lineId, conflict.theirs.version, conflict.mine, report, written);
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
