import type { ImportDocument } from '../../../../shared/schemas';
import {
  smallImportDocument,
  withBadRows,
  withGhostReferences,
  withSixProblems,
} from '../../../helpers/import-documents';
import {
  describeSignIn,
  expectProblem,
  itRefusesMalformedJson,
  problem,
  smallSample,
  useRouteApp,
  validationProblem,
} from '../../../helpers/route-app';

// The table starts empty; the tests run in order and build on each other's imports.
const routes = useRouteApp('routes_imports');

const sample = smallSample();
const smallDocument = (): ImportDocument => smallImportDocument(sample);

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

describeSignIn('the import routes', routes, [
  ['POST', '/v1/import?dryRun=true', 'admin', {}],
  ['GET', '/v1/imports', 'admin'],
]);

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
      overwrites: [],
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
        code: 'unknown_column',
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
    const { document: broken, errors } = withBadRows(smallDocument(), [
      { id: 'F-NEW-1' },
      { id: 'F-NEW-2', extra: 1 },
    ]);
    const jobsBefore = await jobs();

    const answer = await importAs(broken);

    expectProblem(
      answer,
      problem(
        'IMPORT_REJECTED',
        422,
        'The document was not imported: 4 problems, listed in errors; nothing was written',
        {
          errors,
          warnings: [
            {
              entity: 'firms',
              row: 1,
              field: 'extra',
              message: "unknown column 'extra' ignored",
              code: 'unknown_column',
            },
          ],
        },
      ),
    );
    expect(await firmStatus('F-NEW-1')).toBe(404);
    expect(await jobs()).toEqual(jobsBefore);
  });

  it('rejects references to records neither in the document nor in the store with 422', async () => {
    const { document, errors } = withGhostReferences(smallDocument());

    const answer = await importAs(document);

    expectProblem(
      answer,
      problem(
        'IMPORT_REJECTED',
        422,
        'The document was not imported: 2 problems, listed in errors; nothing was written',
        {
          errors,
          warnings: [],
        },
      ),
    );
  });

  it('lists row checks and references of one document together: six problems in one 422', async () => {
    const { document, errors } = withSixProblems(smallDocument());

    const answer = await importAs(document, '?dryRun=true');

    expectProblem(
      answer,
      problem(
        'IMPORT_REJECTED',
        422,
        'The document was not imported: 6 problems, listed in errors; nothing was written',
        { errors, warnings: [] },
      ),
    );
  });

  it('counts a row with a valid id as present for references even when its other fields are bad', async () => {
    const document = smallDocument();
    const [firm0] = document.firms ?? [];
    const [project] = document.projects ?? [];
    const broken = {
      ...document,
      firms: [{ ...firm0, id: 'F-NEW-9', vatNumber: '12345678901' }],
      projects: [
        { ...project, firmId: 'F-NEW-9' },
        { ...project, id: 'bad id!', firmId: 'F-GHOST' },
      ],
    };

    const answer = await importAs(broken, '?dryRun=true');

    expect(answer.status).toBe(422);
    expect((answer.body as { errors: unknown[] }).errors).toEqual([
      {
        entity: 'firms',
        row: 0,
        field: 'vatNumber',
        message: 'VAT number 12345678901 has a wrong check digit',
      },
      { entity: 'projects', row: 1, field: 'id', message: expect.any(String) },
      {
        entity: 'projects',
        row: 1,
        field: 'firmId',
        message: 'firm F-GHOST is neither in this document nor in the store',
        code: 'unknown_reference',
      },
    ]);
  });

  it("warns, naming the firm, when a firm's exports in a year pass that year's turnover, from the document or the store", async () => {
    const document = smallDocument();
    const flow = (document.exports ?? []).find((candidate) =>
      (document.firms ?? []).some((firm) => firm.id === candidate.firmId && firm.turnover[candidate.year]),
    );
    const firm = (document.firms ?? []).find((candidate) => candidate.id === flow?.firmId);
    if (!flow || !firm) throw new Error('the document has no export in a year with a turnover');
    const turnover = firm.turnover[flow.year] ?? 0;
    const exports = (document.exports ?? []).map((row) =>
      row === flow ? { ...row, value: turnover + 1 } : row,
    );
    const row = exports.findLastIndex(
      (candidate) => candidate.firmId === flow.firmId && candidate.year === flow.year,
    );

    const withFirm = await importAs({ ...document, exports }, '?dryRun=true');
    const withoutFirm = await importAs({ exports }, '?dryRun=true');

    const warning = (source: string) => ({
      entity: 'exports',
      row,
      field: 'value',
      message: expect.stringMatching(
        new RegExp(
          `^firm ${firm.id} exports EUR [\\d,]+ in ${flow.year}, above its ${flow.year} turnover of EUR [\\d,]+ \\(from ${source}\\)`,
        ),
      ),
      code: 'exports_above_turnover',
    });
    expect(withFirm.status).toBe(200);
    expect((withFirm.body as { warnings: unknown[] }).warnings).toEqual([warning('this document')]);
    expect((withoutFirm.body as { warnings: unknown[] }).warnings).toEqual([warning('the store')]);
  });

  it('shows on a dry run each stored budget line the import would change, now and in the document', async () => {
    const document = smallDocument();
    const [line] = document.budget ?? [];
    if (!line) throw new Error('the document has no budget line');
    const changed = { ...line, allocated: line.allocated + 1000 };

    const answer = await importAs({ budget: [changed] }, '?dryRun=true');

    expect(answer.status).toBe(200);
    expect((answer.body as { overwrites: unknown[] }).overwrites).toEqual([
      {
        entity: 'budget',
        row: 0,
        edition: line.edition,
        lineId: line.lineId,
        current: { ...line, version: 1, updatedAt: expect.any(String), updatedBy: 'local-admin' },
        document: changed,
      },
    ]);
  });

  it('rejects a row that repeats another of its section with 422, in the singular', async () => {
    const document = smallDocument();
    const firms = document.firms ?? [];

    const answer = await importAs({ ...document, firms: [...firms, firms[0]] }, '?dryRun=true');

    expectProblem(
      answer,
      problem(
        'IMPORT_REJECTED',
        422,
        'The document was not imported: 1 problem, listed in errors; nothing was written',
        {
          errors: [
            {
              entity: 'firms',
              row: 2,
              field: '',
              message: 'same id as row 0: each record may appear once',
              code: 'duplicate',
            },
          ],
          warnings: [],
        },
      ),
    );
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

    expectProblem(answer, validationProblem(errors));
  });

  itRefusesMalformedJson(routes, ['POST', '/v1/import?dryRun=true'], {
    role: 'admin',
    rawBody: '{"firms": [',
  });

  it('refuses a document over 5.5 MB with 413 pointing at sending it in parts', async () => {
    const rawBody = JSON.stringify({ label: 'x'.repeat(5.5 * 1024 * 1024 + 10) });

    const answer = await routes.call('POST', '/v1/import', { role: 'admin', rawBody });

    expectProblem(
      answer,
      problem(
        'BODY_TOO_LARGE',
        413,
        'The request body is over 5.5 MB; send a larger document in parts by section (npm run import does so)',
      ),
    );
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
