import { generateSampleData } from '../../../functions/sample';
import type { ImportDocument } from '../../../shared/schemas';
import { problemOf } from '../../helpers/api-client';
import { useApiServer } from '../../helpers/api-server';
import { smallImportDocument, withBadRows, withGhostReferences } from '../../helpers/import-documents';

const served = useApiServer({ SPRING_SEED: 'false' });

const sample = generateSampleData();

const smallDocument = (): ImportDocument => smallImportDocument(sample);

describe('POST /v1/import', () => {
  it('rejects a document with bad rows in several sections, listing every one, and writes nothing', async () => {
    const { document: broken, errors } = withBadRows(smallDocument());

    const result = await served.api.post('/v1/import', broken, { role: 'admin' });
    const firm = await served.api.get(`/v1/firms/${String(broken.firms[0]?.id)}`, { role: 'officer' });

    expect(result.status).toBe(422);
    const problem = problemOf(result);
    expect(problem.detail).toBe(
      'The document was not imported: 4 problems, listed in errors; nothing was written',
    );
    expect(problem.errors).toEqual(errors);
    expect(firm.status).toBe(404);
  });

  it('rejects references to records that exist neither in the document nor in the store', async () => {
    const { document, errors } = withGhostReferences(smallDocument());

    const result = await served.api.post('/v1/import', document, { role: 'admin' });

    expect(result.status).toBe(422);
    expect(problemOf(result).errors).toEqual(errors);
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
      {
        entity: 'firms',
        row: 2,
        field: '',
        message: 'same id as row 0: each record may appear once',
        code: 'duplicate',
      },
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
      code: 'unknown_column',
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
