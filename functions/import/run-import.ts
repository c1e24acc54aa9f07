import { createHash, randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { validateImportDocument, type ImportDocument, type ImportProblem } from '../../shared/schemas';
import { batchWrite } from '../data/batch';
import { writeBudgetLine } from '../data/budget';
import { guard } from '../data/guard';
import {
  bumpDataVersion,
  listImportJobs,
  recordImportProgress,
  saveImportJob,
  setDatasetLabel,
  type ImportCounts,
  type ImportJob,
} from '../data/imports';
import { auditSk, IMPORT_AUDIT_PK } from '../data/keys';
import type { Store } from '../data/store';
import { firmItemsWithViews } from '../services/stored-views';
import { findDuplicates } from './natural-keys';
import { planImport, type ImportPlan } from './plan';
import { checkReferences } from './references';
import { loadStoreState } from './store-state';

/** The answer to an accepted import (docs/architecture.md, "Import"). */
export interface ImportReport {
  /** The job's id; null on a dry run, which records no job. */
  importId: string | null;
  dryRun: boolean;
  counts: ImportCounts;
  warnings: ImportProblem[];
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
 * Imports a document: validates every row, checks references against the document and the store,
 * and only then writes — changed items only, by natural key. The job is recorded before the first
 * write and completed after the last, so an interrupted import shows as incomplete; running the same
 * document again resumes that job and finishes it, with no duplicates (every write is an upsert).
 */
export async function runImport(
  store: Store,
  input: unknown,
  options: ImportOptions,
): Promise<{ ok: true; report: ImportReport } | { ok: false; rejection: ImportRejection }> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const { document, errors, warnings } = validateImportDocument(input);
  if (!document) return { ok: false, rejection: { errors, warnings } };
  const duplicates = findDuplicates(document);
  if (duplicates.length > 0) return { ok: false, rejection: { errors: duplicates, warnings } };
  const state = await loadStoreState(store, document);
  const broken = checkReferences(document, state);
  if (broken.length > 0) return { ok: false, rejection: { errors: broken, warnings } };

  const plan = planImport(document, state, { who: options.who, now, newId: randomUUID });
  if (options.dryRun)
    return { ok: true, report: { importId: null, dryRun: true, counts: plan.counts, warnings } };
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
  for (const write of plan.budget)
    await writeBudgetLine(store, write.line, write.expectedVersion, write.audit);
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
  await guard(
    store.doc.send(
      new PutCommand({
        TableName: store.table,
        Item: {
          pk: IMPORT_AUDIT_PK,
          sk: auditSk(now, job.id),
          id: job.id,
          at: now,
          who,
          action: 'import',
          target: { importId: job.id, label },
          after: { counts: plan.counts },
        },
      }),
    ),
  );
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
