import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { guard } from './guard';
import {
  auditSk,
  DATA_VERSION_KEY,
  DATASET_KEY,
  IMPORT_AUDIT_PK,
  importKey,
  IMPORTS_PK,
  withoutKeys,
} from './keys';
import type { Store } from './store';

/** Rows created, updated and left unchanged, per entity. */
export type ImportCounts = Record<string, { created: number; updated: number; unchanged: number }>;

/**
 * An import job as stored. It is written before the first data write and marked `completed` after the
 * last, so a job still `incomplete` is one that was interrupted (or is running right now).
 */
export interface ImportJob {
  id: string;
  label?: string;
  /** sha256 of the document: a re-run of the same document resumes the same job. */
  documentHash: string;
  status: 'incomplete' | 'completed';
  startedAt: string;
  updatedAt: string;
  completedAt?: string;
  startedBy: string;
  /** Items to write and written so far. */
  total: number;
  written: number;
  counts: ImportCounts;
}

/** How many recent jobs `GET /v1/imports` shows. */
export const RECENT_IMPORTS = 50;

/** Records a job (new, or a resumed one again with fresh totals). */
export async function saveImportJob(store: Store, job: ImportJob): Promise<void> {
  await guard(
    store.doc.send(
      new PutCommand({ TableName: store.table, Item: { ...importKey(job.startedAt, job.id), ...job } }),
    ),
  );
}

/** Moves a job's progress forward. */
export async function recordImportProgress(
  store: Store,
  job: ImportJob,
  written: number,
  at: string,
): Promise<void> {
  await guard(
    store.doc.send(
      new UpdateCommand({
        TableName: store.table,
        Key: importKey(job.startedAt, job.id),
        UpdateExpression: 'SET written = :written, updatedAt = :at',
        // Only a job that was saved first: never a partial record.
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':written': written, ':at': at },
      }),
    ),
  );
}

/** The most recent jobs, newest first. */
export async function listImportJobs(store: Store, limit = RECENT_IMPORTS): Promise<ImportJob[]> {
  const { Items } = await guard(
    store.doc.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': IMPORTS_PK },
        ScanIndexForward: false,
        Limit: limit,
        ConsistentRead: true,
      }),
    ),
  );
  return (Items ?? []).map((item) => withoutKeys<ImportJob>(item));
}

/** The label of the data the store holds, or undefined when nothing was ever imported. */
export async function getDatasetLabel(store: Store): Promise<string | undefined> {
  const { Item } = await guard(store.doc.send(new GetCommand({ TableName: store.table, Key: DATASET_KEY })));
  return typeof Item?.label === 'string' ? Item.label : undefined;
}

/** Names the data the store holds (the last completed import's label). */
export async function setDatasetLabel(store: Store, label: string, at: string): Promise<void> {
  await guard(
    store.doc.send(new PutCommand({ TableName: store.table, Item: { ...DATASET_KEY, label, at } })),
  );
}

/**
 * The data version: how many completed imports changed the data (0 before the first). Read strongly
 * consistent, so a read made after an import completed never sees the count from before it.
 */
export async function getDataVersion(store: Store): Promise<number> {
  const { Item } = await guard(
    store.doc.send(new GetCommand({ TableName: store.table, Key: DATA_VERSION_KEY, ConsistentRead: true })),
  );
  return typeof Item?.version === 'number' ? Item.version : 0;
}

/**
 * Counts one more completed import that changed the data, after its last data write: every stored
 * result computed before is then stale (docs/architecture.md, "Decisions"). Returns the new version.
 */
export async function bumpDataVersion(store: Store, at: string): Promise<number> {
  const { Attributes } = await guard(
    store.doc.send(
      new UpdateCommand({
        TableName: store.table,
        Key: DATA_VERSION_KEY,
        UpdateExpression: 'ADD #version :one SET #at = :at',
        ExpressionAttributeNames: { '#version': 'version', '#at': 'at' },
        ExpressionAttributeValues: { ':one': 1, ':at': at },
        ReturnValues: 'UPDATED_NEW',
      }),
    ),
  );
  return Number(Attributes?.version);
}

/** An import's audit entry: who imported what, when, with the counts. */
export interface ImportAuditEntry {
  id: string;
  at: string;
  who: string;
  label: string;
  counts: ImportCounts;
}

/** Records an import in the audit trail (its own partition, newest last). */
export async function recordImportAudit(store: Store, entry: ImportAuditEntry): Promise<void> {
  await guard(
    store.doc.send(
      new PutCommand({
        TableName: store.table,
        Item: {
          pk: IMPORT_AUDIT_PK,
          sk: auditSk(entry.at, entry.id),
          id: entry.id,
          at: entry.at,
          who: entry.who,
          action: 'import',
          target: { importId: entry.id, label: entry.label },
          after: { counts: entry.counts },
        },
      }),
    ),
  );
}
