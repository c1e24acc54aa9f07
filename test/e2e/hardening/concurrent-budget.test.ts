import { backoffDelay } from '../../../shared/retry';
import type { AuditEntry, BudgetLine } from '../../../shared/schemas';
import { useApiServer } from '../../helpers/api-server';

const served = useApiServer();
jest.setTimeout(180_000);

const CLIENTS = 50;
const INCREMENTS = 20;
const LINES = 5;
const RETRY = { attempts: 1_000, baseMs: 5, maxMs: 200 };

/** One finance user adding 1 EUR to a line's allocation: read, PATCH with If-Match, on 412 use `current` and retry after a jittered wait. */
async function increment(edition: string, lineId: string, statuses: number[]): Promise<number> {
  const path = `/v1/editions/${edition}/budget/${lineId}`;
  const { body } = await served.api.get(`/v1/editions/${edition}/budget`, { role: 'finance' });
  let line = (body as { items: BudgetLine[] }).items.find(
    (candidate) => candidate.lineId === lineId,
  ) as BudgetLine;
  for (let attempt = 1; ; attempt++) {
    const result = await served.api.patch(
      path,
      { allocated: line.allocated + 1 },
      { role: 'finance', headers: { 'if-match': `"${line.version}"` } },
    );
    statuses.push(result.status);
    if (result.status === 200) return attempt;
    if (result.status !== 412) throw new Error(`unexpected ${result.status}: ${JSON.stringify(result.body)}`);
    line = (result.body as { current: BudgetLine }).current;
    await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, RETRY)));
  }
}

describe('many finance clients publishing at once', () => {
  it('50 clients x 20 increments over 5 lines: every increment lands once, one audit entry each, no 500', async () => {
    const { body } = await served.api.get('/v1/editions/2009-2010/budget', { role: 'officer' });
    const lines = (body as { items: BudgetLine[] }).items.slice(0, LINES);
    expect(lines).toHaveLength(LINES);
    const historyLength = async (lineId: string) =>
      (
        (await served.api.get(`/v1/editions/2009-2010/budget/${lineId}/history`, { role: 'officer' }))
          .body as { items: AuditEntry[] }
      ).items.length;
    const before = await Promise.all(lines.map((line) => historyLength(line.lineId)));
    const statuses: number[] = [];
    const expected = new Map(lines.map((line) => [line.lineId, 0]));

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let n = 0; n < INCREMENTS; n++) {
          const line = lines[(client + n) % LINES] as BudgetLine;
          expected.set(line.lineId, (expected.get(line.lineId) ?? 0) + 1);
          await increment('2009-2010', line.lineId, statuses);
        }
      }),
    );

    const { body: after } = await served.api.get('/v1/editions/2009-2010/budget', { role: 'officer' });
    for (const line of lines) {
      const now = (after as { items: BudgetLine[] }).items.find(
        (candidate) => candidate.lineId === line.lineId,
      );
      expect([line.lineId, now?.allocated]).toEqual([
        line.lineId,
        line.allocated + (expected.get(line.lineId) ?? 0),
      ]);
      expect(now?.version).toBe(line.version + (expected.get(line.lineId) ?? 0));
    }
    const grown = (await Promise.all(lines.map((line) => historyLength(line.lineId)))).map(
      (length, i) => length - (before[i] ?? 0),
    );
    expect(grown.reduce((a, b) => a + b, 0)).toBe(CLIENTS * INCREMENTS);
    expect(statuses.filter((status) => status === 200)).toHaveLength(CLIENTS * INCREMENTS);
    expect(new Set(statuses)).toEqual(new Set([200, 412]));
  });
});
