import { EDITION_IDS } from '../../shared/schemas';
import type { Language } from '../i18n/language';
import { readAllPages, type PageOptions } from '../api/pages';
import type { SpringApi } from '../api/spring-api';
import { isRequestCancelled } from '../errors';
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
  /**
   * The language a new table's headers and sheet are named in (English when absent). A table already in
   * the workbook keeps its own: a refresh finds its columns by their headers in either language.
   */
  language?: Language;
}

const checkCancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new PullCancelledError();
};

/** Every page of a listing, with reading progress; Cancel is a {@link PullCancelledError}. */
async function readPages<T>(
  fetchPage: Parameters<typeof readAllPages<T>>[0],
  options: PullOptions,
): Promise<T[]> {
  const pageOptions: PageOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    onProgress: (done) => options.onProgress?.({ phase: 'reading', done }),
  };
  try {
    return await readAllPages(fetchPage, pageOptions);
  } catch (error) {
    throw isRequestCancelled(error) ? new PullCancelledError() : error;
  }
}

/** Reads what a Spring table of `kind` holds for `edition`, page by page. */
export async function readSpringTable(
  api: SpringApi,
  kind: SpringTableKind,
  edition: string,
  options: PullOptions = {},
): Promise<TableData> {
  const language = options.language ?? 'en';
  switch (kind) {
    case 'Projects':
      return projectsTableData(
        edition,
        await readPages((limit, cursor, signal) => api.projects(edition, limit, cursor, signal), options),
        language,
      );
    case 'Firms':
    case 'Exports': {
      const firms = await readPages(
        (limit, cursor, signal) => api.editionFirms(edition, limit, cursor, signal),
        options,
      );
      return kind === 'Firms'
        ? firmsTableData(edition, firms, language)
        : exportsTableData(edition, firms, language);
    }
    case 'Budget': {
      checkCancelled(options.signal);
      const items = await api.budget(edition, options.signal).catch((error: unknown) => {
        throw isRequestCancelled(error) ? new PullCancelledError() : error;
      });
      checkCancelled(options.signal);
      return budgetTableData(edition, items, language);
    }
  }
}

/**
 * Inserts a Spring table, headed and on a sheet named in `options.language`, or brings it up to date in
 * place when the workbook has it already (keeping the user's columns, and its headers and sheet in the
 * language it was inserted in). Cancel stops between pages and before writing; the table is then
 * untouched.
 *
 * @example
 * await pullTable(api, writer, 'Projects', '2008', { language: 'it' }); // sheet "Progetti 2008"
 */
export async function pullTable(
  api: SpringApi,
  writer: WorkbookWriter,
  kind: SpringTableKind,
  edition: string,
  options: PullOptions = {},
): Promise<{ table: string; rows: number; refreshed: boolean }> {
  const data = await readSpringTable(api, kind, edition, options);
  checkCancelled(options.signal);
  // Asking for no column reads the header only: enough to know whether the table is there.
  const exists = (await writer.readTable(data.name, [])) !== undefined;
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
  api: SpringApi,
  writer: WorkbookWriter,
  options: PullOptions = {},
): Promise<string[]> {
  const refreshed: string[] = [];
  for (const name of await writer.listTables('Spring_')) {
    const parsed = parseSpringTableName(name);
    if (!parsed) continue;
    await pullTable(api, writer, parsed.kind, parsed.edition, options);
    refreshed.push(name);
  }
  return refreshed;
}
