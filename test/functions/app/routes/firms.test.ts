import type { FirmView } from '../../../../shared/api/firms';
import {
  badIdProblem,
  describeSignIn,
  fieldProblem,
  expectProblem,
  itRefusesMalformedJson,
  notFoundProblem,
  problem,
  useSampleRouteApp,
  validationProblem,
} from '../../../helpers/route-app';

const { sample, routes, get } = useSampleRouteApp('routes_firms');
const batch = (body: unknown) => routes.call('POST', '/v1/firms/batch', { role: 'officer', body });

/** A firm of the sample with export flows in several years and at least one project. */
const firm = (() => {
  const found = (sample.firms ?? []).find(
    (candidate) =>
      (sample.projects ?? []).some((project) => project.firmId === candidate.id) &&
      new Set((sample.exports ?? []).filter((flow) => flow.firmId === candidate.id).map((flow) => flow.year))
        .size > 3,
  );
  if (!found) throw new Error('the sample has no firm with projects and exports');
  return found;
})();
const flowsOf = (id: string) =>
  (sample.exports ?? [])
    .filter((flow) => flow.firmId === id)
    .map(({ firmId: _firmId, ...flow }) => flow)
    .sort((a, b) => a.year - b.year || a.country.localeCompare(b.country));

describeSignIn('the firm routes', routes, [
  ['GET', `/v1/firms/${firm.id}`, 'officer'],
  ['POST', '/v1/firms/batch', 'officer', { ids: [firm.id] }],
  ['GET', `/v1/firms/${firm.id}/exports`, 'officer'],
]);

describe('GET /v1/firms/{id}', () => {
  it('answers the firm as imported, with its projects, and a stage and measures for each year with data', async () => {
    const projects = (sample.projects ?? []).filter((project) => project.firmId === firm.id);

    const answer = await get(`/v1/firms/${firm.id}`);

    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    const view = answer.body as FirmView;
    expect(view).toMatchObject(firm);
    expect(view.projects.map((project) => project.id).sort()).toEqual(projects.map((p) => p.id).sort());
    const exportYears = [...new Set(flowsOf(firm.id).map((flow) => flow.year))];
    for (const year of exportYears) expect(Object.keys(view.years)).toContain(String(year));
    expect(view.latestYear).toBe(Math.max(...Object.keys(view.years).map(Number)));
  });

  it('answers 404 for an unknown firm', async () => {
    const answer = await get('/v1/firms/F9999');

    expectProblem(answer, notFoundProblem('No firm with id F9999'));
  });

  it.each([
    ['spaces and #', 'F%20bad%23', "'F bad#'"],
    ['65 characters', 'F'.repeat(65), `'${'F'.repeat(40)}…'`],
  ])('refuses an id with %s with 400 naming path.id', async (_name, id, shown) => {
    const answer = await get(`/v1/firms/${id}`);

    expectProblem(answer, badIdProblem('path.id', 'firm id', shown));
  });
});

describe('POST /v1/firms/batch', () => {
  it('answers every id asked once, null for unknown ones, each firm as its single read', async () => {
    const other = (sample.firms ?? []).find((candidate) => candidate.id !== firm.id)?.id ?? '';
    const single = await get(`/v1/firms/${firm.id}`);

    const answer = await batch({ ids: [firm.id, other, 'NOPE', firm.id] });

    expect(answer.status).toBe(200);
    const items = (answer.body as { items: Record<string, unknown> }).items;
    expect(Object.keys(items)).toEqual([firm.id, other, 'NOPE']);
    expect(items[firm.id]).toEqual(single.body);
    expect(items.NOPE).toBeNull();
  });

  it("trims each firm to the `year` asked, as that year of the firm's single read", async () => {
    const year = 2009;
    const single = (await get(`/v1/firms/${firm.id}`)).body as FirmView;

    const answer = await batch({ ids: [firm.id, 'NOPE'], year });

    expect(answer.status).toBe(200);
    const items = (answer.body as { items: Record<string, FirmView | null> }).items;
    expect(items[firm.id]).toEqual({ ...single, years: { [year]: single.years[year] } });
    expect(items.NOPE).toBeNull();
  });

  it.each([
    ['no ids', { ids: [] }, [{ field: 'body.ids', message: 'ids must list at least one firm id' }]],
    [
      '1,001 ids',
      { ids: Array.from({ length: 1001 }, (_, i) => `F${i}`) },
      [{ field: 'body.ids', message: 'ids may list at most 1000 firm ids a request' }],
    ],
    ['ids missing', {}, [{ field: 'body.ids', message: 'ids must be a list of firm ids' }]],
    ['ids not a list', { ids: 'F0001' }, [{ field: 'body.ids', message: 'ids must be a list of firm ids' }]],
    ['a number as id', { ids: [7] }, [{ field: 'body.ids.0', message: 'each id must be text' }]],
    [
      'a year before 1990',
      { ids: ['F0001'], year: 1800 },
      [{ field: 'body.year', message: 'year must be a whole year from 1990 to 2100 (got 1800)' }],
    ],
    [
      'a year that is not whole',
      { ids: ['F0001'], year: 2009.5 },
      [{ field: 'body.year', message: 'year must be a whole year from 1990 to 2100 (got 2009.5)' }],
    ],
    [
      'a year as text',
      { ids: ['F0001'], year: '2009' },
      [{ field: 'body.year', message: "year must be a whole year from 1990 to 2100 (got '2009')" }],
    ],
    [
      'an unknown field',
      { ids: ['F0001'], years: 2009 },
      [{ field: 'body.years', message: "unknown field 'years'" }],
    ],
    [
      'several problems',
      { ids: [7, 'F0001', false], year: 3000 },
      [
        { field: 'body.ids.0', message: 'each id must be text' },
        { field: 'body.ids.2', message: 'each id must be text' },
        { field: 'body.year', message: 'year must be a whole year from 1990 to 2100 (got 3000)' },
      ],
    ],
  ])('refuses %s with 400 listing every problem', async (_name, body, errors) => {
    const answer = await batch(body);

    expectProblem(answer, validationProblem(errors));
  });

  it('refuses a JSON list where an object is expected with 400 naming the body', async () => {
    const answer = await batch(['F0001']);

    expectProblem(
      answer,
      validationProblem([{ field: 'body', message: 'Invalid input: expected object, received array' }]),
    );
  });

  itRefusesMalformedJson(routes, ['POST', '/v1/firms/batch'], {
    role: 'officer',
    rawBody: '{"ids": ["F0001",',
  });

  it('refuses a __proto__ key with 400 ERR_FORBIDDEN_KEY naming where it is', async () => {
    const answer = await routes.call('POST', '/v1/firms/batch', {
      role: 'officer',
      rawBody: '{"ids":["F0001"],"x":{"__proto__":{"admin":true}}}',
    });

    expectProblem(
      answer,
      problem(
        'FORBIDDEN_KEY',
        400,
        'The request body uses a reserved name (__proto__, constructor or prototype) as a key',
        { errors: [{ field: 'body.x.__proto__', message: "'__proto__' is a reserved name" }] },
      ),
    );
  });

  it('refuses a body nested deeper than 32 levels with 400 ERR_TOO_DEEP', async () => {
    const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

    const answer = await batch({ ids: ['F0001'], deep: nested(40) });

    expectProblem(answer, problem('TOO_DEEP', 400, 'The request body nests deeper than 32 levels'));
  });

  it('refuses a body over 1 MB with 413', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `F${i}${'x'.repeat(1100)}`);

    const answer = await batch({ ids });

    expectProblem(answer, problem('BODY_TOO_LARGE', 413, 'The request body is over 1 MB; send less at once'));
  });

  it('refuses a form body with 415 (its detail only repeats the title)', async () => {
    const answer = await routes.call('POST', '/v1/firms/batch', {
      role: 'officer',
      rawBody: 'ids=F0001',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    expectProblem(answer, problem('HTTP_415', 415, 'Unsupported Media Type'));
  });

  it('refuses an empty JSON body with 400 (a Hono problem, not ERR_MALFORMED_JSON)', async () => {
    const answer = await routes.call('POST', '/v1/firms/batch', {
      role: 'officer',
      headers: { 'content-type': 'application/json' },
    });

    expectProblem(answer, problem('HTTP_400', 400, 'Malformed JSON in request body'));
  });
});

describe('GET /v1/firms/{id}/exports', () => {
  it("answers all the firm's flows by year then country without a range", async () => {
    const answer = await get(`/v1/firms/${firm.id}/exports`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: flowsOf(firm.id) });
  });

  it('answers only the flows from `from` to `to`, both included', async () => {
    const expected = flowsOf(firm.id).filter((flow) => flow.year >= 2008 && flow.year <= 2010);

    const answer = await get(`/v1/firms/${firm.id}/exports?from=2008&to=2010`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: expected });
    expect(expected.length).toBeGreaterThan(0);
  });

  it('answers an empty list for a range without flows', async () => {
    const answer = await get(`/v1/firms/${firm.id}/exports?from=1990&to=1991`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: [] });
  });

  it.each([
    [
      'from=abc',
      [{ field: 'query.from', message: 'from must be a whole number from 1990 to 2100 (got "abc")' }],
    ],
    ['from=1989', [{ field: 'query.from', message: 'from must be a whole number from 1990 to 2100' }]],
    ['to=2101', [{ field: 'query.to', message: 'to must be a whole number from 1990 to 2100' }]],
    [
      'from=x&to=y',
      [
        { field: 'query.from', message: 'from must be a whole number from 1990 to 2100 (got "x")' },
        { field: 'query.to', message: 'to must be a whole number from 1990 to 2100 (got "y")' },
      ],
    ],
    ['year=2009', [{ field: 'query.year', message: "unknown field 'year'" }]],
  ])('refuses %s with 400 listing every problem', async (query, errors) => {
    const answer = await get(`/v1/firms/${firm.id}/exports?${query}`);

    expectProblem(answer, validationProblem(errors));
  });

  it('refuses `from` after `to` with 400 naming query.from', async () => {
    const answer = await get(`/v1/firms/${firm.id}/exports?from=2010&to=2008`);

    expectProblem(
      answer,
      fieldProblem('VALIDATION', 'query.from', 'from (2010) must not be after to (2008)'),
    );
  });

  it('answers 404 for an unknown firm', async () => {
    const answer = await get('/v1/firms/F9999/exports');

    expectProblem(answer, notFoundProblem('No firm with id F9999'));
  });
});
