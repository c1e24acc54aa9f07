import { createHash, randomUUID } from 'node:crypto';
import type { BudgetOverwrite } from '../../shared/api/imports';
import { validateImportDocument, type ImportDocument, type ImportProblem } from '../../shared/schemas';
import { findDuplicates } from '../../shared/import/natural-keys';
import { sortProblems } from '../../shared/import/problem-order';
import { batchWrite } from '../data/batch';
import { writeBudgetUpdate } from '../data/budget';
import {
  bumpDataVersion,
  listImportJobs,
  recordImportAudit,
  recordImportProgress,
  saveImportJob,
  setDatasetLabel,
  type ImportCounts,
  type ImportJob,
} from '../data/imports';
import type { Store } from '../data/store';
import { ImportRaceError, VersionConflictError, type RacedLine } from '../errors';
import { firmItemsWithViews } from '../services/stored-views';
import { planImport, type ImportPlan } from './plan';
import { checkReferences } from './references';
import { loadStoreState } from './store-state';
import { checkTurnover } from './warnings';

/** The answer to an accepted import (docs/architecture.md, "Import"). */
export interface ImportReport {
  /** The job's id; null on a dry run, which records no job. */
  importId: string | null;
  dryRun: boolean;
  counts: ImportCounts;
  warnings: ImportProblem[];
  /** Dry runs only: each stored budget line the import would change, now and in the document. */
  overwrites?: BudgetOverwrite[];
}

/** A refused import: every bad row, nothing written. */
export interface ImportRejection {
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/** How an import is run. */
export interface ImportOptions {
  dryRun: boolean;
  /** Who imports (the token's subject). */
  who: string;
  /** The clock, passed in so tests can fix it. */
  now?: () => Date;
  /** Told how many items are written so far, of how many. */
  onProgress?: (written: number, total: number) => void;
}

/** How often the job's progress is saved, in items written. */
const PROGRESS_EVERY = 500;

/** A label for an import without one, e.g. "import of 2026-11-25". */
const defaultLabel = (now: string) => `import of ${now.slice(0, 10)}`;

function documentHash(document: unknown): string {
  return createHash('sha256').update(JSON.stringify(document)).digest('hex');
}

/**
 * Every problem of a document, in one pass (docs/architecture.md, "Import"): the rows' own checks,
 * duplicates by natural key and references, bad rows included; sorted by section and row, one entry
 * per (row, field): a duplicate or reference problem on a field already reported is left out.
 */
function allProblems(rowErrors: ImportProblem[], checks: ImportProblem[]): ImportProblem[] {
  const reported = new Set(rowErrors.map((p) => `${p.entity}|${p.row}|${p.field}`));
  const added = checks.filter((p) => !reported.has(`${p.entity}|${p.row}|${p.field}`));
  return sortProblems([...rowErrors, ...added]);
}

/**
 * Imports a document: validates every row, finds duplicates and checks references against the
 * document and the store, all in one pass, and only then writes — changed items only, by natural
 * key. The job is recorded before the first write and completed after the last, so an interrupted
 * import shows as incomplete; running the same document again resumes that job and finishes it, with
 * no duplicates (every write is an upsert). A budget line changed by someone else between the read
 * and the write throws {@link ImportRaceError} once every other write is done; the job stays incomplete.
 */
export async function runImport(
  store: Store,
  input: unknown,
  options: ImportOptions,
): Promise<{ ok: true; report: ImportReport } | { ok: false; rejection: ImportRejection }> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const validation = validateImportDocument(input);
  const isDocument = typeof input === 'object' && input !== null && !Array.isArray(input);
  if (!isDocument) return { ok: false, rejection: { errors: validation.errors, warnings: [] } };
  const state = await loadStoreState(store, input);
  const errors = allProblems(validation.errors, [...findDuplicates(input), ...checkReferences(input, state)]);
  const warnings = [...validation.warnings, ...checkTurnover(validation.validRows, state)];
  const { document } = validation;
  if (errors.length > 0 || !document) return { ok: false, rejection: { errors, warnings } };

  const plan = planImport(document, state, { who: options.who, now, newId: randomUUID });
  if (options.dryRun) {
    const report = {
      importId: null,
      dryRun: true,
      counts: plan.counts,
      warnings,
      overwrites: plan.overwrites,
    };
    return { ok: true, report };
  }
  const { job, resumed } = await startJob(store, document, plan, options.who, now);
  await writePlan(store, job, plan, options.onProgress);
  await finishJob(
    store,
    job,
    document,
    plan,
    options.who,
    (options.now ?? (() => new Date()))().toISOString(),
    // A resumed job's first run may have written items this run finds unchanged.
    job.total > 0 || resumed,
  );
  return { ok: true, report: { importId: job.id, dryRun: false, counts: plan.counts, warnings } };
}

/** Resumes the incomplete job of the same document, or starts a new one. */
async function startJob(store: Store, document: ImportDocument, plan: ImportPlan, who: string, now: string) {
  const hash = documentHash(document);
  const resumed = (await listImportJobs(store)).find(
    (job) => job.status === 'incomplete' && job.documentHash === hash,
  );
  const job: ImportJob = {
    id: resumed?.id ?? randomUUID(),
    ...(document.label ? { label: document.label } : {}),
    documentHash: hash,
    status: 'incomplete',
    startedAt: resumed?.startedAt ?? now,
    updatedAt: now,
    startedBy: who,
    total: plan.puts.length + plan.firms.length + plan.budget.length,
    written: 0,
    counts: plan.counts,
  };
  await saveImportJob(store, job);
  return { job, resumed: resumed !== undefined };
}

async function writePlan(
  store: Store,
  job: ImportJob,
  plan: ImportPlan,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<void> {
  let saved = 0;
  // Progress saves run one after another, and all are done before the job is completed.
  let progressSaved = Promise.resolve();
  const report = (written: number) => {
    onProgress(written, job.total);
    if (written - saved < PROGRESS_EVERY) return;
    saved = written;
    progressSaved = progressSaved.then(() =>
      recordImportProgress(store, job, written, new Date().toISOString()),
    );
    // Awaited below; marked handled now, so a failed save cannot end the process before that.
    progressSaved.catch(() => {});
  };
  // The firms' items, with their views, are made while the other items are written: the view
  // computing and the store's work overlap instead of following each other.
  const [, firmItems] = await Promise.all([
    batchWrite(store, { puts: plan.puts }, report),
    firmItemsWithViews(plan.firms),
  ]);
  await batchWrite(store, { puts: firmItems }, (written) => report(plan.puts.length + written));
  await progressSaved;
  const raced: RacedLine[] = [];
  for (const write of plan.budget) {
    try {
      await writeBudgetUpdate(store, write);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const { edition, lineId } = write.line;
      const { row, expectedVersion } = write;
      raced.push({
        edition,
        lineId,
        row,
        expectedVersion,
        ...(error.current ? { current: error.current } : {}),
      });
    }
  }
  // Every other line is written; the job stays incomplete, and a dry run shows what a re-run overwrites.
  if (raced.length > 0) throw new ImportRaceError(raced);
  onProgress(job.total, job.total);
}

async function finishJob(
  store: Store,
  job: ImportJob,
  document: ImportDocument,
  plan: ImportPlan,
  who: string,
  now: string,
  changedData: boolean,
): Promise<void> {
  const label = document.label ?? defaultLabel(now);
  await recordImportAudit(store, { id: job.id, at: now, who, label, counts: plan.counts });
  if (job.total > 0 || document.label) await setDatasetLabel(store, label, now);
  // After the last data write and before the job shows completed: every stored result is stale from here.
  if (changedData) await bumpDataVersion(store, now);
  await saveImportJob(store, {
    ...job,
    status: 'completed',
    updatedAt: now,
    completedAt: now,
    written: job.total,
  });
}
