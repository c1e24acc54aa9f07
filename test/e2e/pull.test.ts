import type { SpringApi } from '../../addin/api/spring-api';
import { PreviewWorkbook } from '../../addin/workbook/preview-workbook';
import { createPreviewWriter } from '../../addin/workbook/preview-writer';
import {
  parseSpringTableName,
  pullTable,
  PullCancelledError,
  refreshAllTables,
} from '../../addin/workbook/pull';
import type { WorkbookWriter } from '../../addin/workbook/writer';
import { ApiClient } from '../helpers/api-client';
import { signedInApi } from '../helpers/addin-api';
import { startLocalServer, type LocalServerProcess } from '../helpers/local-server';

let server: LocalServerProcess;
let api: ApiClient;
let client: SpringApi;
let workbook: PreviewWorkbook;
let writer: WorkbookWriter;

beforeAll(async () => {
  server = await startLocalServer();
  api = new ApiClient(server.url);
  client = signedInApi(server.url, await api.token('finance'), 'finance');
});
beforeEach(() => {
  workbook = new PreviewWorkbook();
  writer = createPreviewWriter(workbook);
});
afterAll(async () => {
  await server?.stop();
});

describe('pulling Spring tables into a workbook', () => {
  it("inserts an edition's projects as a table, page by page, with progress", async () => {
    const progress: string[] = [];

    const result = await pullTable(client, writer, 'Projects', '2009-2010', {
      pageSize: 40,
      onProgress: (p) => progress.push(`${p.phase} ${p.done}`),
    });

    const table = await writer.readTable('Spring_Projects_2009_2010');
    expect(result).toEqual({
      table: 'Spring_Projects_2009_2010',
      rows: table?.rows.length,
      refreshed: false,
    });
    expect(table?.sheetName).toBe('Projects 2009-2010');
    expect(table?.header.slice(0, 3)).toEqual(['Project', 'Firm', 'TEM']);
    expect(progress.filter((line) => line.startsWith('reading')).length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(`writing ${table?.rows.length}`);
  });

  it("brings a table up to date in place after the data changed on the server, keeping the user's column", async () => {
    await pullTable(client, writer, 'Budget', '2008');
    const budget = workbook.tables.get('Spring_Budget_2008');
    budget?.columns.push({ header: 'comment', format: 'text' });
    budget?.rows.forEach((row, i) => row.push(`note ${i}`));
    budget?.formulas.forEach((row) => row.push(null));
    const line = [...(budget?.rows[0] ?? [])];
    const edit = await api.patch(
      `/v1/editions/2008/budget/${String(line[0])}`,
      { paid: Number(line[5]) - 1 },
      { role: 'finance', headers: { 'if-match': `"${String(line[6])}"` } },
    );
    expect(edit.status).toBe(200);

    const result = await pullTable(client, writer, 'Budget', '2008');

    const after = await writer.readTable('Spring_Budget_2008');
    expect(result.refreshed).toBe(true);
    expect(after?.rows[0]?.[5]).toBe(Number(line[5]) - 1);
    expect(after?.rows[0]?.[6]).toBe(Number(line[6]) + 1);
    expect(after?.rows.map((row) => row[9])).toEqual(budget?.rows.map((_, i) => `note ${i}`));
  });

  it('inserts a table in Italian, which a pane in English then refreshes in place, keeping it in Italian', async () => {
    await pullTable(client, writer, 'Exports', '2008', { language: 'it' });
    const inserted = await writer.readTable('Spring_Exports_2008');

    const result = await pullTable(client, writer, 'Exports', '2008', { language: 'en' });

    const after = await writer.readTable('Spring_Exports_2008');
    expect(inserted).toMatchObject({
      sheetName: 'Esportazioni 2008',
      header: ['Impresa', 'Anno', 'Paese', 'Valore'],
    });
    expect(result).toEqual({ table: 'Spring_Exports_2008', rows: inserted?.rows.length, refreshed: true });
    expect(after).toMatchObject({ sheetName: 'Esportazioni 2008', header: inserted?.header });
    expect(after?.rows).toEqual(inserted?.rows);
    expect(workbook.sheets).toEqual(['Esportazioni 2008']);
  });

  it('stops on Cancel between pages and leaves the workbook as it was', async () => {
    const controller = new AbortController();

    const pulled = pullTable(client, writer, 'Firms', '2006', {
      pageSize: 50,
      signal: controller.signal,
      onProgress: (p) => p.done >= 50 && controller.abort(),
    });

    await expect(pulled).rejects.toThrow(PullCancelledError);
    expect(await writer.listTables('Spring_')).toEqual([]);
  });

  it('inserts firms and their export flows, and refreshes every Spring table at once', async () => {
    await pullTable(client, writer, 'Firms', '2006');
    await pullTable(client, writer, 'Exports', '2006');

    const refreshed = await refreshAllTables(client, writer);

    expect(refreshed).toEqual(['Spring_Exports_2006', 'Spring_Firms_2006']);
    expect((await writer.readTable('Spring_Firms_2006'))?.rows).toHaveLength(153);
    expect((await writer.readTable('Spring_Exports_2006'))?.rows.length).toBeGreaterThan(153);
  });
});

describe('parseSpringTableName', () => {
  it.each([
    ['Spring_Projects_2009_2010', { kind: 'Projects', edition: '2009-2010' }],
    ['Spring_Budget_2006', { kind: 'Budget', edition: '2006' }],
    ['Spring_Other_2006', undefined],
    ['Table1', undefined],
  ])('%s -> %j', (name, expected) => {
    expect(parseSpringTableName(name)).toEqual(expected);
  });
});
