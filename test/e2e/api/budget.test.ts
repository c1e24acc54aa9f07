import type { AuditEntry, BudgetLine } from '../../../shared/schemas';
import { problemOf } from '../../helpers/api-client';
import { useApiServer } from '../../helpers/api-server';

const served = useApiServer();

async function lines(edition = '2008'): Promise<BudgetLine[]> {
  const { body } = await served.api.get(`/v1/editions/${edition}/budget`, { role: 'officer' });
  return (body as { items: BudgetLine[] }).items;
}

async function line(lineId: string, edition = '2008'): Promise<BudgetLine> {
  const found = (await lines(edition)).find((candidate) => candidate.lineId === lineId);
  if (!found) throw new Error(`no line ${lineId}`);
  return found;
}

async function history(lineId: string): Promise<AuditEntry[]> {
  const { body } = await served.api.get(`/v1/editions/2008/budget/${lineId}/history`, { role: 'officer' });
  return (body as { items: AuditEntry[] }).items;
}

/** PATCHes a line; `ifMatch` null sends no If-Match at all. */
const patchLine = (target: BudgetLine, body: unknown, ifMatch: string | null = `"${target.version}"`) =>
  served.api.patch(`/v1/editions/${target.edition}/budget/${target.lineId}`, body, {
    role: 'finance',
    headers: ifMatch === null ? {} : { 'if-match': ifMatch },
  });

describe('GET /v1/editions/{id}/budget', () => {
  it("lists the edition's lines, each keeping 0 <= paid <= committed <= allocated", async () => {
    const items = await lines();

    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      expect(item.version).toBeGreaterThanOrEqual(1);
      expect(item.paid).toBeLessThanOrEqual(item.committed);
      expect(item.committed).toBeLessThanOrEqual(item.allocated);
    }
  });

  it('answers 404 for an unknown edition', async () => {
    expect((await served.api.get('/v1/editions/2031/budget', { role: 'officer' })).status).toBe(404);
  });
});

describe('PATCH /v1/editions/{id}/budget/{lineId}', () => {
  it('changes the line, answers the new version as ETag and records one audit entry', async () => {
    const [target] = await lines();
    if (!target) throw new Error('no budget lines');
    const before = await history(target.lineId);

    const result = await patchLine(target, { paid: target.paid - 1 });

    expect(result.status).toBe(200);
    expect(result.headers.get('etag')).toBe(`"${target.version + 1}"`);
    expect(result.body).toMatchObject({
      paid: target.paid - 1,
      version: target.version + 1,
      updatedBy: 'local-finance',
    });
    const after = await history(target.lineId);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({
      action: 'budget.update',
      who: 'local-finance',
      before: target,
      after: result.body,
    });
  });

  it('lets exactly one of 20 concurrent edits of the same version through; the others get 412 with the current line', async () => {
    const [, target] = await lines();
    if (!target) throw new Error('no second budget line');
    const entriesBefore = (await history(target.lineId)).length;

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => patchLine(target, { paid: Math.max(0, target.paid - i - 1) })),
    );

    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(19).fill(412)]);
    const winner = results.find((result) => result.status === 200)?.body as BudgetLine;
    for (const loser of results.filter((result) => result.status === 412)) {
      expect(problemOf(loser).current).toEqual(winner);
    }
    expect(await history(target.lineId)).toHaveLength(entriesBefore + 1);
    expect(await line(target.lineId)).toEqual(winner);
  });

  it('answers 412 with the current line for a stale If-Match, and changes nothing', async () => {
    const [target] = await lines();
    if (!target) throw new Error('no budget lines');
    const entries = (await history(target.lineId)).length;

    const result = await patchLine(target, { paid: 0 }, `"${target.version - 1}"`);

    expect(result.status).toBe(412);
    expect(problemOf(result)).toMatchObject({
      type: 'urn:spring:problem:ERR_STALE_VERSION',
      current: target,
    });
    expect(await line(target.lineId)).toEqual(target);
    expect(await history(target.lineId)).toHaveLength(entries);
  });

  it('answers 422 naming the broken invariant, and changes nothing', async () => {
    const [target] = await lines();
    if (!target) throw new Error('no budget lines');

    const result = await patchLine(target, { paid: target.committed + 1 });

    expect(result.status).toBe(422);
    expect(problemOf(result).errors).toEqual([
      {
        field: 'body.paid',
        message: `paid (${target.committed + 1}) cannot exceed committed (${target.committed})`,
      },
    ]);
    expect(await line(target.lineId)).toEqual(target);
  });

  it('answers 428 without If-Match', async () => {
    const [target] = await lines();
    if (!target) throw new Error('no budget lines');

    const result = await patchLine(target, { paid: 1 }, null);

    expect(result.status).toBe(428);
    expect(problemOf(result).type).toBe('urn:spring:problem:ERR_IF_MATCH_REQUIRED');
  });

  it.each([
    [
      'a version that is not a quoted number',
      { paid: 1 },
      'v7',
      [
        {
          field: 'header.if-match',
          message: 'If-Match must be the line\'s ETag, a quoted version such as "3" (got v7)',
        },
      ],
    ],
    [
      'an empty body',
      {},
      undefined,
      [{ field: 'body', message: 'give at least one of allocated, committed, paid' }],
    ],
    [
      'a negative amount',
      { paid: -5 },
      undefined,
      [
        {
          field: 'body.paid',
          message: expect.stringContaining('paid must be an amount in EUR of 0 or more'),
        },
      ],
    ],
    [
      'text for an amount',
      { committed: 'lots' },
      undefined,
      [
        {
          field: 'body.committed',
          message: expect.stringContaining('committed must be an amount in EUR of 0 or more'),
        },
      ],
    ],
    [
      'an unknown field',
      { paid: 1, version: 9 },
      undefined,
      [{ field: 'body.version', message: "unknown field 'version'" }],
    ],
  ])('answers 400 for %s', async (_name, body, ifMatch, errors) => {
    const [target] = await lines();
    if (!target) throw new Error('no budget lines');

    const result = await patchLine(target, body, ifMatch ?? `"${target.version}"`);

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual(errors);
  });

  it('answers 404 for an unknown line', async () => {
    const result = await served.api.patch(
      '/v1/editions/2008/budget/no-such-line',
      { paid: 1 },
      { role: 'finance', headers: { 'if-match': '"1"' } },
    );

    expect(result.status).toBe(404);
    expect(problemOf(result).detail).toBe('Edition 2008 has no budget line no-such-line');
  });
});

describe('GET /v1/editions/{id}/budget/{lineId}/history', () => {
  it('answers 404 for an unknown line', async () => {
    expect((await served.api.get('/v1/editions/2008/budget/nope/history', { role: 'officer' })).status).toBe(
      404,
    );
  });
});
