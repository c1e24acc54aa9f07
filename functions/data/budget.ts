import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditEntry, BudgetLine } from '../../shared/schemas';
import { VersionConflictError } from '../errors';
import { guard } from './guard';
import { auditSk, budgetAuditPk, budgetKey, EDITION_SK, editionPk, withoutKeys } from './keys';
import { queryAll } from './query';
import type { Store } from './store';

/** An edition's budget lines, in line id order. */
export async function listBudget(store: Store, edition: string): Promise<BudgetLine[]> {
  const items = await queryAll(store, { pk: editionPk(edition), skPrefix: EDITION_SK.budget });
  return items.map((item) => withoutKeys<BudgetLine>(item));
}

/** One budget line, or undefined. */
export async function getBudgetLine(
  store: Store,
  edition: string,
  lineId: string,
): Promise<BudgetLine | undefined> {
  const { Item } = await guard(
    store.doc.send(
      new GetCommand({ TableName: store.table, Key: budgetKey(edition, lineId), ConsistentRead: true }),
    ),
  );
  return Item ? withoutKeys<BudgetLine>(Item) : undefined;
}

/** A budget line's audit entries, newest first (read consistently, so a write just made is there). */
export async function budgetHistory(store: Store, edition: string, lineId: string): Promise<AuditEntry[]> {
  const items = await queryAll(
    store,
    { pk: budgetAuditPk(edition, lineId), skPrefix: '' },
    { newestFirst: true, consistent: true },
  );
  return items.map((item) => withoutKeys<AuditEntry>(item));
}

/** A budget line's new values (amounts and the rest of its fields), without version and stamps. */
export type BudgetValues = Omit<BudgetLine, 'version' | 'updatedAt' | 'updatedBy'>;

/** A budget line update ready to write: the new line, the version it replaces, its audit entry. */
export interface BudgetUpdate {
  line: BudgetLine;
  /** The stored line's version (0: no stored line). */
  expectedVersion: number;
  audit: AuditEntry & { action: 'budget.update' };
}

/** Who makes an update, when, and the new audit entry's id. */
export interface BudgetUpdateContext {
  /** The audit's `who`: the token's subject. */
  who: string;
  /** The line's `updatedBy`, as colleagues see it (default: `who`). */
  updatedBy?: string;
  at: string;
  auditId: string;
}

/**
 * The one way a budget line is updated, by a `PATCH` and by an import alike: the next version of
 * `stored` (absent: a new line) with `values`, stamped, and the audit entry keeping both.
 * Pure: write it with {@link writeBudgetUpdate}.
 */
export function budgetUpdate(
  stored: BudgetLine | undefined,
  values: BudgetValues,
  context: BudgetUpdateContext,
): BudgetUpdate {
  const line: BudgetLine = {
    ...stored,
    ...values,
    version: (stored?.version ?? 0) + 1,
    updatedAt: context.at,
    updatedBy: context.updatedBy ?? context.who,
  };
  return {
    line,
    expectedVersion: stored?.version ?? 0,
    audit: {
      id: context.auditId,
      at: context.at,
      who: context.who,
      action: 'budget.update',
      target: { edition: line.edition, lineId: line.lineId },
      ...(stored ? { before: stored } : {}),
      after: line,
    },
  };
}

/** Writes an update made by {@link budgetUpdate}; throws {@link VersionConflictError} on a stale version. */
export async function writeBudgetUpdate(store: Store, update: BudgetUpdate): Promise<void> {
  await writeBudgetLine(store, update.line, update.expectedVersion, update.audit);
}

/**
 * Writes a budget line and its audit entry in one transaction, on condition that the stored line is
 * still at `expectedVersion` (or absent, when `expectedVersion` is 0): a line and its history can
 * never disagree, and no update is lost. On a stale version throws {@link VersionConflictError}
 * carrying the line as stored now.
 */
export async function writeBudgetLine(
  store: Store,
  line: BudgetLine,
  expectedVersion: number,
  audit: AuditEntry & { action: 'budget.update' },
): Promise<void> {
  const condition =
    expectedVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' } };
  try {
    await guard(
      store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: store.table,
                Item: { ...budgetKey(line.edition, line.lineId), ...line },
                ...condition,
                ...(expectedVersion === 0
                  ? {}
                  : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            {
              Put: {
                TableName: store.table,
                Item: {
                  pk: budgetAuditPk(line.edition, line.lineId),
                  sk: auditSk(audit.at, audit.id),
                  ...audit,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      ),
    );
  } catch (error) {
    const reason = error instanceof TransactionCanceledException ? error.CancellationReasons?.[0] : undefined;
    if (reason?.Code !== 'ConditionalCheckFailed') throw error;
    const current = reason.Item ? withoutKeys<BudgetLine>(unmarshall(reason.Item)) : undefined;
    throw new VersionConflictError(
      `budget line ${line.edition}/${line.lineId} is at version ${current?.version ?? 'none'}, not ${expectedVersion}`,
      current,
      { cause: error },
    );
  }
}
