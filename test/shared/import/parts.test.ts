import type { ImportProblemItem } from '../../../shared/api/imports';
import { splitImportDocument, type PartDocument } from '../../../shared/import/parts';
import { countsTotal, sendInParts, type PartOutcome } from '../../../shared/import/send-parts';
import { IMPORT_SECTIONS } from '../../../shared/schemas';

const firm = (i: number) => ({ id: `F${i}`, name: `Firm ${i} ${'x'.repeat(200)}` });
const flow = (i: number) => ({
  firmId: `F${i % 10}`,
  year: 2008 + (i % 3),
  country: i < 30 ? 'DE' : 'FR',
  value: i,
});
const document: PartDocument = {
  label: 'test',
  editions: [{ id: '2009-2010' }],
  firms: Array.from({ length: 10 }, (_, i) => firm(i)),
  exports: Array.from({ length: 60 }, (_, i) => flow(i)),
  budget: [{ edition: '2009-2010', lineId: 'L1' }],
};
const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

describe('splitImportDocument', () => {
  const parts = splitImportDocument(document, { maxBytes: 6000 });

  it('keeps a document that fits in one part', () => {
    const [only, ...rest] = splitImportDocument(document);
    expect(rest).toEqual([]);
    expect(only?.document).toEqual(document);
  });

  it('makes parts under the budget, every own row once, sections in reference order', () => {
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(size(part.document)).toBeLessThanOrEqual(6000);
      expect(part.bytes).toBe(size(part.document));
      expect(part.document.label).toBe('test');
      const sections = Object.keys(part.document).filter((key) => key !== 'label');
      expect(sections).toEqual(IMPORT_SECTIONS.filter((section) => sections.includes(section)));
    }
    for (const section of ['editions', 'firms', 'exports', 'budget'] as const) {
      const own = parts.flatMap((part) =>
        (part.rows[section] ?? []).filter((_, at) => !part.context[section]?.includes(at)),
      );
      expect(own).toEqual((document[section] ?? []).map((_, at) => at));
    }
  });

  it('sends again, as context, the earlier firms and editions a part refers to', () => {
    for (const part of parts) {
      const firms = new Set((part.document.firms ?? []).map((row) => (row as { id: string }).id));
      for (const row of part.document.exports ?? [])
        expect(firms).toContain((row as { firmId: string }).firmId);
      const editions = (part.document.editions ?? []).map((row) => (row as { id: string }).id);
      if (part.document.budget) expect(editions).toContain('2009-2010');
    }
    const last = parts.at(-1)!;
    expect(last.context.editions).toEqual([0]);
  });
});

/** A fake API: counts like a store that keeps what is imported, a bad value is a problem. */
function fakeApi() {
  const stored = new Map<string, string>();
  const calls: { dryRun: boolean; sections: string[] }[] = [];
  const keyOf = (section: string, row: Record<string, unknown>) =>
    `${section}|${String(row.id ?? '')}|${String(row.firmId ?? '')}|${String(row.year ?? '')}|${String(row.country ?? '')}|${String(row.lineId ?? '')}`;
  const send = async (part: PartDocument, { dryRun }: { dryRun: boolean }): Promise<PartOutcome> => {
    calls.push({ dryRun, sections: Object.keys(part).filter((key) => key !== 'label') });
    const errors: ImportProblemItem[] = [];
    const counts: Record<string, { created: number; updated: number; unchanged: number }> = {};
    for (const section of IMPORT_SECTIONS) {
      (part[section] ?? []).forEach((row, at) => {
        const value = row as Record<string, unknown>;
        if (value.value === -1) errors.push({ entity: section, row: at, field: 'value', message: 'bad' });
        const entry = (counts[section] ??= { created: 0, updated: 0, unchanged: 0 });
        const key = keyOf(section, value);
        const before = stored.get(key);
        if (before === undefined) entry.created++;
        else if (before === JSON.stringify(row)) entry.unchanged++;
        else entry.updated++;
        if (!dryRun) stored.set(key, JSON.stringify(row));
      });
    }
    await Promise.resolve();
    if (errors.length > 0) return { ok: false, rejection: { errors, warnings: [] } };
    return {
      ok: true,
      report: { importId: dryRun ? null : `job${calls.length}`, dryRun, counts, warnings: [] },
    };
  };
  return { send, calls, stored };
}

describe('sendInParts', () => {
  it('dry-runs every part before importing any, counts each row once, and a second run changes nothing', async () => {
    const api = fakeApi();
    const steps: string[] = [];

    const first = await sendInParts(document, api.send, {
      dryRun: false,
      maxBytes: 6000,
      onStep: (step) => steps.push(step.phase),
    });

    const parts = splitImportDocument(document, { maxBytes: 6000 }).length;
    expect(steps).toEqual([...Array(parts).fill('dry-run'), ...Array(parts).fill('import')]);
    const firstImport = api.calls.findIndex((call) => !call.dryRun);
    expect(api.calls.slice(firstImport).every((call) => !call.dryRun)).toBe(true);
    expect(first.ok && first.report.counts.firms).toEqual({ created: 10, updated: 0, unchanged: 0 });
    expect(first.ok && countsTotal(first.report.counts)).toEqual({ created: 72, updated: 0, unchanged: 0 });
    expect(first.ok && first.report.importIds).toHaveLength(parts);

    const dry = await sendInParts(document, api.send, { dryRun: true, maxBytes: 6000 });
    const again = await sendInParts(document, api.send, { dryRun: false, maxBytes: 6000 });

    expect(dry.ok && countsTotal(dry.report.counts)).toEqual({ created: 0, updated: 0, unchanged: 72 });
    expect(again.ok && countsTotal(again.report.counts)).toEqual({ created: 0, updated: 0, unchanged: 72 });
  });

  it('counts a dry run of a new document each row once, context rows aside', async () => {
    const api = fakeApi();

    const dry = await sendInParts(document, api.send, { dryRun: true, maxBytes: 6000 });

    expect(dry.ok && dry.report.counts).toEqual({
      editions: { created: 1, updated: 0, unchanged: 0 },
      firms: { created: 10, updated: 0, unchanged: 0 },
      exports: { created: 60, updated: 0, unchanged: 0 },
      budget: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(api.stored.size).toBe(0);
  });

  const exportKey = (section: string, row: unknown) => {
    const value = row as Record<string, unknown>;
    return section === 'exports'
      ? `${String(value.firmId)}|${String(value.year)}|${String(value.country)}`
      : String(value.id);
  };
  it.each([
    ['by the natural keys, given no keyOf', {}],
    ['by the keyOf given', { keyOf: exportKey }],
  ])('finds a record repeated in two parts, which no part sees alone: %s', async (_, keys) => {
    const api = fakeApi();
    const exports = [...(document.exports ?? []), { ...flow(2), value: 99 }];

    const outcome = await sendInParts({ ...document, exports }, api.send, {
      dryRun: false,
      maxBytes: 6000,
      ...keys,
    });

    expect(!outcome.ok && outcome.rejection.errors).toEqual([
      {
        entity: 'exports',
        row: 60,
        field: '',
        message: 'same natural key as row 2 (sent in another part): each record may appear once',
        code: 'duplicate',
      },
    ]);
    expect(api.stored.size).toBe(0);
  });

  it('imports nothing when a part has problems, listing them all with the whole document rows', async () => {
    const api = fakeApi();
    const exports = [...(document.exports ?? [])];
    exports[3] = { ...flow(3), value: -1 };
    exports[57] = { ...flow(57), value: -1 };

    const outcome = await sendInParts({ ...document, exports }, api.send, { dryRun: false, maxBytes: 6000 });

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.rejection.errors.map((error) => [error.entity, error.row])).toEqual([
      ['exports', 3],
      ['exports', 57],
    ]);
    expect(api.calls.every((call) => call.dryRun)).toBe(true);
    expect(api.stored.size).toBe(0);
  });

  it('takes rows without a valid key for no repeat of each other: their own dry runs say what is wrong', async () => {
    const api = fakeApi();
    const keyless = [{ name: 'no id' }, { name: 'no id either' }, { name: 'nor this one' }];

    const outcome = await sendInParts({ firms: keyless }, api.send, { dryRun: true, maxRows: 1 });

    expect(outcome.ok).toBe(true);
    expect(api.calls).toHaveLength(3);
  });

  it('says how many parts were written when a later part is refused after the dry runs', async () => {
    const api = fakeApi();
    let imports = 0;
    // The store changes after the dry runs: the service refuses the second part's import.
    const send: typeof api.send = async (part, options) => {
      if (!options.dryRun && ++imports === 2) {
        return {
          ok: false,
          rejection: {
            errors: [{ entity: 'exports', row: 0, field: 'value', message: 'changed' }],
            warnings: [],
          },
        };
      }
      return api.send(part, options);
    };

    const outcome = await sendInParts(document, send, { dryRun: false, maxBytes: 6000 });

    const parts = splitImportDocument(document, { maxBytes: 6000 });
    const refused = parts[1];
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.importedParts).toBe(1);
    // The part's row 0 is the whole document's row where that part starts.
    expect(!outcome.ok && outcome.rejection.errors.map(({ entity, row }) => [entity, row])).toEqual([
      ['exports', refused?.rows.exports?.[0]],
    ]);
  });
});
