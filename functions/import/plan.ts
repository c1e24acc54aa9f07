import { sameData } from '../../shared/same-data';
import type { BudgetOverwrite } from '../../shared/api/imports';
import { FirmSchema, type Firm, type ImportDocument, type ImportSection } from '../../shared/schemas';
import { inFirmKey, NATURAL_KEYS } from '../../shared/import/natural-keys';
import { budgetUpdate, type BudgetUpdate } from '../data/budget';
import { applicationKey, editionKey, projectKey, temKey } from '../data/keys';
import { VIEW_VERSION } from '../services/stored-views';
import type { ImportCounts } from '../data/imports';
import type { FirmRecord } from '../data/records';
import { storedProjectKey, type StoreState } from './store-state';

type Item = Record<string, unknown>;

/** A budget line to write in its own conditional transaction, with its audit entry, and its document row. */
export type BudgetWrite = BudgetUpdate & { row: number };

/** What an import will write, and the per-entity counts it reports. */
export interface ImportPlan {
  /** Items to put, firms apart. */
  puts: Item[];
  /** Firm aggregates to write; their items (with the served view) are made as they are written. */
  firms: FirmRecord[];
  budget: BudgetWrite[];
  /** Each stored budget line the import changes: its values now and the document's. */
  overwrites: BudgetOverwrite[];
  counts: ImportCounts;
}

/** Who imports, when, and how new audit ids are made (kept outside so the plan is deterministic). */
export interface PlanContext {
  who: string;
  now: string;
  newId: () => string;
}

/** The firm's own fields (the aggregate adds exports, agreements and projects): those of the schema. */
const FIRM_FIELDS = Object.keys(FirmSchema.shape) as (keyof Firm)[];
const firmFields = (firm: Firm): Firm =>
  Object.fromEntries(FIRM_FIELDS.map((field) => [field, firm[field]])) as Firm;

/** The list sorted by a key computed once per entry (not once per comparison: lists can be long). */
function sortedBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  return list
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

/** Lists compared as sets: sorted by their natural key so that order never counts as a change. */
function normalise(firm: FirmRecord): FirmRecord {
  return {
    ...firm,
    exports: sortedBy(firm.exports, inFirmKey('exports')),
    agreements: sortedBy(firm.agreements, inFirmKey('agreements')),
    projects: sortedBy(firm.projects, (ref) => ref.id),
  };
}

/** Counts one row as created (no stored record), unchanged (equal to it) or updated. */
function tally(counts: ImportCounts, section: ImportSection, stored: unknown, row: unknown): boolean {
  const count = (counts[section] ??= { created: 0, updated: 0, unchanged: 0 });
  if (stored === undefined) count.created++;
  else if (sameData(stored, row)) count.unchanged++;
  else count.updated++;
  return stored === undefined || !sameData(stored, row);
}

/**
 * Replaces the entry with the same key in a list, or appends it; returns the entry replaced. Each
 * list's positions by key are indexed on first use, so a firm's thousand export rows cost a thousand
 * lookups, not a scan of the list each.
 */
function keyedUpserts() {
  const positions = new WeakMap<object[], Map<string, number>>();
  return <T extends object>(list: T[], entry: T, key: (item: T) => string): T | undefined => {
    let byKey = positions.get(list);
    if (!byKey) {
      // The first entry of a key is the one replaced, as a scan from the start would find it.
      byKey = new Map();
      for (const [index, item] of list.entries()) {
        const itemKey = key(item);
        if (!byKey.has(itemKey)) byKey.set(itemKey, index);
      }
      positions.set(list, byKey);
    }
    const entryKey = key(entry);
    const index = byKey.get(entryKey);
    if (index === undefined) {
      byKey.set(entryKey, list.length);
      list.push(entry);
      return undefined;
    }
    const previous = list[index];
    list[index] = entry;
    return previous;
  };
}

/**
 * Works out what an import writes: upserts by natural key, firm aggregates rebuilt from the stored one
 * plus the document's rows, only changed items written; counts every row as created, updated or
 * unchanged, so that importing the same document twice writes nothing the second time.
 */
export function planImport(document: ImportDocument, state: StoreState, context: PlanContext): ImportPlan {
  const counts: ImportCounts = {};
  const puts: Item[] = [];
  const upsert = keyedUpserts();
  const firms = new Map<string, FirmRecord>();
  const firmOf = (id: string): FirmRecord => {
    let firm = firms.get(id);
    if (!firm) {
      const stored = state.firms.get(id);
      firm = stored
        ? structuredClone(stored)
        : ({ id, exports: [], agreements: [], projects: [] } as unknown as FirmRecord);
      firms.set(id, firm);
    }
    return firm;
  };

  for (const row of document.editions ?? []) {
    if (tally(counts, 'editions', state.editions.get(row.id), row))
      puts.push({ ...editionKey(row.id), ...row });
  }
  for (const row of document.tems ?? []) {
    if (tally(counts, 'tems', state.tems.get(row.id), row)) puts.push({ ...temKey(row.id), ...row });
  }
  for (const row of document.firms ?? []) {
    const stored = state.firms.get(row.id);
    tally(counts, 'firms', stored && firmFields(stored), row);
    Object.assign(firmOf(row.id), row);
  }
  for (const row of document.exports ?? []) {
    const { firmId, ...flow } = row;
    const previous = upsert(firmOf(firmId).exports, flow, inFirmKey('exports'));
    tally(counts, 'exports', previous, flow);
  }
  for (const row of document.agreements ?? []) {
    const { firmId, ...term } = row;
    const previous = upsert(firmOf(firmId).agreements, term, inFirmKey('agreements'));
    tally(counts, 'agreements', previous, term);
  }
  for (const row of document.applications ?? []) {
    const key = NATURAL_KEYS.applications(row);
    if (tally(counts, 'applications', state.applications.get(key), row)) {
      puts.push({ ...applicationKey(row.edition, row.firmId), ...row });
    }
  }
  for (const row of document.projects ?? []) {
    if (tally(counts, 'projects', state.projects.get(storedProjectKey(row.edition, row.id)), row))
      puts.push({ ...projectKey(row.edition, row.id), ...row });
    const { id, edition, start, end, status } = row;
    upsert(firmOf(row.firmId).projects, { id, edition, start, end, status }, (ref) => ref.id);
  }
  const changedFirms: FirmRecord[] = [];
  for (const firm of firms.values()) {
    const stored = state.firms.get(firm.id);
    const next = normalise(firm);
    // Rewritten when its data changed, or when its stored view was made by another version.
    const viewIsCurrent = state.firmViewVersions.get(firm.id) === VIEW_VERSION;
    if (!stored || !sameData(normalise(stored), next) || !viewIsCurrent) changedFirms.push(next);
  }
  const { writes, overwrites } = planBudget(document, state, context, counts);
  return { puts, firms: changedFirms, budget: writes, overwrites, counts };
}

function planBudget(document: ImportDocument, state: StoreState, context: PlanContext, counts: ImportCounts) {
  const writes: BudgetWrite[] = [];
  const overwrites: BudgetOverwrite[] = [];
  (document.budget ?? []).forEach((row, index) => {
    const stored = state.budget.get(NATURAL_KEYS.budget(row));
    const comparable = stored && {
      edition: stored.edition,
      lineId: stored.lineId,
      source: stored.source,
      action: stored.action,
      allocated: stored.allocated,
      committed: stored.committed,
      paid: stored.paid,
    };
    if (!tally(counts, 'budget', comparable, row)) return;
    const update = budgetUpdate(stored, row, { who: context.who, at: context.now, auditId: context.newId() });
    writes.push({ ...update, row: index });
    if (stored) {
      overwrites.push({
        entity: 'budget',
        row: index,
        edition: row.edition,
        lineId: row.lineId,
        current: stored,
        document: row,
      });
    }
  });
  return { writes, overwrites };
}
