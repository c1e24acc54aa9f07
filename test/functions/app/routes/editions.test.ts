import type { Project } from '../../../../shared/schemas';
import {
  badIdProblem,
  describeSignIn,
  expectProblem,
  invalidCursorProblem,
  problem,
  problemOf,
  unauthorizedProblem,
  unknownEditionProblem,
  useSampleRouteApp,
  validationProblem,
} from '../../../helpers/route-app';

const { sample, routes, get } = useSampleRouteApp('routes_editions');
const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const projectsOf = (edition: string) => (sample.projects ?? []).filter((p) => p.edition === edition);
const applicationsOf = (edition: string) => (sample.applications ?? []).filter((a) => a.edition === edition);
const cursorOf = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Walks a paged listing from its first page, returning every page. */
async function walk(
  url: string,
  limit: number,
): Promise<{ items: { id?: string }[]; nextCursor?: string }[]> {
  const pages: { items: { id?: string }[]; nextCursor?: string }[] = [];
  let cursor: string | undefined;
  do {
    const answer = await get(`${url}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(answer.status).toBe(200);
    const page = answer.body as { items: { id?: string }[]; nextCursor?: string };
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describeSignIn('the edition routes', routes, [
  ['GET', '/v1/editions', 'officer'],
  ['GET', '/v1/editions/2008/projects', 'officer'],
  ['GET', '/v1/editions/2008/firms', 'officer'],
  ['GET', '/v1/editions/2008/indicators', 'officer'],
]);

describe('tokens of the edition routes', () => {
  it('answers 401 to a token not signed by this service', async () => {
    const answer = await routes.call('GET', '/v1/editions', { token: 'not-a-jwt' });

    expectProblem(answer, {
      ...unauthorizedProblem,
      detail: 'The sign-in token is not valid here: sign in again',
    });
  });
});

describe('GET /v1/editions', () => {
  it('lists every edition with the sums of its budget lines', async () => {
    const expected = (sample.editions ?? []).map((edition) => {
      const budget = { allocated: 0, committed: 0, paid: 0, lines: 0 };
      for (const line of sample.budget ?? []) {
        if (line.edition !== edition.id) continue;
        budget.allocated += line.allocated;
        budget.committed += line.committed;
        budget.paid += line.paid;
        budget.lines += 1;
      }
      return { ...edition, budget };
    });

    const answer = await get('/v1/editions');

    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    expect(answer.body).toEqual({ items: expected });
    expect(expected.map((edition) => edition.id)).toEqual(['2006', '2007', '2008', '2009-2010']);
  });
});

describe('GET /v1/editions/{id}/projects', () => {
  it("answers the edition's projects as imported, on one page without a cursor by default", async () => {
    const answer = await get('/v1/editions/2008/projects');

    expect(answer.status).toBe(200);
    const page = answer.body as { items: Project[]; nextCursor?: string };
    expect(byId(page.items)).toEqual(byId(projectsOf('2008')));
    expect(page).not.toHaveProperty('nextCursor');
  });

  it('walks pages of `limit` projects, each project exactly once, the last page without a cursor', async () => {
    const expected = projectsOf('2006').map((project) => project.id);

    const pages = await walk('/v1/editions/2006/projects', 2);

    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id)).sort()).toEqual([...expected].sort());
    expect(pages.at(-1)).not.toHaveProperty('nextCursor');
  });

  it.each([
    ['0', 'limit must be a whole number from 1 to 500'],
    ['501', 'limit must be a whole number from 1 to 500'],
    ['ten', 'limit must be a whole number from 1 to 500 (got "ten")'],
    ['-3', 'limit must be a whole number from 1 to 500 (got "-3")'],
    ['2.5', 'limit must be a whole number from 1 to 500 (got "2.5")'],
    ['', 'limit must be a whole number from 1 to 500 (got "")'],
  ])('refuses limit=%s with 400 naming query.limit', async (limit, message) => {
    const answer = await get(`/v1/editions/2008/projects?limit=${limit}`);

    expectProblem(answer, validationProblem([{ field: 'query.limit', message }]));
  });

  it('refuses an unknown query parameter, naming it', async () => {
    const answer = await get('/v1/editions/2008/projects?page=2');

    expectProblem(
      answer,
      problem('VALIDATION', 400, "The request has a problem: query.page: unknown field 'page'", {
        errors: [{ field: 'query.page', message: "unknown field 'page'" }],
      }),
    );
  });

  it('lists every problem of the query at once', async () => {
    const answer = await get('/v1/editions/2008/projects?limit=0&cursor=&page=2');

    expectProblem(
      answer,
      validationProblem([
        { field: 'query.limit', message: 'limit must be a whole number from 1 to 500' },
        { field: 'query.cursor', message: 'cursor must not be empty: leave it out for the first page' },
        { field: 'query.page', message: "unknown field 'page'" },
      ]),
    );
  });

  it.each([
    ['an empty cursor', '', 'cursor must not be empty: leave it out for the first page'],
    [
      'a cursor over 1,000 characters',
      'a'.repeat(1001),
      'cursor is too long: use the nextCursor of the previous page',
    ],
  ])('refuses %s with 400 naming query.cursor', async (_name, cursor, message) => {
    const answer = await get(`/v1/editions/2008/projects?cursor=${cursor}`);

    expectProblem(answer, validationProblem([{ field: 'query.cursor', message }]));
  });

  it.each([
    ['garbage', 'not!base64', 'cursor is not one this service handed out; start again without it'],
    [
      'tampered JSON',
      Buffer.from('{"v":1,"pk":').toString('base64url'),
      'cursor is not one this service handed out; start again without it',
    ],
    [
      "another edition's",
      cursorOf({ v: 1, pk: 'EDITION#2006', sk: 'PROJECT#P1' }),
      'cursor belongs to another listing; start again without it',
    ],
    [
      "another listing's",
      cursorOf({ v: 1, pk: 'EDITION#2008', sk: 'BUDGET#x' }),
      'cursor belongs to another listing; start again without it',
    ],
    [
      'an unknown version of',
      cursorOf({ v: 2, pk: 'EDITION#2008', sk: 'PROJECT#P1' }),
      'cursor belongs to another listing; start again without it',
    ],
  ])('refuses %s cursor with 400 ERR_INVALID_CURSOR', async (_name, cursor, message) => {
    const answer = await get(`/v1/editions/2008/projects?cursor=${encodeURIComponent(cursor)}`);

    expectProblem(answer, invalidCursorProblem(message));
  });

  it("refuses the firms listing's own cursor", async () => {
    const firmsPage = (await get('/v1/editions/2008/firms?limit=1')).body as { nextCursor: string };

    const answer = await get(`/v1/editions/2008/projects?cursor=${encodeURIComponent(firmsPage.nextCursor)}`);

    expect(answer.status).toBe(400);
    expect(problemOf(answer).detail).toBe('cursor belongs to another listing; start again without it');
  });
});

describe('GET /v1/editions/{id}/firms', () => {
  it('answers every applicant, admitted and rejected, as its firm view with its application', async () => {
    const applications = applicationsOf('2006');
    const firmsById = new Map((sample.firms ?? []).map((firm) => [firm.id, firm]));

    const answer = await get('/v1/editions/2006/firms?limit=500');

    expect(answer.status).toBe(200);
    const items = (answer.body as { items: (Record<string, unknown> & { id: string })[] }).items;
    expect(items.map((item) => item.id)).toEqual(applications.map((a) => a.firmId).sort());
    for (const item of items) {
      const firm = firmsById.get(item.id);
      expect(item).toMatchObject({ ...firm, application: applications.find((a) => a.firmId === item.id) });
      expect(item).toHaveProperty('years');
      expect(item).toHaveProperty('projects');
    }
    expect(
      items.filter((item) => (item.application as { status: string }).status === 'admitted'),
    ).toHaveLength(applications.filter((a) => a.status === 'admitted').length);
    expect(answer.body).not.toHaveProperty('nextCursor');
  });

  it('walks pages of applicants in firm id order, each exactly once', async () => {
    const expected = applicationsOf('2008')
      .map((a) => a.firmId)
      .sort();

    const pages = await walk('/v1/editions/2008/firms', 3);

    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(expected);
    expect(pages.slice(0, -1).every((page) => page.items.length === 3)).toBe(true);
    expect(pages.at(-1)).not.toHaveProperty('nextCursor');
  });

  it('refuses a bad limit with 400 naming query.limit', async () => {
    const answer = await get('/v1/editions/2008/firms?limit=600');

    expectProblem(
      answer,
      validationProblem([{ field: 'query.limit', message: 'limit must be a whole number from 1 to 500' }]),
    );
  });

  it("refuses the projects listing's cursor with 400 ERR_INVALID_CURSOR", async () => {
    const projectsPage = (await get('/v1/editions/2008/projects?limit=1')).body as { nextCursor: string };

    const answer = await get(`/v1/editions/2008/firms?cursor=${encodeURIComponent(projectsPage.nextCursor)}`);

    expectProblem(answer, invalidCursorProblem('cursor belongs to another listing; start again without it'));
  });
});

describe('GET /v1/editions/{id}/indicators', () => {
  it("answers the edition's indicators: its project count, completion rate and window", async () => {
    const projects = projectsOf('2008');
    const edition = (sample.editions ?? []).find((candidate) => candidate.id === '2008');

    const answer = await get('/v1/editions/2008/indicators');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      projects: projects.length,
      completionRate: projects.filter((p) => p.status === 'completed').length / projects.length,
      window: { before: (edition?.callYear ?? 0) - 1, after: (edition?.callYear ?? 0) + 2 },
    });
  });
});

describe('an edition the listing routes do not have', () => {
  it.each([
    ['/v1/editions/2011/projects', '2011'],
    ['/v1/editions/1999/firms', '1999'],
    ['/v1/editions/1999/indicators', '1999'],
  ])('GET %s answers 404 naming the editions there are', async (url, id) => {
    const answer = await get(url);

    expectProblem(answer, unknownEditionProblem(id));
  });

  it.each([
    ['/v1/editions/20%2008/projects', "'20 08'"],
    ['/v1/editions/%23x/indicators', "'#x'"],
  ])('GET %s refuses an edition id that cannot be one with 400 naming path.id', async (url, got) => {
    const answer = await get(url);

    expectProblem(answer, badIdProblem('path.id', 'edition', got));
  });
});
