import { EditionIndicatorsSchema } from '../../../shared/api/edition-indicators';
import { FirmViewSchema } from '../../../shared/api/firms';
import { ProjectSchema, type Project } from '../../../shared/schemas';
import { problemOf } from '../../helpers/api-client';
import { useApiServer } from '../../helpers/api-server';

const served = useApiServer();

describe('GET /v1/editions', () => {
  it('lists the four editions with their budget totals', async () => {
    const { status, body } = await served.api.get('/v1/editions', { role: 'officer' });

    const items = (
      body as { items: { id: string; budget: { allocated: number; committed: number; paid: number } }[] }
    ).items;
    expect(status).toBe(200);
    expect(items.map((edition) => edition.id)).toEqual(['2006', '2007', '2008', '2009-2010']);
    for (const { budget } of items) expect(budget.paid).toBeLessThanOrEqual(budget.committed);
    expect(items.find((edition) => edition.id === '2008')?.budget.allocated).toBe(3_000_000);
  });
});

describe('GET /v1/editions/{id}/projects', () => {
  it('walks every page and returns each project exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = `?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { status, body } = await served.api.get(`/v1/editions/2008/projects${query}`, {
        role: 'officer',
      });
      expect(status).toBe(200);
      const page = body as { items: Project[]; nextCursor?: string };
      expect(page.items.length).toBeLessThanOrEqual(7);
      for (const project of page.items) expect(ProjectSchema.safeParse(project).success).toBe(true);
      seen.push(...page.items.map((project) => project.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(seen).toHaveLength(100);
    expect(new Set(seen).size).toBe(100);
    expect(pages).toBe(15);
  });

  it('answers 100 projects by default and no cursor on the last page', async () => {
    const { body } = await served.api.get('/v1/editions/2008/projects', { role: 'officer' });

    expect((body as { items: unknown[] }).items).toHaveLength(100);
    expect(body).not.toHaveProperty('nextCursor');
  });

  it.each([
    ['0', 'query.limit', 'limit must be a whole number from 1 to 500'],
    ['501', 'query.limit', 'limit must be a whole number from 1 to 500'],
    ['ten', 'query.limit', 'limit must be a whole number from 1 to 500 (got "ten")'],
    ['-3', 'query.limit', 'limit must be a whole number from 1 to 500 (got "-3")'],
  ])('refuses limit=%s with 400 naming %s', async (limit, field, message) => {
    const result = await served.api.get(`/v1/editions/2008/projects?limit=${limit}`, { role: 'officer' });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual([{ field, message }]);
  });

  it('refuses an unknown query parameter', async () => {
    const result = await served.api.get('/v1/editions/2008/projects?page=2', { role: 'officer' });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual([{ field: 'query.page', message: "unknown field 'page'" }]);
  });

  it.each([
    ['garbage', 'not!base64'],
    [
      'foreign (another edition)',
      Buffer.from(JSON.stringify({ v: 1, pk: 'EDITION#2006', sk: 'PROJECT#P1' })).toString('base64url'),
    ],
    [
      'foreign (another listing)',
      Buffer.from(JSON.stringify({ v: 1, pk: 'EDITION#2008', sk: 'BUDGET#x' })).toString('base64url'),
    ],
    ['tampered JSON', Buffer.from('{"v":1,"pk":').toString('base64url')],
  ])('refuses a %s cursor with 400, never a 500', async (_name, cursor) => {
    const result = await served.api.get(`/v1/editions/2008/projects?cursor=${encodeURIComponent(cursor)}`, {
      role: 'officer',
    });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual([
      { field: 'query.cursor', message: expect.stringMatching(/^cursor /) },
    ]);
  });

  it('answers 404 for an unknown edition', async () => {
    const result = await served.api.get('/v1/editions/2011/projects', { role: 'officer' });

    expect(result.status).toBe(404);
    expect(problemOf(result).detail).toBe('No edition 2011: the editions are 2006, 2007, 2008 and 2009-2010');
  });
});

describe('GET /v1/editions/{id}/firms', () => {
  it('pages through admitted and rejected firms with their application and yearly stages', async () => {
    const { status, body } = await served.api.get('/v1/editions/2006/firms?limit=500', { role: 'officer' });

    const items = (body as { items: (Record<string, unknown> & { application: { status: string } })[] })
      .items;
    expect(status).toBe(200);
    expect(items).toHaveLength(153);
    expect(items.filter((firm) => firm.application.status === 'admitted')).toHaveLength(95);
    const { application: _application, ...firm } = items[0] as Record<string, unknown>;
    expect(FirmViewSchema.safeParse(firm).error).toBeUndefined();
  });
});

describe('GET /v1/editions/{id}/indicators', () => {
  it('answers every edition indicator (docs/indicators.md, "Edition indicators")', async () => {
    const { status, body } = await served.api.get('/v1/editions/2008/indicators', { role: 'officer' });

    expect(status).toBe(200);
    const indicators = EditionIndicatorsSchema.parse(body);
    expect(indicators.projects).toBe(100);
    // Each project firm is in the transition matrix or counted as not observed in both years.
    expect(
      indicators.transitions.flat().reduce((a, b) => a + b, 0) + indicators.projectFirmsNotObserved,
    ).toBe(100);
    expect(indicators.projectFirmsNotObserved).toBeGreaterThan(0);
    expect(indicators.nAdmitted).toBe(100);
    expect(indicators.nRejected).toBeGreaterThan(0);
    expect(indicators.didExporting).toBe(indicators.effect.exporting.estimate);
    expect(indicators.effect.exporting).toMatchObject({ reason: null, se: expect.any(Number) });
    const { low, high, estimate } = indicators.effect.exporting;
    expect(low! <= estimate! && estimate! <= high!).toBe(true);
  });

  it('answers 404 for an unknown edition', async () => {
    const result = await served.api.get('/v1/editions/1999/indicators', { role: 'officer' });

    expect(result.status).toBe(404);
    problemOf(result);
  });
});

describe('GET /v1/firms/{id}', () => {
  it('answers the firm with a stage, reason and measures for each year', async () => {
    const { status, body } = await served.api.get('/v1/firms/F0001', { role: 'officer' });

    expect(status).toBe(200);
    const firm = FirmViewSchema.parse(body);
    expect(firm.id).toBe('F0001');
    expect(Object.keys(firm.years).length).toBeGreaterThan(5);
    expect(firm.years[String(firm.latestYear)]).toBeDefined();
  });

  it('answers 404 for an unknown firm and 400 for an id that cannot be one', async () => {
    const unknown = await served.api.get('/v1/firms/F9999', { role: 'officer' });
    const bad = await served.api.get('/v1/firms/F%20bad%23', { role: 'officer' });

    expect(unknown.status).toBe(404);
    expect(problemOf(unknown).detail).toBe('No firm with id F9999');
    expect(bad.status).toBe(400);
    expect(problemOf(bad).errors).toEqual([
      {
        field: 'path.id',
        message: expect.stringContaining(
          "firm id must be 1 to 64 characters: letters, digits, '.', '_' or '-'",
        ),
      },
    ]);
  });
});

describe('POST /v1/firms/batch', () => {
  it('answers every id, null for unknown ones, the same firms as single reads', async () => {
    const { status, body } = await served.api.post(
      '/v1/firms/batch',
      { ids: ['F0001', 'F0002', 'NOPE', 'F0001'] },
      { role: 'officer' },
    );
    const single = await served.api.get('/v1/firms/F0002', { role: 'officer' });

    const items = (body as { items: Record<string, unknown> }).items;
    expect(status).toBe(200);
    expect(Object.keys(items).sort()).toEqual(['F0001', 'F0002', 'NOPE']);
    expect(items.NOPE).toBeNull();
    expect(items.F0002).toEqual(single.body);
  });

  it('trims each firm to one year with `year`', async () => {
    const { body } = await served.api.post(
      '/v1/firms/batch',
      { ids: ['F0001'], year: 2009 },
      { role: 'officer' },
    );

    const firm = (body as { items: Record<string, { years: Record<string, unknown> }> }).items.F0001;
    expect(Object.keys(firm?.years ?? {})).toEqual(['2009']);
  });

  it.each([
    ['no ids', { ids: [] }, [{ field: 'body.ids', message: 'ids must list at least one firm id' }]],
    [
      '1,001 ids',
      { ids: Array.from({ length: 1001 }, (_, i) => `F${i}`) },
      [{ field: 'body.ids', message: 'ids may list at most 1000 firm ids a request' }],
    ],
    ['ids not a list', { ids: 'F0001' }, [{ field: 'body.ids', message: 'ids must be a list of firm ids' }]],
    ['a number as id', { ids: [7] }, [{ field: 'body.ids.0', message: 'each id must be text' }]],
    [
      'a bad year',
      { ids: ['F0001'], year: 1800 },
      [
        {
          field: 'body.year',
          message: expect.stringContaining('year must be a whole year from 1990 to 2100'),
        },
      ],
    ],
    [
      'an unknown field',
      { ids: ['F0001'], years: 2009 },
      [{ field: 'body.years', message: "unknown field 'years'" }],
    ],
  ])('refuses %s with 400 listing the problem', async (_name, body, errors) => {
    const result = await served.api.post('/v1/firms/batch', body, { role: 'officer' });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual(errors);
  });
});

describe('GET /v1/firms/{id}/exports', () => {
  it('answers the flows in the years asked, by year then country', async () => {
    const { status, body } = await served.api.get('/v1/firms/F0001/exports?from=2008&to=2010', {
      role: 'officer',
    });

    const items = (body as { items: { year: number; country: string; value: number }[] }).items;
    expect(status).toBe(200);
    for (const flow of items) expect(flow.year).toBeGreaterThanOrEqual(2008);
    for (const flow of items) expect(flow.year).toBeLessThanOrEqual(2010);
    const sorted = [...items].sort((a, b) => a.year - b.year || a.country.localeCompare(b.country));
    expect(items).toEqual(sorted);
  });

  it.each([
    [
      'from=abc',
      [{ field: 'query.from', message: 'from must be a whole number from 1990 to 2100 (got "abc")' }],
    ],
    ['from=2010&to=2008', [{ field: 'query.from', message: 'from (2010) must not be after to (2008)' }]],
  ])('refuses %s with 400', async (query, errors) => {
    const result = await served.api.get(`/v1/firms/F0001/exports?${query}`, { role: 'officer' });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual(errors);
  });

  it('answers 404 for an unknown firm', async () => {
    const result = await served.api.get('/v1/firms/F9999/exports', { role: 'officer' });

    expect(result.status).toBe(404);
  });
});
