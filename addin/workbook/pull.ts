import type { FirmView } from '../../shared/api/firms';
import { EDITION_IDS, type Application, type BudgetLine, type Project } from '../../shared/schemas';
import type { HttpClient } from '../api/http';
import {
  budgetTableData,
  exportsTableData,
  firmsTableData,
  projectsTableData,
  SPRING_TABLE_KINDS,
  type SpringTableKind,
} from './spring-tables';
import { springTableName, type TableData, type WorkbookWriter } from './writer';

/** The user pressed Cancel: nothing more was read or written. */
export class PullCancelledError extends Error {
  override readonly name = 'PullCancelledError';
  readonly code = 'ERR_PULL_CANCELLED';

  constructor() {
    super('Cancelled: the table was left as it was');
  }
}

/** What a pull reports while it runs. */
export interface PullProgress {
  phase: 'reading' | 'writing';
  done: number;
  total?: number;
}

/** How a pull runs: cancellable between pages and chunks, with progress. */
export interface PullOptions {
  signal?: AbortSignal;
  onProgress?: (progress: PullProgress) => void;
  /** Items a page of the API holds (the API allows 1..500). */
  pageSize?: number;
}

const checkCancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new PullCancelledError();
};

async function readPages<T>(http: HttpClient, path: string, options: PullOptions): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    checkCancelled(options.signal);
    const query = `limit=${options.pageSize ?? 500}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await http.json<{ items: T[]; nextCursor?: string }>('GET', `${path}?${query}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    options.onProgress?.({ phase: 'reading', done: items.length });
  } while (cursor);
  checkCancelled(options.signal);
  return items;
}

/** Reads what a Spring table of `kind` holds for `edition`, page by page. */
export async function readSpringTable(
  http: HttpClient,
  kind: SpringTableKind,
  edition: string,
  options: PullOptions = {},
): Promise<TableData> {
  const base = `/v1/editions/${encodeURIComponent(edition)}`;
  switch (kind) {
    case 'Projects':
      return projectsTableData(edition, await readPages<Project>(http, `${base}/projects`, options));
    case 'Firms':
      return firmsTableData(
        edition,
        await readPages<FirmView & { application: Application }>(http, `${base}/firms`, options),
      );
    case 'Exports':
      return exportsTableData(edition, await readPages<FirmView>(http, `${base}/firms`, options));
    case 'Budget': {
      checkCancelled(options.signal);
      const { items } = await http.json<{ items: BudgetLine[] }>('GET', `${base}/budget`);
      checkCancelled(options.signal);
      return budgetTableData(edition, items);
    }
  }
}

/**
 * Inserts a Spring table, or brings it up to date in place when the workbook has it already (keeping
 * the user's columns). Cancel stops between pages and before writing; the table is then untouched.
 */
export async function pullTable(
  http: HttpClient,
  writer: WorkbookWriter,
  kind: SpringTableKind,
  edition: string,
  options: PullOptions = {},
): Promise<{ table: string; rows: number; refreshed: boolean }> {
  const data = await readSpringTable(http, kind, edition, options);
  checkCancelled(options.signal);
  const exists = (await writer.readTable(data.name)) !== undefined;
  if (exists) await writer.refreshTable(data);
  else
    await writer.createTable(data, (done, total) => options.onProgress?.({ phase: 'writing', done, total }));
  return { table: data.name, rows: data.rows.length, refreshed: exists };
}

/** Which kind and edition a Spring table's name stands for, or undefined for another table. */
export function parseSpringTableName(name: string): { kind: SpringTableKind; edition: string } | undefined {
  for (const kind of SPRING_TABLE_KINDS) {
    for (const edition of EDITION_IDS) if (springTableName(kind, edition) === name) return { kind, edition };
  }
  return undefined;
}

/** Refreshes every Spring table of the workbook in place, one after the other. */
export async function refreshAllTables(
  http: HttpClient,
  writer: WorkbookWriter,
  options: PullOptions = {},
): Promise<string[]> {
  const refreshed: string[] = [];
  for (const name of await writer.listTables('Spring_')) {
    const parsed = parseSpringTableName(name);
    if (!parsed) continue;
    await pullTable(http, writer, parsed.kind, parsed.edition, options);
    refreshed.push(name);
  }
  return refreshed;
}
