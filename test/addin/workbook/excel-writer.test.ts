import { createExcelWriter, EXCEL_NUMBER_FORMATS } from '../../../addin/workbook/excel-writer';
import type { TableData } from '../../../addin/workbook/writer';
import {
  createExcelMock,
  makeExcelHarness as makeHarness,
  MockExcelError,
  type ExcelMock,
} from './excel-harness';

const COLUMNS: TableData['columns'] = [
  { name: 'id', format: 'text' },
  { name: 'employees', format: 'integer' },
  { name: 'ratio', format: 'decimal' },
  { name: 'grant', format: 'eur' },
  { name: 'share', format: 'percent' },
  { name: 'start', format: 'date' },
];

const table = (rows: TableData['rows'], name = 'Spring_Firms_2008'): TableData => ({
  name,
  sheetName: 'Firms 2008',
  columns: COLUMNS,
  rows,
  keyColumn: 'id',
});

const row = (id: string, grant = 1000): TableData['rows'][number] => [
  id,
  12,
  0.125,
  grant,
  0.4,
  '2008-03-01',
];

const many = (count: number) => table(Array.from({ length: count }, (_, i) => row(`F${i}`)));

/** The syncs that wrote rows of values, and how many rows each wrote. */
const valueWrites = (mock: ExcelMock) =>
  mock.syncs
    .map((sync) =>
      sync.commands.filter((command) => command.op === 'range.values' && (command.rows ?? 0) > 1),
    )
    .filter((commands) => commands.length > 0)
    .map((commands) => commands.map((command) => command.rows));

describe('Excel writer, on office-addin-mock', () => {
  let mock: ExcelMock;
  beforeEach(() => {
    mock = createExcelMock();
  });

  it('writes 4,500 rows in three chunks of at most 2,000 rows, a sync each, reporting progress after each', async () => {
    const progress: number[] = [];

    await createExcelWriter(mock.run).createTable(many(4500), (done) => progress.push(done));

    expect(valueWrites(mock)).toEqual([[2000], [2000], [500]]);
    expect(progress).toEqual([2000, 4000, 4500]);
    expect(mock.model.table('Spring_Firms_2008')?.rows).toBe(4500);
  });

  it('freezes the header row, fits the columns, styles and activates the table sheet', async () => {
    await createExcelWriter(mock.run).createTable(table([row('F1')]));

    const sheet = mock.model.sheet('Firms 2008');
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.autofitted).toEqual(["'Firms 2008'!A1:F2"]);
    expect(mock.model.table('Spring_Firms_2008')?.style).toBe('TableStyleMedium2');
    expect(mock.model.activeSheet).toBe(sheet);
  });

  it('sets each column its number format', async () => {
    await createExcelWriter(mock.run).createTable(table([row('F1'), row('F2')]));

    const sheet = mock.model.sheet('Firms 2008');
    const formats = [1, 2].map((r) => COLUMNS.map((_, c) => sheet?.cell(r, c).format));
    expect(formats).toEqual([
      ['@', '#,##0', '0.000', '#,##0 "€"', '0.0%', 'yyyy-mm-dd'],
      ['@', '#,##0', '0.000', '#,##0 "€"', '0.0%', 'yyyy-mm-dd'],
    ]);
  });

  it('takes other number format codes where given', async () => {
    const writer = createExcelWriter(mock.run, { eur: '[$€-x-euro2] #,##0' });

    await writer.createTable(table([row('F1')]));

    expect(mock.model.sheet('Firms 2008')?.cell(1, 3).format).toBe('[$€-x-euro2] #,##0');
    expect(mock.model.sheet('Firms 2008')?.cell(1, 4).format).toBe(EXCEL_NUMBER_FORMATS.percent);
  });

  it('stores dates as Excel serial dates and reads them back as ISO text; keeps numeric-looking ids as text', async () => {
    const writer = createExcelWriter(mock.run);

    await writer.createTable(table([['007', 12, 0.125, 1000, 0.4, '2008-03-01']]));

    const sheet = mock.model.sheet('Firms 2008');
    expect(sheet?.cell(1, 5).value).toBe(39508);
    expect(sheet?.cell(1, 0).value).toBe('007');
    expect((await writer.readTable('Spring_Firms_2008'))?.rows).toEqual([
      ['007', 12, 0.125, 1000, 0.4, '2008-03-01'],
    ]);
  });

  it('leaves no row of a longer table it replaces', async () => {
    const writer = createExcelWriter(mock.run);
    await writer.createTable(many(5));

    await writer.createTable(table([row('F9')]));

    expect((await writer.readTable('Spring_Firms_2008'))?.rows).toEqual([row('F9')]);
    expect([...mock.model.sheet('Firms 2008')!.cells.keys()].filter((key) => key.startsWith('3:'))).toEqual(
      [],
    );
  });

  it('makes an empty table that a refresh fills, and reports progress 0 of 0', async () => {
    const writer = createExcelWriter(mock.run);
    const progress: [number, number][] = [];

    await writer.createTable(table([]), (done, total) => progress.push([done, total]));
    const report = await writer.refreshTable(table([row('F1'), row('F2')]));

    expect(progress).toEqual([[0, 0]]);
    expect(report).toEqual({ added: 2, changed: 0, removed: 0 });
    expect((await writer.readTable('Spring_Firms_2008'))?.rows).toEqual([row('F1'), row('F2')]);
    expect(mock.model.sheet('Firms 2008')?.cell(2, 0).format).toBe('@');
  });

  it('refreshes thousands of rows in a few syncs, never one per cell', async () => {
    const writer = createExcelWriter(mock.run);
    await writer.createTable(many(3000));
    const before = mock.syncs.length;

    const changed = many(3000).rows.map((cells, i) => (i % 2 === 0 ? row(String(cells[0]), 5) : cells));
    const report = await writer.refreshTable(table([...changed.slice(100), row('NEW1'), row('NEW2')]));

    expect(report).toEqual({ added: 2, changed: 1450, removed: 100 });
    expect(mock.syncs.length - before).toBeLessThanOrEqual(6);
    const rows = (await writer.readTable('Spring_Firms_2008'))?.rows ?? [];
    expect(rows.map((cells) => cells[0])).toEqual([
      ...Array.from({ length: 2900 }, (_, i) => `F${i + 100}`),
      'NEW1',
      'NEW2',
    ]);
    expect(rows.slice(0, 2).map((cells) => cells[3])).toEqual([5, 1000]);
  });

  it("writes a calculated column's formula into new rows even when Excel would not fill it in", async () => {
    const harness = await makeHarness(mock);
    await harness.writer.createTable(table([row('F1')]));
    await harness.addUserColumn('Spring_Firms_2008', 'double', '=[@grant]*2');
    // As with Excel's "fill formulas in tables" AutoCorrect switched off: new rows get no formula by themselves.
    mock.model.table('Spring_Firms_2008')!.columns[6] = { name: 'double' };

    await harness.writer.refreshTable(table([row('F1'), row('F2')]));

    expect((await harness.writer.readTable('Spring_Firms_2008'))?.formulas.map((cells) => cells[6])).toEqual([
      '=[@grant]*2',
      '=[@grant]*2',
    ]);
  });

  it('lets office-js errors through, e.g. a table name Excel refuses', async () => {
    const writer = createExcelWriter(mock.run);

    await expect(writer.createTable(table([row('F1')], 'Spring-Firms'))).rejects.toThrow(MockExcelError);
    await expect(writer.refreshTable(table([row('F1')], 'Spring_None'))).rejects.toThrow(
      'There is no table Spring_None to refresh: insert it first',
    );
  });
});

describe('office-addin-mock model', () => {
  it('throws on reading a property that was not loaded, or loaded but not synced', async () => {
    const { run } = createExcelMock();

    await run(async (context) => {
      const sheet = context.workbook.worksheets.add('S');
      expect(() => sheet.name).toThrow('PropertyNotLoaded');
      sheet.load('name');
      expect(() => sheet.name).toThrow('context.sync() was not called');
      await context.sync();
      expect(sheet.name).toBe('S');
    });
  });

  it('refuses a batch that ends with commands never synced', async () => {
    const { run } = createExcelMock();

    await expect(
      run(async (context) => {
        context.workbook.worksheets.add('S');
      }),
    ).rejects.toThrow('Unsynced');
  });
});
