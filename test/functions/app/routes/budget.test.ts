import type { AuditEntry, BudgetLine } from '../../../../shared/schemas';
import {
  badIdProblem,
  describeSignIn,
  fieldProblem,
  expectProblem,
  forbiddenProblem,
  notFoundProblem,
  problem,
  problemOf,
  unknownEditionProblem,
  useSampleRouteApp,
  validationProblem,
} from '../../../helpers/route-app';

/**
 * A clock a minute ahead of the import's real one that moves one second a call, so that every change
 * is newer than the import's own audit entry and has a time of its own.
 */
const start = Date.now() + 60_000;
let tick = 0;
const clock = () => new Date(start + 1000 * tick++);

const { sample, routes } = useSampleRouteApp('routes_budget', { now: clock });

async function lines(edition = '2008'): Promise<BudgetLine[]> {
  const answer = await routes.call('GET', `/v1/editions/${edition}/budget`, { role: 'officer' });
  return (answer.body as { items: BudgetLine[] }).items;
}

/** The stored line `lineId` of 2008 (each test edits a line of its own, so tests do not interfere). */
async function line(lineId: string): Promise<BudgetLine> {
  const found = (await lines()).find((candidate) => candidate.lineId === lineId);
  if (!found) throw new Error(`no line ${lineId}`);
  return found;
}

async function history(lineId: string): Promise<AuditEntry[]> {
  const answer = await routes.call('GET', `/v1/editions/2008/budget/${lineId}/history`, { role: 'officer' });
  return (answer.body as { items: AuditEntry[] }).items;
}

/** PATCHes a line as finance; `ifMatch` null sends no If-Match at all. */
const patch = (target: BudgetLine, body: unknown, ifMatch: string | null = `"${target.version}"`) =>
  routes.call('PATCH', `/v1/editions/${target.edition}/budget/${target.lineId}`, {
    role: 'finance',
    body,
    headers: ifMatch === null ? {} : { 'if-match': ifMatch },
  });

describeSignIn('the budget routes', routes, [
  ['GET', '/v1/editions/2008/budget', 'officer'],
  ['PATCH', '/v1/editions/2008/budget/region-tem', 'finance', { paid: 1 }],
  ['GET', '/v1/editions/2008/budget/region-tem/history', 'officer'],
]);

describe('the roles of the budget routes', () => {
  it('refuses a change from an officer with 403, and changes nothing', async () => {
    const target = await line('chamber-training');

    const answer = await routes.call('PATCH', `/v1/editions/2008/budget/${target.lineId}`, {
      role: 'officer',
      body: { paid: 0 },
      headers: { 'if-match': `"${target.version}"` },
    });

    expectProblem(answer, forbiddenProblem('finance', 'officer'));
    expect(await line(target.lineId)).toEqual(target);
  });

  it('lets an admin change a line', async () => {
    const target = await line('chamber-training');

    const answer = await routes.call('PATCH', `/v1/editions/2008/budget/${target.lineId}`, {
      role: 'admin',
      body: { allocated: target.allocated + 1 },
      headers: { 'if-match': `"${target.version}"` },
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ allocated: target.allocated + 1, updatedBy: 'local-admin' });
  });

  it('records a change under the name the user signed in with, so two colleagues of one role differ', async () => {
    const target = await line('chamber-training');
    const token = await routes.tokens.sign('finance', 'Carla Rossi');

    const answer = await routes.call('PATCH', `/v1/editions/2008/budget/${target.lineId}`, {
      token,
      body: { paid: target.paid },
      headers: { 'if-match': `"${target.version}"` },
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ version: target.version + 1, updatedBy: 'Carla Rossi' });
  });
});

describe('GET /v1/editions/{id}/budget', () => {
  it("lists the edition's lines as imported, in line id order, each at version 1", async () => {
    const expected = (sample.budget ?? [])
      .filter((entry) => entry.edition === '2007')
      .sort((a, b) => a.lineId.localeCompare(b.lineId));

    const answer = await routes.call('GET', '/v1/editions/2007/budget', { role: 'officer' });

    expect(answer.status).toBe(200);
    const items = (answer.body as { items: BudgetLine[] }).items;
    expect(items).toHaveLength(expected.length);
    items.forEach((item, i) => expect(item).toMatchObject({ ...expected[i], version: 1 }));
  });

  it('answers 404 for an unknown edition', async () => {
    const answer = await routes.call('GET', '/v1/editions/2031/budget', { role: 'officer' });

    expectProblem(answer, unknownEditionProblem('2031'));
  });

  it('refuses an edition id that cannot be one with 400 naming path.id', async () => {
    const answer = await routes.call('GET', '/v1/editions/2008%3F/budget', { role: 'officer' });

    expectProblem(answer, badIdProblem('path.id', 'edition', "'2008?'"));
  });
});

describe('PATCH /v1/editions/{id}/budget/{lineId}', () => {
  it('changes the line, answers it with the new version as ETag, and records who and when', async () => {
    const target = await line('region-tem');
    const before = await history(target.lineId);

    const answer = await patch(target, { paid: target.paid - 1 });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe(`"${target.version + 1}"`);
    const updated = answer.body as BudgetLine;
    expect(updated).toEqual({
      ...target,
      paid: target.paid - 1,
      version: target.version + 1,
      updatedAt: new Date(start + 1000 * (tick - 1)).toISOString(),
      updatedBy: 'local-finance',
    });
    expect(await line(target.lineId)).toEqual(updated);
    const after = await history(target.lineId);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toEqual({
      id: expect.any(String),
      at: updated.updatedAt,
      who: 'local-finance',
      action: 'budget.update',
      target: { edition: '2008', lineId: target.lineId },
      before: target,
      after: updated,
    });
  });

  it('changes all three amounts at once when they keep 0 <= paid <= committed <= allocated', async () => {
    const target = await line('region-coordination');
    const amounts = {
      allocated: target.allocated + 100,
      committed: target.allocated + 50,
      paid: target.allocated,
    };

    const answer = await patch(target, amounts);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ...amounts, version: target.version + 1 });
  });

  it('takes a weak ETag (W/"n") as If-Match', async () => {
    const target = await line('region-promotion');

    const answer = await patch(target, { paid: target.paid }, `W/"${target.version}"`);

    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe(`"${target.version + 1}"`);
  });

  it('answers 412 with the current line for a stale If-Match, and changes neither the line nor its history', async () => {
    const target = await line('region-training');
    const moved = (await patch(target, { paid: target.paid - 1 })).body as BudgetLine;
    const entries = await history(target.lineId);

    const answer = await patch(target, { paid: 0 });

    expectProblem(
      answer,
      problem(
        'STALE_VERSION',
        412,
        `Someone changed this line since you read it: it is at version ${moved.version}, you edited version ${target.version}. Compare with current and send your change again with If-Match: "${moved.version}"`,
        { current: moved },
      ),
    );
    expect(await line(target.lineId)).toEqual(moved);
    expect(await history(target.lineId)).toEqual(entries);
  });

  it('answers 412 for a stale version even when the change would also break the invariant', async () => {
    const target = await line('region-training');

    const answer = await patch(target, { paid: target.committed + 1 }, `"${target.version + 5}"`);

    expect(answer.status).toBe(412);
    expect(problemOf(answer).current).toEqual(target);
  });

  it('answers 428 without If-Match, before looking at the body', async () => {
    const target = await line('region-tem');

    const answer = await patch(target, { paid: -1 }, null);

    expectProblem(
      answer,
      problem(
        'IF_MATCH_REQUIRED',
        428,
        'Send If-Match with the version you edited (the line\'s ETag, e.g. "3"), so that no one\'s change is overwritten',
      ),
    );
  });

  it.each(['v7', '"abc"', '*', '3', '"1234567890"'])(
    'refuses If-Match %s with 400 naming header.if-match',
    async (ifMatch) => {
      const target = await line('region-tem');
      const message = `If-Match must be the line's ETag, a quoted version such as "3" (got ${ifMatch})`;

      const answer = await patch(target, { paid: 1 }, ifMatch);

      expectProblem(answer, fieldProblem('VALIDATION', 'header.if-match', message));
    },
  );

  it.each([
    ['an empty body', {}, [{ field: 'body', message: 'give at least one of allocated, committed, paid' }]],
    [
      'a negative amount',
      { paid: -5 },
      [{ field: 'body.paid', message: 'paid must be an amount in EUR of 0 or more (got -5)' }],
    ],
    [
      'text for an amount',
      { committed: 'lots' },
      [{ field: 'body.committed', message: "committed must be an amount in EUR of 0 or more (got 'lots')" }],
    ],
    [
      'null for an amount',
      { allocated: null },
      [
        {
          field: 'body.allocated',
          message: 'allocated must be an amount in EUR of 0 or more (got an empty value)',
        },
      ],
    ],
    [
      'an unknown field',
      { paid: 1, version: 9 },
      [{ field: 'body.version', message: "unknown field 'version'" }],
    ],
    [
      'several problems',
      { paid: -1, committed: 'x', note: 'y' },
      [
        { field: 'body.committed', message: "committed must be an amount in EUR of 0 or more (got 'x')" },
        { field: 'body.paid', message: 'paid must be an amount in EUR of 0 or more (got -1)' },
        { field: 'body.note', message: "unknown field 'note'" },
      ],
    ],
  ])('refuses %s with 400 listing every problem, and changes nothing', async (_name, body, errors) => {
    const target = await line('chamber-tem');

    const answer = await patch(target, body);

    expectProblem(answer, validationProblem(errors));
    expect(await line(target.lineId)).toEqual(target);
  });

  it('answers 422 naming the broken invariant, and changes nothing', async () => {
    const target = await line('chamber-tem');

    const answer = await patch(target, { paid: target.committed + 1 });

    expect(answer.status).toBe(422);
    const message = `paid (${target.committed + 1}) cannot exceed committed (${target.committed})`;
    expect(problemOf(answer)).toEqual(
      problem(
        'BUDGET_INVARIANT',
        422,
        `The line would break 0 <= paid <= committed <= allocated: ${message}`,
        { errors: [{ field: 'body.paid', message }] },
      ),
    );
    expect(await line(target.lineId)).toEqual(target);
  });

  it('answers 422 naming both broken rules when allocated drops below committed and paid', async () => {
    const target = await line('chamber-promotion');

    const answer = await patch(target, { allocated: 0, paid: target.committed + 1 });

    expect(answer.status).toBe(422);
    expect(problemOf(answer).errors).toEqual([
      { field: 'body.committed', message: `committed (${target.committed}) cannot exceed allocated (0)` },
      {
        field: 'body.paid',
        message: `paid (${target.committed + 1}) cannot exceed committed (${target.committed})`,
      },
    ]);
  });

  it.each([
    [
      'answers 404 for an unknown line',
      '2008/budget/no-such-line',
      notFoundProblem('Edition 2008 has no budget line no-such-line'),
    ],
    [
      'answers 404 naming the editions for an unknown edition',
      '2031/budget/region-tem',
      unknownEditionProblem('2031'),
    ],
    [
      'refuses a line id that cannot be one with 400 naming path.lineId',
      '2008/budget/a%20b',
      badIdProblem('path.lineId', 'lineId', "'a b'"),
    ],
  ])('%s', async (_name, path, expected) => {
    const answer = await routes.call('PATCH', `/v1/editions/${path}`, {
      role: 'finance',
      body: { paid: 1 },
      headers: { 'if-match': '"1"' },
    });

    expectProblem(answer, expected);
  });
});

describe('GET /v1/editions/{id}/budget/{lineId}/history', () => {
  it('lists every change of the line, newest first', async () => {
    const target = await line('chamber-promotion');
    const before = await history(target.lineId);
    const first = (await patch(target, { paid: Math.max(0, target.paid - 1) })).body as BudgetLine;
    const second = (await patch(first, { paid: Math.max(0, first.paid - 1) })).body as BudgetLine;

    const answer = await routes.call('GET', `/v1/editions/2008/budget/${target.lineId}/history`, {
      role: 'officer',
    });

    expect(answer.status).toBe(200);
    const items = (answer.body as { items: AuditEntry[] }).items;
    expect(items).toHaveLength(before.length + 2);
    expect(items.slice(0, 2)).toMatchObject([
      { before: first, after: second, at: second.updatedAt },
      { before: target, after: first, at: first.updatedAt },
    ]);
    const times = items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('answers 404 for an unknown line', async () => {
    const answer = await routes.call('GET', '/v1/editions/2008/budget/nope/history', { role: 'officer' });

    expectProblem(answer, notFoundProblem('Edition 2008 has no budget line nope'));
  });

  it('answers 404 for an unknown edition', async () => {
    const answer = await routes.call('GET', '/v1/editions/2031/budget/region-tem/history', {
      role: 'officer',
    });

    expectProblem(answer, unknownEditionProblem('2031'));
  });
});
