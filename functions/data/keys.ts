/**
 * The single table's keys (docs/architecture.md, "The data model"): a firm aggregate per firm, an edition partition holding
 * its projects, applications and budget lines, audit partitions per budget line, the import jobs, and the
 * stored results of the edition indicators and effects.
 * Ids are limited to letters, digits, `.`, `_` and `-` by the schemas, so `#` is a safe separator.
 */

/** Primary key of an item. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** Sort-key prefixes inside an edition's partition. */
export const EDITION_SK = {
  meta: 'EDITION',
  project: 'PROJECT#',
  application: 'APPLICATION#',
  budget: 'BUDGET#',
} as const;

/** Partition of one edition. */
export const editionPk = (edition: string) => `EDITION#${edition}`;

export const firmKey = (id: string): ItemKey => ({ pk: `FIRM#${id}`, sk: 'FIRM' });
export const temKey = (id: string): ItemKey => ({ pk: `TEM#${id}`, sk: 'TEM' });
export const editionKey = (edition: string): ItemKey => ({ pk: editionPk(edition), sk: EDITION_SK.meta });
export const projectKey = (edition: string, id: string): ItemKey => ({
  pk: editionPk(edition),
  sk: `${EDITION_SK.project}${id}`,
});
export const applicationKey = (edition: string, firmId: string): ItemKey => ({
  pk: editionPk(edition),
  sk: `${EDITION_SK.application}${firmId}`,
});
export const budgetKey = (edition: string, lineId: string): ItemKey => ({
  pk: editionPk(edition),
  sk: `${EDITION_SK.budget}${lineId}`,
});

/** Partition of one budget line's history; sort keys are `<ISO time>#<entry id>`, so newest sorts last. */
export const budgetAuditPk = (edition: string, lineId: string) => `AUDIT#BUDGET#${edition}#${lineId}`;
/** Partition of import audit entries. */
export const IMPORT_AUDIT_PK = 'AUDIT#IMPORT';
/** An audit entry's sort key. */
export const auditSk = (at: string, id: string) => `${at}#${id}`;

/** Partition of the import jobs, sorted by start time. */
export const IMPORTS_PK = 'IMPORTS';
export const importKey = (startedAt: string, id: string): ItemKey => ({
  pk: IMPORTS_PK,
  sk: `IMPORT#${startedAt}#${id}`,
});

/** The item naming the dataset the store holds. */
export const DATASET_KEY: ItemKey = { pk: 'META', sk: 'DATASET' };

/** The counter of completed imports that changed the data: a stored result names the count it was computed at. */
export const DATA_VERSION_KEY: ItemKey = { pk: 'META', sk: 'DATA_VERSION' };

/** Partition of the stored results (each edition's indicators, the pooled effects). */
export const RESULTS_PK = 'RESULT';
/** The stored firm-based indicators of one edition. */
export const editionResultKey = (edition: string): ItemKey => ({ pk: RESULTS_PK, sk: `EDITION#${edition}` });
/** The stored pooled effects of every edition. */
export const POOLED_RESULT_KEY: ItemKey = { pk: RESULTS_PK, sk: 'POOLED' };

/** Drops the table's key attributes from an item read back, leaving the entity. */
export function withoutKeys<T extends object>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, ...entity } = item;
  return entity as T;
}
