import type { SpringApi } from '../../addin/api/spring-api';
import { PreviewWorkbook } from '../../addin/workbook/preview-workbook';
import { createPreviewWriter } from '../../addin/workbook/preview-writer';
import { keepMine, publishBudget, takeTheirs } from '../../addin/workbook/publish';
import { pullTable } from '../../addin/workbook/pull';
import type { WorkbookWriter } from '../../addin/workbook/writer';
import type { BudgetLine } from '../../shared/schemas';
import { ApiClient } from '../helpers/api-client';
import { signedInApi } from '../helpers/addin-api';
import { startLocalServer, type LocalServerProcess } from '../helpers/local-server';

let server: LocalServerProcess;
let api: ApiClient;

/** A finance user's own workbook (preview) and client. */
interface Desk {
  api: SpringApi;
  workbook: PreviewWorkbook;
  writer: WorkbookWriter;
}

async function desk(): Promise<Desk> {
  const workbook = new PreviewWorkbook();
  return {
    api: signedInApi(server.url, await api.token('finance'), 'finance'),
    workbook,
    writer: createPreviewWriter(workbook),
  };
}

/** The headers of the amounts a finance user edits, in the languages a budget table is inserted in. */
const AMOUNT_HEADERS = {
  en: { allocated: 'Allocated', committed: 'Committed', paid: 'Paid' },
  it: { allocated: 'Stanziato', committed: 'Impegnato', paid: 'Pagato' },
} as const;

/** Edits a budget row's amount in a desk's workbook, as a user typing in the cell (headed in `language`). */
function edit(
  at: Desk,
  lineId: string,
  field: 'allocated' | 'committed' | 'paid',
  value: number,
  language: 'en' | 'it' = 'en',
): void {
  const table = at.workbook.tables.get('Spring_Budget_2007');
  const column = table?.columns.findIndex((c) => c.header === AMOUNT_HEADERS[language][field]) ?? -1;
  const row = table?.rows.find((r) => r[0] === lineId);
  if (!row || column < 0) throw new Error(`no ${lineId}.${field}`);
  row[column] = value;
}

const serverLine = async (lineId: string) =>
  (
    (await api.get('/v1/editions/2007/budget', { role: 'officer' })).body as { items: BudgetLine[] }
  ).items.find((l) => l.lineId === lineId) as BudgetLine;
const rowOf = (at: Desk, lineId: string) =>
  at.workbook.tables.get('Spring_Budget_2007')?.rows.find((r) => r[0] === lineId);

let lines: BudgetLine[];
beforeAll(async () => {
  server = await startLocalServer();
  api = new ApiClient(server.url);
  lines = ((await api.get('/v1/editions/2007/budget', { role: 'officer' })).body as { items: BudgetLine[] })
    .items;
});
afterAll(async () => {
  await server?.stop();
});

describe('publishing budget edits', () => {
  it('sends only the edited row, with If-Match, and writes its new version into the table', async () => {
    const mine = await desk();
    await pullTable(mine.api, mine.writer, 'Budget', '2007');
    const line = lines[0] as BudgetLine;
    edit(mine, line.lineId, 'paid', line.paid - 5);

    const report = await publishBudget(mine.api, mine.writer, '2007');

    expect(report).toEqual({ published: [line.lineId], conflicts: [], notSent: [] });
    expect(await serverLine(line.lineId)).toMatchObject({ paid: line.paid - 5, version: line.version + 1 });
    expect(rowOf(mine, line.lineId)?.[6]).toBe(line.version + 1);
  });

  it('publishes from a table inserted in Italian, and writes the new version into it, still in Italian', async () => {
    const mine = await desk();
    await pullTable(mine.api, mine.writer, 'Budget', '2007', { language: 'it' });
    const line = await serverLine((lines[3] as BudgetLine).lineId);
    edit(mine, line.lineId, 'paid', line.paid - 7, 'it');

    const report = await publishBudget(mine.api, mine.writer, '2007');

    expect(report).toEqual({ published: [line.lineId], conflicts: [], notSent: [] });
    expect(await serverLine(line.lineId)).toMatchObject({ paid: line.paid - 7, version: line.version + 1 });
    expect(rowOf(mine, line.lineId)?.slice(5, 7)).toEqual([line.paid - 7, line.version + 1]);
    expect(mine.workbook.tables.get('Spring_Budget_2007')?.columns.map((c) => c.header)).toEqual([
      'Voce',
      'Fonte',
      'Azione',
      'Stanziato',
      'Impegnato',
      'Pagato',
      'Versione',
      'Aggiornato il',
      'Aggiornato da',
    ]);
  });

  it('shows a conflict when a colleague changed the same line, and "keep mine" then wins on the new version', async () => {
    const [mine, theirs] = [await desk(), await desk()];
    await pullTable(mine.api, mine.writer, 'Budget', '2007');
    await pullTable(theirs.api, theirs.writer, 'Budget', '2007');
    const line = await serverLine((lines[1] as BudgetLine).lineId);
    edit(theirs, line.lineId, 'paid', line.paid - 1);
    edit(mine, line.lineId, 'paid', line.paid - 2);
    expect((await publishBudget(theirs.api, theirs.writer, '2007')).published).toEqual([line.lineId]);

    const report = await publishBudget(mine.api, mine.writer, '2007');

    expect(report.published).toEqual([]);
    expect(report.conflicts).toEqual([
      {
        lineId: line.lineId,
        mine: { allocated: line.allocated, committed: line.committed, paid: line.paid - 2 },
        theirs: expect.objectContaining({ paid: line.paid - 1, version: line.version + 1 }),
      },
    ]);
    expect(await serverLine(line.lineId)).toMatchObject({ paid: line.paid - 1 });

    const resolved = await keepMine(mine.api, mine.writer, '2007', report.conflicts[0] as never);

    expect(resolved.published).toEqual([line.lineId]);
    expect(await serverLine(line.lineId)).toMatchObject({ paid: line.paid - 2, version: line.version + 2 });
    expect(rowOf(mine, line.lineId)?.[5]).toBe(line.paid - 2);
  });

  it('"take theirs" writes the colleague\'s line into my table and sends nothing', async () => {
    const [mine, theirs] = [await desk(), await desk()];
    await pullTable(mine.api, mine.writer, 'Budget', '2007');
    await pullTable(theirs.api, theirs.writer, 'Budget', '2007');
    const line = await serverLine((lines[2] as BudgetLine).lineId);
    edit(theirs, line.lineId, 'committed', line.committed + 100);
    edit(mine, line.lineId, 'committed', line.committed + 200);
    await publishBudget(theirs.api, theirs.writer, '2007');
    const { conflicts } = await publishBudget(mine.api, mine.writer, '2007');

    await takeTheirs(mine.writer, '2007', conflicts[0] as never);

    expect(await serverLine(line.lineId)).toMatchObject({ committed: line.committed + 100 });
    expect(rowOf(mine, line.lineId)?.slice(3, 7)).toEqual([
      line.allocated,
      line.committed + 100,
      line.paid,
      line.version + 1,
    ]);
  });

  it('does not report a conflict for a row I did not edit, even if it changed on the server', async () => {
    const [mine, theirs] = [await desk(), await desk()];
    await pullTable(mine.api, mine.writer, 'Budget', '2007');
    await pullTable(theirs.api, theirs.writer, 'Budget', '2007');
    const [first, second] = [
      await serverLine((lines[0] as BudgetLine).lineId),
      await serverLine((lines[1] as BudgetLine).lineId),
    ];
    edit(theirs, second.lineId, 'paid', second.paid - 3);
    await publishBudget(theirs.api, theirs.writer, '2007');
    edit(mine, first.lineId, 'paid', first.paid - 7);

    const report = await publishBudget(mine.api, mine.writer, '2007');

    expect(report).toEqual({ published: [first.lineId], conflicts: [], notSent: [] });
  });

  it('stops at a row the server refuses, naming the broken invariant, and changes nothing', async () => {
    const mine = await desk();
    await pullTable(mine.api, mine.writer, 'Budget', '2007');
    const line = await serverLine((lines[0] as BudgetLine).lineId);
    edit(mine, line.lineId, 'paid', line.committed + 1);

    const report = await publishBudget(mine.api, mine.writer, '2007');

    expect(report.failed).toEqual({
      lineId: line.lineId,
      message: expect.stringContaining(
        `paid (${line.committed + 1}) cannot exceed committed (${line.committed})`,
      ),
      // The service's problem itself, for the pane to say in the user's language.
      error: expect.objectContaining({
        status: 422,
        problem: expect.objectContaining({ type: 'urn:spring:problem:ERR_BUDGET_INVARIANT' }),
      }),
    });
    expect(await serverLine(line.lineId)).toEqual(line);
  });

  it('stops at a third row holding text, writes rows one and two back with their new versions, names the rest', async () => {
    const mine = await desk();
    await pullTable(mine.api, mine.writer, 'Budget', '2007');
    const [first, second, third, fourth] = await Promise.all(
      lines.slice(0, 4).map((line) => serverLine(line.lineId)),
    );
    if (!first || !second || !third || !fourth) throw new Error('the sample has fewer than 4 lines in 2007');
    edit(mine, first.lineId, 'paid', first.paid - 11);
    edit(mine, second.lineId, 'paid', second.paid - 12);
    edit(mine, third.lineId, 'paid', 'dodicimila' as unknown as number);
    edit(mine, fourth.lineId, 'paid', fourth.paid - 14);

    const report = await publishBudget(mine.api, mine.writer, '2007');

    expect(report).toEqual({
      published: [first.lineId, second.lineId],
      conflicts: [],
      failed: {
        lineId: third.lineId,
        message: `Paid of line ${third.lineId} must be an amount in EUR of 0 or more (the cell holds "dodicimila")`,
        badAmount: { field: 'paid', value: 'dodicimila' },
      },
      notSent: [fourth.lineId],
    });
    expect(rowOf(mine, first.lineId)?.slice(5, 7)).toEqual([first.paid - 11, first.version + 1]);
    expect(rowOf(mine, second.lineId)?.slice(5, 7)).toEqual([second.paid - 12, second.version + 1]);
    expect(rowOf(mine, third.lineId)?.[5]).toBe('dodicimila');
    expect(await serverLine(third.lineId)).toEqual(third);
    expect(await serverLine(fourth.lineId)).toEqual(fourth);

    // The next publish, after the user fixes the text, sends only what is still unpublished: no conflict.
    edit(mine, third.lineId, 'paid', third.paid - 13);
    const next = await publishBudget(mine.api, mine.writer, '2007');
    expect(next).toEqual({ published: [third.lineId, fourth.lineId], conflicts: [], notSent: [] });
  });
});
