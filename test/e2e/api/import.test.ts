import { generateSampleData } from '../../../functions/sample';
import type { ImportDocument } from '../../../shared/schemas';
import { problemOf } from '../../helpers/api-client';
import { useApiServer } from '../../helpers/api-server';

const served = useApiServer({ SPRING_SEED: 'false' });

const sample = generateSampleData();

/** A small valid document: one edition, one TEM, two firms with exports, one project, one budget line. */
function smallDocument(): ImportDocument {
  const firms = (sample.firms ?? []).slice(0, 2);
  const firmIds = new Set(firms.map((firm) => firm.id));
  const project = (sample.projects ?? []).find((candidate) => firmIds.has(candidate.firmId));
  if (!project) throw new Error('the sample has no project of its first firms');
  return {
    label: 'small test import',
    editions: (sample.editions ?? []).filter((edition) => edition.id === project.edition),
    tems: (sample.tems ?? []).filter((tem) => tem.id === project.temId),
    firms,
    exports: (sample.exports ?? []).filter((flow) => firmIds.has(flow.firmId)),
    projects: [project],
    budget: (sample.budget ?? []).filter((line) => line.edition === project.edition).slice(0, 1),
  };
}

describe('POST /v1/import', () => {
  it('rejects a document with bad rows in several sections, listing every one, and writes nothing', async () => {
    const document = smallDocument() as Record<string, unknown[]>;
    const firms = document.firms as Record<string, unknown>[];
    const exports = document.exports as Record<string, unknown>[];
    const budget = document.budget as Record<string, unknown>[];
    const broken = {
      ...document,
      firms: [
        { ...firms[0], vatNumber: '12345678901' },
        { ...firms[1], province: 'RM' },
      ],
      exports: [{ ...exports[0], country: 'IT' }, ...exports.slice(1)],
      budget: [{ ...budget[0], paid: Number(budget[0]?.committed) + 1 }],
    };

    const result = await served.api.post('/v1/import', broken, { role: 'admin' });
    const firm = await served.api.get(`/v1/firms/${String(firms[0]?.id)}`, { role: 'officer' });

    expect(result.status).toBe(422);
    const problem = problemOf(result);
    expect(problem.detail).toBe(
      'The document was not imported: 4 problems, listed in errors; nothing was written',
    );
    expect(problem.errors).toEqual([
      {
        entity: 'firms',
        row: 0,
        field: 'vatNumber',
        message: 'VAT number 12345678901 has a wrong check digit',
      },
      {
        entity: 'firms',
        row: 1,
        field: 'province',
        message: expect.stringContaining('province must be a Lombardy province'),
      },
      {
        entity: 'exports',
        row: 0,
        field: 'country',
        message: expect.stringContaining('IT is the home market'),
      },
      {
        entity: 'budget',
        row: 0,
        field: 'paid',
        message: expect.stringMatching(/^paid \(\d+\) cannot exceed committed/),
      },
    ]);
    expect(firm.status).toBe(404);
  });

  it('rejects references to records that exist neither in the document nor in the store', async () => {
    const document = smallDocument();
    const project = {
      ...(document.projects?.[0] as NonNullable<ImportDocument['projects']>[number]),
      firmId: 'F-GHOST',
      temId: 'T-GHOST',
    };

    const result = await served.api.post(
      '/v1/import',
      { ...document, projects: [project] },
      { role: 'admin' },
    );

    expect(result.status).toBe(422);
    expect(problemOf(result).errors).toEqual([
      {
        entity: 'projects',
        row: 0,
        field: 'firmId',
        message: 'firm F-GHOST is neither in this document nor in the store',
      },
      {
        entity: 'projects',
        row: 0,
        field: 'temId',
        message: 'TEM T-GHOST is neither in this document nor in the store',
      },
    ]);
  });

  it('rejects a row that repeats another row of its section', async () => {
    const document = smallDocument();
    const firms = document.firms ?? [];

    const result = await served.api.post(
      '/v1/import',
      { ...document, firms: [...firms, firms[0]] },
      { role: 'admin' },
    );

    expect(result.status).toBe(422);
    expect(problemOf(result).errors).toEqual([
      { entity: 'firms', row: 2, field: '', message: 'same id as row 0: each record may appear once' },
    ]);
  });

  it('counts without writing on a dry run', async () => {
    const result = await served.api.post('/v1/import?dryRun=true', smallDocument(), { role: 'admin' });
    const health = await served.api.get('/v1/health');

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      importId: null,
      dryRun: true,
      counts: { firms: { created: 2, updated: 0, unchanged: 0 } },
    });
    expect((health.body as { dataset: string }).dataset).toBe('empty');
  });

  it('imports, warns about unknown columns, and imports the same document again changing nothing', async () => {
    const document = smallDocument();
    const withExtraColumn = {
      ...document,
      firms: (document.firms ?? []).map((firm) => ({ ...firm, notes: 'from the 2007 survey' })),
    };

    const first = await served.api.post('/v1/import', withExtraColumn, { role: 'admin' });
    const firmAfterFirst = await served.api.get(`/v1/firms/${document.firms?.[0]?.id}`, { role: 'officer' });
    const second = await served.api.post('/v1/import', withExtraColumn, { role: 'admin' });
    const firmAfterSecond = await served.api.get(`/v1/firms/${document.firms?.[0]?.id}`, { role: 'officer' });

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      dryRun: false,
      importId: expect.any(String),
      counts: { firms: { created: 2 }, projects: { created: 1 } },
    });
    expect((first.body as { warnings: unknown[] }).warnings).toContainEqual({
      entity: 'firms',
      row: 0,
      field: 'notes',
      message: "unknown column 'notes' ignored",
    });
    const counts = (
      second.body as { counts: Record<string, { created: number; updated: number; unchanged: number }> }
    ).counts;
    for (const [section, count] of Object.entries(counts)) {
      expect([section, count.created, count.updated]).toEqual([section, 0, 0]);
      expect(count.unchanged).toBe((document as Record<string, unknown[]>)[section]?.length);
    }
    expect(firmAfterSecond.body).toEqual(firmAfterFirst.body);
    expect((await served.api.get('/v1/health')).body).toMatchObject({ dataset: 'small test import' });
  });

  it('counts a changed row as updated', async () => {
    const document = smallDocument();
    const firms = (document.firms ?? []).map((firm, i) =>
      i === 0 ? { ...firm, employees: firm.employees + 1 } : firm,
    );

    const result = await served.api.post('/v1/import', { ...document, firms }, { role: 'admin' });

    expect(result.body).toMatchObject({ counts: { firms: { created: 0, updated: 1, unchanged: 1 } } });
  });

  it.each([
    [
      'a list instead of a document',
      [1, 2],
      'body',
      'the import document must be a JSON object with sections such as firms',
    ],
    ['dryRun=maybe', {}, 'query.dryRun', 'dryRun must be true or false'],
  ])('refuses %s with 400', async (name, body, field, message) => {
    const path = name.startsWith('dryRun') ? '/v1/import?dryRun=maybe' : '/v1/import';

    const result = await served.api.post(path, body, { role: 'admin' });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual([{ field, message }]);
  });
});

describe('GET /v1/imports', () => {
  it('lists the imports newest first, completed, with their counts', async () => {
    const { status, body } = await served.api.get('/v1/imports', { role: 'admin' });

    const items = (
      body as {
        items: { status: string; label?: string; startedAt: string; total: number; written: number }[];
      }
    ).items;
    expect(status).toBe(200);
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const job of items) expect(job).toMatchObject({ status: 'completed', label: 'small test import' });
    const times = items.map((job) => job.startedAt);
    expect(times).toEqual([...times].sort().reverse());
    for (const job of items) expect(job.written).toBe(job.total);
  });
});
