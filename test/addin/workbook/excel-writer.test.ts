import { createExcelWriter, EXCEL_NUMBER_FORMATS } from '../../../addin/workbook/excel-writer';
import { MAX_REQUEST_BYTES } from '../../../addin/workbook/payload';
import type { DashboardSpec, TableData } from '../../../addin/workbook/writer';
import {
  createExcelMock,
  makeExcelHarness as makeHarness,
  MockExcelError,
  type ExcelMock,
  type Rect,
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

/** The rows each sync wrote values of (body rows only), for the syncs that wrote any. */
const valueWrites = (mock: ExcelMock) =>
  mock.syncs
    .map((sync) =>
      sync.commands
        .filter((command) => command.op === 'range.values' && (command.rows ?? 0) > 1)
        .reduce((sum, command) => sum + (command.rows ?? 0), 0),
    )
    .filter((rows) => rows > 0);

describe('Excel writer, on office-addin-mock', () => {
  let mock: ExcelMock;
  beforeEach(() => {
    mock = createExcelMock();
  });

  it('writes 4,500 small rows in one request, and rows of 2 kB in chunks of at most 4 MB, a sync each, reporting progress after each', async () => {
    const small: number[] = [];
    const large: number[] = [];
    const long = (count: number) =>
      table(Array.from({ length: count }, (_, i) => row(`F${i}`.padEnd(2000, '.'))));

    await createExcelWriter(mock.run).createTable(many(4500), (done) => small.push(done));
    const before = mock.syncs.length;
    await createExcelWriter(mock.run).createTable(long(4500), (done) => large.push(done));

    expect(small).toEqual([4500]);
    const chunks = valueWrites({ ...mock, syncs: mock.syncs.slice(before) });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((sum, rows) => sum + rows, 0)).toBe(4500);
    expect(large).toEqual(chunks.map((_, i) => chunks.slice(0, i + 1).reduce((sum, rows) => sum + rows, 0)));
    expect(Math.max(...mock.syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
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

  it("reads no cell of the user's columns in a refresh but the first and last rows, for calculated columns", async () => {
    const harness = await makeHarness(mock);
    await harness.writer.createTable(many(20));
    const note = 'n'.repeat(50_000);
    await harness.addUserColumn('Spring_Firms_2008', 'note', Array(20).fill(note));
    const from = mock.syncs.length;

    await harness.writer.refreshTable(many(20));

    const answered = mock.syncs.slice(from).reduce((sum, sync) => sum + sync.responseBytes, 0);
    // Two rows of the note, each loaded as values and as formulas: 200 kB; the other 18 rows are never read.
    expect(answered).toBeGreaterThan(4 * note.length);
    expect(answered).toBeLessThan(5 * note.length);
    expect((await harness.writer.readTable('Spring_Firms_2008'))?.rows.map((cells) => cells[6])).toEqual(
      Array(20).fill(note),
    );
  });

  it('lets office-js errors through, e.g. a table name Excel refuses', async () => {
    const writer = createExcelWriter(mock.run);

    await expect(writer.createTable(table([row('F1')], 'Spring-Firms'))).rejects.toThrow(MockExcelError);
    await expect(writer.refreshTable(table([row('F1')], 'Spring_None'))).rejects.toThrow(
      'There is no table Spring_None to refresh: insert it first',
    );
  });
});

const DASHBOARD: DashboardSpec = {
  sheetName: 'Dashboard 2008',
  title: 'Spring 3 (2008): evaluation',
  items: [
    { label: 'Projects', value: 100, format: 'integer' },
    { label: 'Completion rate', value: 0.95, format: 'percent' },
    { label: 'Growth', value: 125000, format: 'eur' },
    { label: 'Gini', value: 0.42, format: 'decimal' },
    { label: 'Difference in differences', value: null, format: 'decimal' },
  ],
  charts: [
    {
      id: 'transitions',
      title: 'Stage after, by stage before',
      kind: 'column',
      categories: ['0', 'I', 'II'],
      series: ['0', 'I', 'II'].map((stage, i) => ({ name: `after ${stage}`, values: [i, 1, 2] })),
      format: 'integer',
    },
    {
      id: 'lorenz',
      title: 'Lorenz curve',
      kind: 'scatterLines',
      categories: [0, 0.5, 1],
      series: [
        { name: 'Lorenz', values: [0, 0.2, 1] },
        { name: 'Equality', values: [0, 0.5, 1] },
      ],
      format: 'percent',
    },
    {
      id: 'budget',
      title: 'Budget by source',
      kind: 'column',
      categories: ['FESR', 'Regione'],
      series: [{ name: 'allocated', values: [1000, 2000] }],
      format: 'eur',
    },
    {
      id: 'effect',
      title: 'Effect',
      kind: 'bar',
      categories: ['exporting'],
      series: [{ name: 'effect', values: [0.1] }],
      format: 'decimal',
    },
  ],
};

const at = (rect: Rect | null | undefined) => {
  if (!rect) return undefined;
  const cell = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;
  return `${cell(rect.row, rect.column)}:${cell(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
};

describe('Excel writer, dashboard sheet', () => {
  let mock: ExcelMock;
  beforeEach(() => {
    mock = createExcelMock();
  });
  const charts = () => mock.model.sheet('Dashboard 2008')?.charts ?? [];

  it('draws column, bar and scatter charts as clustered columns, clustered bars and XY scatter with lines, named by id', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect(charts().map(({ name, type, title }) => [name, type, title])).toEqual([
      ['transitions', 'ColumnClustered', 'Stage after, by stage before'],
      ['lorenz', 'XYScatterLines', 'Lorenz curve'],
      ['budget', 'ColumnClustered', 'Budget by source'],
      ['effect', 'BarClustered', 'Effect'],
    ]);
  });

  it("lays each chart's data out from E3, a blank row apart, and draws every series from its own column over the first", async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    const sheet = mock.model.sheet('Dashboard 2008')!;
    const row = (r: number, columns: number) =>
      Array.from({ length: columns }, (_, c) => sheet.cell(r, 4 + c).value);
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((r) => row(r, 4))).toEqual([
      ['Stage after, by stage before', 'after 0', 'after I', 'after II'],
      ['0', 0, 1, 2],
      ['I', 1, 1, 1],
      ['II', 2, 2, 2],
      ['', '', '', ''],
      ['Lorenz curve', 'Lorenz', 'Equality', ''],
      [0, 0, 0, ''],
      [0.5, 0.2, 0.5, ''],
    ]);
    expect(sheet.cell(2, 4).font?.bold).toBe(true);
    const [transitions, lorenz] = charts();
    expect(transitions?.series.map((s) => [s.name, at(s.values), at(s.xValues)])).toEqual([
      ['after 0', 'F4:F6', 'E4:E6'],
      ['after I', 'G4:G6', 'E4:E6'],
      ['after II', 'H4:H6', 'E4:E6'],
    ]);
    expect(lorenz?.series.map((s) => [s.name, at(s.values), at(s.xValues)])).toEqual([
      ['Lorenz', 'F9:F11', 'E9:E11'],
      ['Equality', 'G9:G11', 'E9:E11'],
    ]);
  });

  it('writes the title bold and larger in A1, and the indicators from A3 with each value in its number format', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    const sheet = mock.model.sheet('Dashboard 2008')!;
    expect(sheet.cell(0, 0)).toMatchObject({
      value: 'Spring 3 (2008): evaluation',
      font: { bold: true, size: 16 },
    });
    expect(
      [2, 3, 4, 5, 6].map((r) => [sheet.cell(r, 0).value, sheet.cell(r, 1).value, sheet.cell(r, 1).format]),
    ).toEqual([
      ['Projects', 100, '#,##0'],
      ['Completion rate', 0.95, '0.0%'],
      ['Growth', 125000, '#,##0 "€"'],
      ['Gini', 0.42, '0.000'],
      ['Difference in differences', '', '0.000'],
    ]);
    expect(sheet.autofitted).toEqual(["'Dashboard 2008'!A3:B7"]);
  });

  it('formats chart data as its chart reads, and the value axis of shares and amounts', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    const sheet = mock.model.sheet('Dashboard 2008')!;
    expect([sheet.cell(3, 4).format, sheet.cell(3, 5).format]).toEqual(['@', '#,##0']);
    expect([sheet.cell(9, 4).format, sheet.cell(9, 5).format]).toEqual(['General', '0.0%']);
    expect(charts().map((chart) => chart.valueAxisFormat)).toEqual([
      'General',
      '0.0%',
      '#,##0 "€"',
      'General',
    ]);
  });

  it('places the charts in a grid right of the data, none overlapping another or a written cell', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    const placed = charts().map((chart) => chart.cells!);
    expect(placed.map(at)).toEqual(['J3:Q18', 'S3:Z18', 'J20:Q35', 'S20:Z35']);
    const apart = (a: Rect, b: Rect) =>
      a.row + a.rows <= b.row ||
      b.row + b.rows <= a.row ||
      a.column + a.columns <= b.column ||
      b.column + b.columns <= a.column;
    placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)));
    const cells = [...mock.model.sheet('Dashboard 2008')!.cells.keys()];
    const covered = (key: string) => {
      const [r = 0, c = 0] = key.split(':').map(Number);
      return placed.some((p) => !apart(p, { ...p, row: r, column: c, rows: 1, columns: 1 }));
    };
    expect(cells.filter(covered)).toEqual([]);
  });

  it('writes the whole dashboard, and replaces it, in two syncs each, and activates it', async () => {
    const writer = createExcelWriter(mock.run);
    await writer.createTable(table([row('F1')]));
    const before = mock.syncs.length;

    await writer.writeDashboard(DASHBOARD);
    const first = mock.syncs.length - before;
    await writer.writeDashboard(DASHBOARD);

    expect([first, mock.syncs.length - before - first]).toEqual([2, 2]);
    expect(mock.model.activeSheet?.name).toBe('Dashboard 2008');
  });

  it('replaces the sheet when written again: one copy of each chart, no cell of the old one, the same tab', async () => {
    const writer = createExcelWriter(mock.run);
    await writer.writeDashboard(DASHBOARD);
    await writer.createTable(table([row('F1')]));

    await writer.writeDashboard({
      ...DASHBOARD,
      items: DASHBOARD.items.slice(0, 1),
      charts: DASHBOARD.charts.slice(0, 2),
    });

    expect(charts().map((chart) => chart.name)).toEqual(['transitions', 'lorenz']);
    expect(mock.model.sheets.map((sheet) => sheet.name)).toEqual(['Dashboard 2008', 'Firms 2008']);
    expect(mock.model.sheet('Dashboard 2008')?.cell(3, 0).value).toBe('');
    expect(await writer.readCharts('Dashboard 2008')).toHaveLength(2);
  });

  it('refuses a series without a value per category before writing anything', async () => {
    const broken = { ...DASHBOARD.charts[2]!, series: [{ name: 'allocated', values: [1000] }] };

    await expect(
      createExcelWriter(mock.run).writeDashboard({ ...DASHBOARD, charts: [broken] }),
    ).rejects.toThrow('Chart budget: series allocated has 1 values for 2 categories');
    expect(mock.model.sheets).toEqual([]);
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

  it('takes text written to values that starts with =, +, - or @ for a formula, unless the cell is formatted as text', async () => {
    const { run, model } = createExcelMock();
    const texts = ['=1+1', '+39 02 1234', '-A1', '@SUM(A1)', '-5'];

    await run(async (context) => {
      const sheet = context.workbook.worksheets.add('S');
      sheet.getRangeByIndexes(0, 0, 1, 5).values = [texts];
      const text = sheet.getRangeByIndexes(1, 0, 1, 5);
      text.numberFormat = [texts.map(() => '@')];
      text.values = [texts];
      await context.sync();
    });

    const sheet = model.sheet('S')!;
    const row = (r: number) => texts.map((_, c) => [sheet.cell(r, c).value, sheet.cell(r, c).formula]);
    expect(row(0)).toEqual([
      ['#NAME?', '=1+1'],
      ['#NAME?', '+39 02 1234'],
      ['#NAME?', '-A1'],
      ['#NAME?', '@SUM(A1)'],
      [-5, null],
    ]);
    expect(row(1)).toEqual(texts.map((text) => [text, null]));
  });

  it('refuses to delete the last sheet, as Excel does', async () => {
    const { run } = createExcelMock();

    await expect(
      run(async (context) => {
        context.workbook.worksheets.add('S').delete();
        await context.sync();
      }),
    ).rejects.toThrow('InvalidOperation');
  });

  it('draws an XY scatter over several numeric columns with the first as x values, as Excel does', async () => {
    const { run, model } = createExcelMock();

    await run(async (context) => {
      const sheet = context.workbook.worksheets.add('S');
      const data = sheet.getRangeByIndexes(0, 0, 2, 3);
      data.values = [
        [0, 0, 0],
        [1, 0.5, 1],
      ];
      sheet.charts.add('XYScatterLines', data, 'Columns');
      sheet.charts.add('ColumnClustered', data, 'Columns');
      await context.sync();
    });

    expect(model.sheet('S')?.charts.map((chart) => chart.series.length)).toEqual([2, 3]);
  });
});
