import type { ImportDocument } from '../../../../shared/schemas';
import {
  forbiddenProblem,
  problemOf,
  routeApp,
  smallSample,
  unauthorizedProblem,
  validationProblem,
  type RouteApp,
} from '../../../helpers/route-app';

// The table starts empty; the tests run in order and build on each other's imports.
let routes: RouteApp;
beforeAll(async () => {
  routes = await routeApp('routes_imports');
});

const sample = smallSample();

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

type Counts = Record<string, { created: number; updated: number; unchanged: number }>;

/** Counts of a document whose every row is of one kind: created, updated or unchanged. */
function countsOf(document: ImportDocument, kind: 'created' | 'updated' | 'unchanged'): Counts {
  const counts: Counts = {};
  for (const [section, rows] of Object.entries(document)) {
    if (!Array.isArray(rows)) continue;
    counts[section] = { created: 0, updated: 0, unchanged: 0, [kind]: rows.length };
  }
  return counts;
}

const importAs = (document: unknown, query = '') =>
  routes.call('POST', `/v1/import${query}`, { role: 'admin', body: document });
const jobs = async () =>
  ((await routes.call('GET', '/v1/imports', { role: 'admin' })).body as { items: Record<string, unknown>[] })
    .items;
const firmStatus = async (id: string) =>
  (await routes.call('GET', `/v1/firms/${id}`, { role: 'officer' })).status;

describe('signing in to the import routes', () => {
  it.each([
    ['POST', '/v1/import?dryRun=true'],
    ['GET', '/v1/imports'],
  ])('%s %s answers 401 without a token', async (method, url) => {
    const answer = await routes.call(method, url, method === 'POST' ? { body: {} } : {});

    expect(answer.status).toBe(401);
    expect(problemOf(answer)).toEqual(unauthorizedProblem);
  });

  it.each([
    ['POST', '/v1/import?dryRun=true', 'finance'],
    ['GET', '/v1/imports', 'finance'],
    ['GET', '/v1/imports', 'officer'],
  ] as const)('%s %s answers 403 to %s', async (method, url, role) => {
    const answer = await routes.call(method, url, { role, ...(method === 'POST' ? { body: {} } : {}) });

    expect(answer.status).toBe(403);
    expect(problemOf(answer)).toEqual(forbiddenProblem('admin', role));
  });
});

describe('POST /v1/import', () => {
  it('on a dry run, counts every row as created and writes nothing', async () => {
    const document = smallDocument();

    const answer = await importAs(document, '?dryRun=true');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      importId: null,
      dryRun: true,
      counts: countsOf(document, 'created'),
      warnings: [],
    });
    expect(await jobs()).toEqual([]);
    expect(await firmStatus(document.firms?.[0]?.id ?? '')).toBe(404);
    expect((await routes.call('GET', '/v1/health')).body).toMatchObject({ dataset: 'empty' });
  });

  it('imports the document with the same counts as the dry run, recording the job', async () => {
    const document = smallDocument();
    const dryRun = (await importAs(document, '?dryRun=true')).body as { counts: Counts };

    const answer = await importAs(document, '?dryRun=false');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      importId: expect.any(String),
      dryRun: false,
      counts: dryRun.counts,
      warnings: [],
    });
    expect(dryRun.counts).toEqual(countsOf(document, 'created'));
    expect(await firmStatus(document.firms?.[0]?.id ?? '')).toBe(200);
    expect((await routes.call('GET', '/v1/health')).body).toMatchObject({ dataset: 'small test import' });
  });

  it('imports the same document again changing nothing, and warns about unknown columns', async () => {
    const document = smallDocument();
    const withExtraColumn = {
      ...document,
      firms: (document.firms ?? []).map((firm) => ({ ...firm, notes: 'from the 2007 survey' })),
    };
    const firmBefore = await routes.call('GET', `/v1/firms/${document.firms?.[0]?.id}`, { role: 'officer' });

    const answer = await importAs(withExtraColumn);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      importId: expect.any(String),
      dryRun: false,
      counts: countsOf(document, 'unchanged'),
      warnings: (document.firms ?? []).map((_firm, row) => ({
        entity: 'firms',
        row,
        field: 'notes',
        message: "unknown column 'notes' ignored",
      })),
    });
    expect(
      (await routes.call('GET', `/v1/firms/${document.firms?.[0]?.id}`, { role: 'officer' })).body,
    ).toEqual(firmBefore.body);
  });

  it('counts a changed row as updated: on a dry run without writing it, then for real', async () => {
    const document = smallDocument();
    const firms = (document.firms ?? []).map((firm, i) =>
      i === 0 ? { ...firm, employees: firm.employees + 1 } : firm,
    );
    const expected = {
      ...countsOf(document, 'unchanged'),
      firms: { created: 0, updated: 1, unchanged: 1 },
    };

    const dryRun = await importAs({ ...document, firms }, '?dryRun=true');
    const afterDryRun = await routes.call('GET', `/v1/firms/${firms[0]?.id}`, { role: 'officer' });
    const real = await importAs({ ...document, firms });
    const afterReal = await routes.call('GET', `/v1/firms/${firms[0]?.id}`, { role: 'officer' });

    expect(dryRun.body).toMatchObject({ dryRun: true, importId: null, counts: expected });
    expect(afterDryRun.body).toMatchObject({ employees: document.firms?.[0]?.employees });
    expect(real.body).toMatchObject({ dryRun: false, counts: expected });
    expect(afterReal.body).toMatchObject({ employees: firms[0]?.employees });
  });

  it('rejects a document with bad rows in several sections with 422 listing every one, and writes nothing', async () => {
    const document = smallDocument() as Record<string, unknown[]>;
    const firms = document.firms as Record<string, unknown>[];
    const exports = document.exports as Record<string, unknown>[];
    const budget = document.budget as Record<string, unknown>[];
    const jobsBefore = await jobs();
    const broken = {
      ...document,
      firms: [
        { ...firms[0], id: 'F-NEW-1', vatNumber: '12345678901' },
        { ...firms[1], id: 'F-NEW-2', province: 'RM', extra: 1 },
      ],
      exports: [{ ...exports[0], country: 'IT' }, ...exports.slice(1)],
      budget: [{ ...budget[0], paid: Number(budget[0]?.committed) + 1 }],
    };

    const answer = await importAs(broken);

    expect(answer.status).toBe(422);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_IMPORT_REJECTED',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The document was not imported: 4 problems, listed in errors; nothing was written',
      errors: [
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
          message: `paid (${Number(budget[0]?.committed) + 1}) cannot exceed committed (${String(budget[0]?.committed)})`,
        },
      ],
      warnings: [{ entity: 'firms', row: 1, field: 'extra', message: "unknown column 'extra' ignored" }],
    });
    expect(await firmStatus('F-NEW-1')).toBe(404);
    expect(await jobs()).toEqual(jobsBefore);
  });

  it('rejects references to records neither in the document nor in the store with 422', async () => {
    const document = smallDocument();
    const project = {
      ...(document.projects?.[0] as NonNullable<ImportDocument['projects']>[number]),
      firmId: 'F-GHOST',
      temId: 'T-GHOST',
    };

    const answer = await importAs({ ...document, projects: [project] });

    expect(answer.status).toBe(422);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_IMPORT_REJECTED',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The document was not imported: 2 problems, listed in errors; nothing was written',
      errors: [
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
      ],
      warnings: [],
    });
  });

  it('rejects a row that repeats another of its section with 422, in the singular', async () => {
    const document = smallDocument();
    const firms = document.firms ?? [];

    const answer = await importAs({ ...document, firms: [...firms, firms[0]] }, '?dryRun=true');

    expect(answer.status).toBe(422);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_IMPORT_REJECTED',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The document was not imported: 1 problem, listed in errors; nothing was written',
      errors: [
        { entity: 'firms', row: 2, field: '', message: 'same id as row 0: each record may appear once' },
      ],
      warnings: [],
    });
  });

  it.each([
    [
      'a list instead of a document',
      '',
      [1, 2],
      [{ field: 'body', message: 'the import document must be a JSON object with sections such as firms' }],
    ],
    [
      'text instead of a document',
      '',
      'firms',
      [{ field: 'body', message: 'the import document must be a JSON object with sections such as firms' }],
    ],
    [
      'dryRun=maybe',
      '?dryRun=maybe',
      {},
      [{ field: 'query.dryRun', message: 'dryRun must be true or false' }],
    ],
    ['dryRun=1', '?dryRun=1', {}, [{ field: 'query.dryRun', message: 'dryRun must be true or false' }]],
    ['an unknown query parameter', '?dry=true', {}, [{ field: 'query.dry', message: "unknown field 'dry'" }]],
  ])('refuses %s with 400', async (_name, query, body, errors) => {
    const answer = await importAs(body, query);

    expect(answer.status).toBe(400);
    expect(problemOf(answer)).toEqual(validationProblem(errors));
  });

  it('refuses malformed JSON with 400 ERR_MALFORMED_JSON', async () => {
    const answer = await routes.call('POST', '/v1/import?dryRun=true', {
      role: 'admin',
      rawBody: '{"firms": [',
    });

    expect(answer.status).toBe(400);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_MALFORMED_JSON',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringMatching(/^The request body is not valid JSON: /),
    });
  });

  it('refuses a document over 6 MB with 413 pointing at the command line import', async () => {
    const rawBody = JSON.stringify({ label: 'x'.repeat(6 * 1024 * 1024 + 10) });

    const answer = await routes.call('POST', '/v1/import', { role: 'admin', rawBody });

    expect(answer.status).toBe(413);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_BODY_TOO_LARGE',
      title: 'Content Too Large',
      status: 413,
      detail: 'The request body is over 6 MB; import larger documents with npm run import',
    });
  });
});

describe('GET /v1/imports', () => {
  it('lists the imports newest first, completed, with who started them and their counts', async () => {
    const answer = await routes.call('GET', '/v1/imports', { role: 'admin' });

    expect(answer.status).toBe(200);
    const items = (answer.body as { items: Record<string, unknown>[] }).items;
    // The real run, the re-import and the update; dry runs and rejections record no job.
    expect(items).toHaveLength(3);
    for (const job of items) {
      expect(job).toEqual({
        id: expect.any(String),
        label: 'small test import',
        status: 'completed',
        startedAt: expect.any(String),
        updatedAt: expect.any(String),
        completedAt: expect.any(String),
        startedBy: 'local-admin',
        total: job.written,
        written: expect.any(Number),
        counts: expect.any(Object),
      });
    }
    const times = items.map((job) => String(job.startedAt));
    expect(times).toEqual([...times].sort().reverse());
    expect(items.at(-1)?.counts).toEqual(countsOf(smallDocument(), 'created'));
    expect(items[0]?.counts).toMatchObject({ firms: { created: 0, updated: 1, unchanged: 1 } });
  });
});
