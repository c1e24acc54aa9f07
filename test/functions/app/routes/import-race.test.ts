import { budgetUpdate, getBudgetLine, writeBudgetUpdate } from '../../../../functions/data/budget';
import type { Store } from '../../../../functions/data/store';
import type { BudgetLineInput } from '../../../../shared/schemas';
import { smallImportDocument } from '../../../helpers/import-documents';
import { racingStore } from '../../../helpers/racing-store';
import { expectProblem, problem, smallSample, useRouteApp } from '../../../helpers/route-app';

const document = smallImportDocument(smallSample());
const [line] = document.budget ?? [];
if (!line) throw new Error('the document has no budget line');

/** A finance officer's edit of the line, made on the real store while the import runs. */
async function colleagueEdits(store: Store): Promise<void> {
  const stored = await getBudgetLine(store, line!.edition, line!.lineId);
  if (!stored) throw new Error('the line is not stored');
  const { version: _v, updatedAt: _a, updatedBy: _b, ...fields } = stored;
  await writeBudgetUpdate(
    store,
    budgetUpdate(
      stored,
      { ...fields, paid: stored.paid + 1 },
      { who: 'finance-1', updatedBy: 'Anna Colleague', at: '2026-12-01T10:00:00.000Z', auditId: 'race-1' },
    ),
  );
}

// The race runs before the first budget transaction: the seed writes lines through the real store.
let racing: ReturnType<typeof racingStore> | undefined;
const routes = useRouteApp('routes_import_race', {
  seed: document,
  wrapStore: (store) => (racing = racingStore(store, { command: 'TransactWrite', race: colleagueEdits })),
});

const importAs = (body: unknown, query = '') =>
  routes.call('POST', `/v1/import${query}`, { role: 'admin', body });

describe('an import raced by a budget edit', () => {
  const changed: BudgetLineInput = { ...line, allocated: line.allocated + 5000 };
  const raced = { ...document, label: 'raced import', budget: [changed] };

  it('answers 409 listing the line, writes everything else, and leaves the job incomplete', async () => {
    const answer = await importAs(raced);

    expect(racing?.raced()).toBe(true);
    expectProblem(
      answer,
      problem(
        'IMPORT_RACE',
        409,
        "The import is incomplete: 1 budget line was changed by someone else while it ran and was not written; everything else was. Run a dry run to compare their current values with the document's, then import again to finish",
        {
          errors: [
            {
              entity: 'budget',
              row: 0,
              field: 'version',
              message: `budget line ${line.edition}/${line.lineId} changed while the import ran: it was at version 1 when read, it is at version 2 (Anna Colleague, 2026-12-01T10:00:00.000Z)`,
            },
          ],
          lines: [
            {
              edition: line.edition,
              lineId: line.lineId,
              current: expect.objectContaining({ version: 2, paid: line.paid + 1 }),
            },
          ],
        },
      ),
    );
    const jobs = (await routes.call('GET', '/v1/imports', { role: 'admin' })).body as {
      items: { label?: string; status: string }[];
    };
    expect(jobs.items.find((job) => job.label === 'raced import')?.status).toBe('incomplete');
    // The colleague's edit stands.
    expect(await getBudgetLine(routes.store, line.edition, line.lineId)).toMatchObject({
      version: 2,
      paid: line.paid + 1,
      allocated: line.allocated,
    });
  });

  it("shows on the next dry run the line's current values and the document's", async () => {
    const answer = await importAs(raced, '?dryRun=true');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      counts: { budget: { created: 0, updated: 1, unchanged: 0 } },
      overwrites: [
        {
          entity: 'budget',
          row: 0,
          edition: line.edition,
          lineId: line.lineId,
          current: { ...line, paid: line.paid + 1, version: 2, updatedBy: 'Anna Colleague' },
          document: changed,
        },
      ],
    });
  });

  it('finishes the job when the document is imported again', async () => {
    const answer = await importAs(raced);

    expect(answer.status).toBe(200);
    const jobs = (await routes.call('GET', '/v1/imports', { role: 'admin' })).body as {
      items: { label?: string; status: string }[];
    };
    expect(jobs.items.filter((job) => job.label === 'raced import')).toEqual([
      expect.objectContaining({ status: 'completed' }),
    ]);
    expect(await getBudgetLine(routes.store, line.edition, line.lineId)).toMatchObject({
      version: 3,
      paid: line.paid,
      allocated: line.allocated + 5000,
    });
  });
});
