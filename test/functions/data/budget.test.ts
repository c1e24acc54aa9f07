import type { AuditEntry, BudgetLine } from '../../../shared/schemas';
import {
  budgetHistory,
  budgetUpdate,
  getBudgetLine,
  listBudget,
  writeBudgetLine,
  writeBudgetUpdate,
} from '../../../functions/data/budget';
import { VersionConflictError } from '../../../functions/errors';
import type { Store } from '../../../functions/data/store';
import { freshStore } from '../../helpers/store';

type BudgetAudit = AuditEntry & { action: 'budget.update' };

let store: Store;
beforeAll(async () => {
  store = await freshStore('budget');
});

/** A line of edition 2008 at `version`, with amounts keeping paid <= committed <= allocated. */
function line(lineId: string, version: number, overrides: Partial<BudgetLine> = {}): BudgetLine {
  return {
    edition: '2008',
    lineId,
    source: 'region',
    action: 'TEM service',
    allocated: 100_000,
    committed: 40_000,
    paid: 10_000,
    version,
    updatedAt: `2024-03-01T10:00:0${version % 10}.000Z`,
    updatedBy: 'finance-1',
    ...overrides,
  };
}

/** The audit entry of writing `after` over `before`. */
function audit(id: string, after: BudgetLine, before?: BudgetLine): BudgetAudit {
  return {
    id,
    at: after.updatedAt,
    who: after.updatedBy,
    action: 'budget.update',
    target: { edition: '2008', lineId: after.lineId },
    ...(before ? { before } : {}),
    after,
  };
}

/** Awaits every promise, returning the values and the reasons apart. */
async function settle<T>(promises: Promise<T>[]): Promise<{ values: T[]; reasons: unknown[] }> {
  const results = await Promise.allSettled(promises);
  return {
    values: results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
    reasons: results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : [])),
  };
}

describe('writeBudgetLine', () => {
  it('creates a line at expected version 0 and records its audit entry', async () => {
    const created = line('create', 1);

    await writeBudgetLine(store, created, 0, audit('a1', created));

    expect(await getBudgetLine(store, '2008', 'create')).toEqual(created);
    expect(await budgetHistory(store, '2008', 'create')).toEqual([audit('a1', created)]);
  });

  it('updates a line at its current version, keeping the history newest first', async () => {
    const v1 = line('update', 1);
    const v2 = line('update', 2, { paid: 20_000 });
    const v3 = line('update', 3, { committed: 50_000 });
    await writeBudgetLine(store, v1, 0, audit('u1', v1));

    await writeBudgetLine(store, v2, 1, audit('u2', v2, v1));
    await writeBudgetLine(store, v3, 2, audit('u3', v3, v2));

    expect(await getBudgetLine(store, '2008', 'update')).toEqual(v3);
    expect((await budgetHistory(store, '2008', 'update')).map((entry) => entry.id)).toEqual([
      'u3',
      'u2',
      'u1',
    ]);
  });

  it('refuses a stale version with the line as stored, and writes no audit entry', async () => {
    const v1 = line('stale', 1);
    const v2 = line('stale', 2, { paid: 15_000 });
    await writeBudgetLine(store, v1, 0, audit('s1', v1));
    await writeBudgetLine(store, v2, 1, audit('s2', v2, v1));

    const attempt = writeBudgetLine(store, line('stale', 2, { paid: 1 }), 1, audit('s-late', v2, v1));

    await expect(attempt).rejects.toThrow(VersionConflictError);
    await expect(attempt).rejects.toMatchObject({
      code: 'ERR_VERSION_CONFLICT',
      current: v2,
      message: 'budget line 2008/stale is at version 2, not 1',
    });
    expect((await budgetHistory(store, '2008', 'stale')).map((entry) => entry.id)).toEqual(['s2', 's1']);
  });

  it('refuses to create a line that exists, carrying the existing one', async () => {
    const existing = line('exists', 1);
    await writeBudgetLine(store, existing, 0, audit('e1', existing));

    const attempt = writeBudgetLine(store, line('exists', 1, { paid: 0 }), 0, audit('e2', existing));

    await expect(attempt).rejects.toMatchObject({ name: 'VersionConflictError', current: existing });
  });

  it('refuses an update of a line that does not exist, with no current line', async () => {
    const attempt = writeBudgetLine(store, line('ghost', 4), 3, audit('g1', line('ghost', 4)));

    await expect(attempt).rejects.toMatchObject({
      name: 'VersionConflictError',
      current: undefined,
      message: 'budget line 2008/ghost is at version none, not 3',
    });
    expect(await getBudgetLine(store, '2008', 'ghost')).toBeUndefined();
    expect(await budgetHistory(store, '2008', 'ghost')).toEqual([]);
  });

  it.each([
    ['creates', 0],
    ['updates', 1],
  ])('lets exactly one of 20 racing writers that %s win; the others get its line', async (_, expected) => {
    const lineId = `race-${expected}`;
    const base = line(lineId, 1);
    if (expected === 1) await writeBudgetLine(store, base, 0, audit(`${lineId}-base`, base));
    const candidates = Array.from({ length: 20 }, (__, i) =>
      line(lineId, expected + 1, { paid: i, updatedBy: `writer-${i}` }),
    );

    const { values, reasons } = await settle(
      candidates.map((candidate, i) =>
        writeBudgetLine(store, candidate, expected, audit(`${lineId}-w${i}`, candidate)),
      ),
    );

    expect(values).toHaveLength(1);
    const stored = await getBudgetLine(store, '2008', lineId);
    expect(candidates).toContainEqual(stored);
    expect(reasons).toHaveLength(19);
    for (const reason of reasons) {
      expect(reason).toBeInstanceOf(VersionConflictError);
      expect((reason as VersionConflictError).current).toEqual(stored);
    }
    const history = await budgetHistory(store, '2008', lineId);
    expect(history).toHaveLength(expected === 0 ? 1 : 2);
    expect(history[0]).toMatchObject({ id: `${lineId}-w${stored?.paid}`, after: stored });
  });
});

describe('budgetUpdate and writeBudgetUpdate', () => {
  const at = '2024-05-01T09:00:00.000Z';

  it('makes a new line at version 1 stamped by who, with an audit entry holding only after', () => {
    const { version: _v, updatedAt: _a, updatedBy: _b, ...values } = line('new', 1);

    const update = budgetUpdate(undefined, values, { who: 'import-1', at, auditId: 'a1' });

    expect(update).toEqual({
      line: { ...values, version: 1, updatedAt: at, updatedBy: 'import-1' },
      expectedVersion: 0,
      audit: {
        id: 'a1',
        at,
        who: 'import-1',
        action: 'budget.update',
        target: { edition: '2008', lineId: 'new' },
        after: { ...values, version: 1, updatedAt: at, updatedBy: 'import-1' },
      },
    });
  });

  it('makes the next version of a stored line with the name colleagues see, the audit keeping before and after', async () => {
    const stored = line('bu-1', 1);
    await writeBudgetLine(store, stored, 0, {
      id: 'bu-0',
      at: stored.updatedAt,
      who: 'finance-1',
      action: 'budget.update',
      target: { edition: '2008', lineId: 'bu-1' },
      after: stored,
    });
    const { version: _v, updatedAt: _a, updatedBy: _b, ...values } = stored;

    const update = budgetUpdate(
      stored,
      { ...values, paid: 20_000 },
      { who: 'oid-7', updatedBy: 'Anna Rossi', at, auditId: 'bu-2' },
    );
    await writeBudgetUpdate(store, update);

    expect(update.expectedVersion).toBe(1);
    expect(await getBudgetLine(store, '2008', 'bu-1')).toEqual({
      ...stored,
      paid: 20_000,
      version: 2,
      updatedAt: at,
      updatedBy: 'Anna Rossi',
    });
    expect((await budgetHistory(store, '2008', 'bu-1'))[0]).toMatchObject({
      who: 'oid-7',
      before: stored,
      after: update.line,
    });
    await expect(writeBudgetUpdate(store, update)).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe('listBudget', () => {
  it("lists an edition's lines in line id order, without the table's keys", async () => {
    const own = await freshStore('budget_list');
    const lines = ['b', 'a', 'c'].map((lineId) => line(lineId, 1));
    for (const each of lines) await writeBudgetLine(own, each, 0, audit(`l-${each.lineId}`, each));
    await writeBudgetLine(own, line('other', 1, { edition: '2007' }), 0, audit('o', line('other', 1)));

    const listed = await listBudget(own, '2008');

    expect(listed.map((each) => each.lineId)).toEqual(['a', 'b', 'c']);
    expect(listed[0]).toEqual(line('a', 1));
  });
});
