/**
 * An admin's import from the task pane (docs/architecture.md, "Import"): the workbook (Excel's open
 * workbook, or an .xlsx file in preview mode) read into an import document, sent in parts — every part
 * dry-run before any is imported — and the problems placed on their sheets and rows, marked in the
 * workbook where the source can mark them.
 */
import type { BudgetOverwrite } from '../../shared/api/imports';
import { sendInParts, type PartStep, type PartsReport } from '../../shared/import/send-parts';
import { withSheetPlaces, type WorkbookDocument } from '../../shared/import/sheet-rows';
import { IMPORT_SECTIONS, type ImportProblem } from '../../shared/schemas';
import type { SpringApi } from '../api/spring-api';
import { RequestCancelledError } from '../errors';
import type { Language } from '../i18n/language';

/** Where an import's rows come from. */
export interface ImportSource {
  /** The workbook's import sections as a document, with where each row is in its sheet. */
  read(signal: AbortSignal): Promise<WorkbookDocument>;
  /**
   * Marks the problems' cells in the workbook (Excel), what it writes in `language`; absent where there
   * is nothing to mark (a file).
   */
  mark?(problems: readonly ImportProblem[], language: Language): Promise<void>;
  /** Clears the marks of an earlier check, restoring the cells' own look. */
  clearMarks?(): Promise<void>;
}

/** Where an import is: reading the workbook, or sending one of its parts. */
export type ImportStep = { phase: 'reading' } | PartStep;

/** The workbook has no sheet named after an import section: there is nothing to import. */
export class NoImportSheetsError extends Error {
  override readonly name = 'NoImportSheetsError';
  readonly code = 'ERR_NO_IMPORT_SHEETS';

  constructor(readonly notes: readonly string[]) {
    super(`No sheet is named after an import section (${IMPORT_SECTIONS.join(', ')})`);
  }
}

/** What a check or an import ended with. */
export type ImportOutcome =
  | {
      kind: 'problems';
      /** Every problem, with its sheet and sheet row where the workbook knows them. */
      errors: ImportProblem[];
      warnings: ImportProblem[];
      notes: string[];
      /**
       * Parts written before one was refused (the store changed after the dry runs): the import is
       * partial, and importing again finishes it. 0 when nothing was written.
       */
      importedParts: number;
      /** Why the problems could not be marked in the workbook (Excel refused), when it could not. */
      markError?: unknown;
    }
  | {
      kind: 'checked' | 'imported';
      report: PartsReport;
      warnings: ImportProblem[];
      /** Dry runs: the stored budget lines the import would change. */
      overwrites: BudgetOverwrite[];
      notes: string[];
      /** Rows sent. */
      rows: number;
      /** Why the earlier marks could not be cleared (Excel refused), when they could not. */
      markError?: unknown;
    };

/**
 * Reads `source` and dry-runs it (`dryRun`), or dry-runs then imports it; a check with problems marks
 * them, a clean one clears the marks of an earlier check.
 * @example const outcome = await runImportFlow(source, runtime.client.api, { dryRun: true, signal });
 */
export async function runImportFlow(
  source: ImportSource,
  api: SpringApi,
  options: {
    dryRun: boolean;
    signal: AbortSignal;
    /** The language of what is written in the workbook (the problems sheet's header). */
    language: Language;
    onStep?: (step: ImportStep) => void;
  },
): Promise<ImportOutcome> {
  const { dryRun, signal } = options;
  options.onStep?.({ phase: 'reading' });
  const workbook = await source.read(signal);
  if (signal.aborted) throw new RequestCancelledError();
  if (Object.keys(workbook.document).length === 0) throw new NoImportSheetsError(workbook.notes);
  const overwrites: BudgetOverwrite[] = [];
  const outcome = await sendInParts(
    workbook.document,
    async (part, { dryRun: partDryRun }) => {
      if (signal.aborted) throw new RequestCancelledError();
      const answer = await api.importDocument(part, partDryRun, signal);
      if (answer.ok) overwrites.push(...(answer.report.overwrites ?? []));
      return answer;
    },
    { dryRun, ...(options.onStep ? { onStep: options.onStep } : {}) },
  );
  const placed = (problems: readonly ImportProblem[]) => withSheetPlaces(problems, workbook);
  if (!outcome.ok) {
    const errors = placed(outcome.rejection.errors);
    const markError = await failureOf(() => source.mark?.(errors, options.language));
    return {
      kind: 'problems',
      errors,
      warnings: placed(outcome.rejection.warnings),
      notes: workbook.notes,
      importedParts: outcome.importedParts,
      ...(markError === undefined ? {} : { markError }),
    };
  }
  const markError = await failureOf(() => source.clearMarks?.());
  return {
    ...(markError === undefined ? {} : { markError }),
    kind: dryRun ? 'checked' : 'imported',
    report: outcome.report,
    warnings: placed(outcome.report.warnings),
    overwrites,
    notes: workbook.notes,
    rows: IMPORT_SECTIONS.reduce((sum, section) => sum + (workbook.document[section]?.length ?? 0), 0),
  };
}

/**
 * The error of `work`, or undefined when it succeeded: marking the workbook is a courtesy, and Excel
 * refusing it (a cell being edited, a protected sheet) must not hide what the service said.
 */
async function failureOf(work: () => Promise<void> | undefined): Promise<unknown> {
  try {
    await work();
    return undefined;
  } catch (error) {
    return error ?? new Error('marking failed');
  }
}
