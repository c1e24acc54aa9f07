import { createExcelWriter, EXCEL_NUMBER_FORMATS } from '../../../addin/workbook/excel-writer';
import { MAX_REQUEST_BYTES } from '../../../addin/workbook/payload';
import { budgetTableData, projectsTableData } from '../../../addin/workbook/spring-tables';
import { isoDateToExcelSerial } from '../../../shared/excel-dates';
import type { DashboardSpec, TableData } from '../../../addin/workbook/writer';
import {
  createExcelMock,
  makeExcelHarness as makeHarness,
  MockExcelError,
  type ExcelMock,
  type Rect,
} from './excel-harness';

const COLUMNS: TableData['columns'] = [
  { name: 'id', header: 'Firm', format: 'text' },
  { name: 'employees', header: 'Employees', format: 'integer' },
  { name: 'ratio', header: 'Ratio', format: 'decimal' },
  { name: 'grant', header: 'Grant', format: 'eur' },
  { name: 'share', header: 'Share', format: 'percent' },
  { name: 'start', header: 'Start', format: 'date' },
];

const table = (rows: TableData['rows'], name = 'Spring_Firms_2008'): TableData => ({
  name,
  sheetName: 'Firms 2008',
  columns: COLUMNS,
  rows,
  keyColumns: ['id'],
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
      ['@', '#,##0', '#,##0.0##', '#,##0 "€"', '0.0%', 'dd/mm/yyyy'],
      ['@', '#,##0', '#,##0.0##', '#,##0 "€"', '0.0%', 'dd/mm/yyyy'],
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

  it("writes a budget line's last change as a date and time of the user's time zone, dd/mm/yyyy hh:mm", async () => {
    const writer = createExcelWriter(mock.run, {}, 'Europe/Rome');
    const line = {
      edition: '2008',
      lineId: 'L1',
      source: 'region',
      action: 'TEM service',
      allocated: 100,
      committed: 50,
      paid: 10,
      version: 1,
      updatedAt: '2026-01-05T09:30:00Z',
      updatedBy: 'seed',
    } as const;

    await writer.createTable(budgetTableData('2008', [line], 'it'));

    const cell = mock.model.sheet('Budget 2008')?.cell(1, 7);
    // 09:30 UTC is 10:30 in Rome in January.
    expect(cell?.value).toBeCloseTo((isoDateToExcelSerial('2026-01-05') ?? 0) + 10.5 / 24, 9);
    expect(cell?.format).toBe('dd/mm/yyyy hh:mm');
    expect((await writer.readTable('Spring_Budget_2008'))?.rows[0]?.[7]).toBe('2026-01-05T09:30:00.000Z');
    expect(await writer.refreshTable(budgetTableData('2008', [{ ...line, version: 2 }]))).toEqual({
      added: 0,
      changed: 1,
      removed: 0,
    });
    expect(mock.model.sheet('Budget 2008')?.cell(1, 7).value).toBe(cell?.value);
  });

  it('writes the header row in the language of the insert, on a sheet named in it', async () => {
    await createExcelWriter(mock.run).createTable(projectsTableData('2008', [], 'it'));

    const sheet = mock.model.sheet('Progetti 2008');
    expect(Array.from({ length: 4 }, (_, c) => sheet?.cell(0, c).value)).toEqual([
      'Progetto',
      'Impresa',
      'TEM',
      'Mercati obiettivo',
    ]);
    expect(mock.model.table('Spring_Projects_2008')).toBeDefined();
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
    await harness.addUserColumn('Spring_Firms_2008', 'double', '=[@Grant]*2');
    // As with Excel's "fill formulas in tables" AutoCorrect switched off: new rows get no formula by themselves.
    mock.model.table('Spring_Firms_2008')!.columns[6] = { name: 'double' };

    await harness.writer.refreshTable(table([row('F1'), row('F2')]));

    expect((await harness.writer.readTable('Spring_Firms_2008'))?.formulas.map((cells) => cells[6])).toEqual([
      '=[@Grant]*2',
      '=[@Grant]*2',
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

const NOTES = [
  'Pre-programme trends differ (exporting, 3 years before the call): read the effect with caution',
  'Definitions: docs/indicators.md in the Spring Workbench repository',
];

const DASHBOARD: DashboardSpec = {
  sheetName: 'Dashboard 2008',
  language: 'en',
  title: 'Spring 3 (2008): evaluation',
  notes: NOTES,
  groups: [
    {
      id: 'projects',
      title: 'Projects',
      definition: 'Completion: completed over all projects (docs/indicators.md, § Edition indicators)',
      items: [
        { label: 'Projects', value: 100, format: 'integer' },
        { label: 'Completion rate', value: 0.95, format: 'percent' },
      ],
    },
    {
      id: 'growth',
      title: 'Growth and concentration',
      definition: 'Gini: 0 when every market weighs the same (docs/indicators.md, § Inequality)',
      items: [
        { label: 'Growth 2007–2010', value: 125000, format: 'eur' },
        { label: 'Gini', value: 0.42, format: 'decimal' },
        { label: 'Difference in differences', value: null, format: 'decimal' },
      ],
    },
  ],
  blocks: [
    {
      id: 'effect',
      title: 'Programme effect',
      notes: ['How to read: an interval that includes 0 cannot be told from chance'],
      header: ['Measure', 'Estimate', 'Low', 'High', 'Admitted (n)', 'Rejected (n)', 'Reading'],
      rows: [
        [
          { value: 'Exporting', format: 'text' },
          { value: 8.12345, format: 'points' },
          { value: -1.23, format: 'points' },
          { value: 17.47, format: 'points' },
          { value: 100, format: 'integer' },
          { value: 60, format: 'integer' },
          { value: 'not distinguishable from zero at 95%', format: 'text' },
        ],
        [
          { value: 'Markets', format: 'text' },
          { value: null, format: 'decimal' },
          { value: null, format: 'decimal' },
          { value: null, format: 'decimal' },
          { value: 100, format: 'integer' },
          { value: 1, format: 'integer' },
          { value: 'fewer than 2 rejected firms observed in 2007 and 2010', format: 'text' },
        ],
      ],
    },
    {
      id: 'outcomes',
      title: 'Projects by outcome',
      notes: [],
      header: ['Outcome', 'Projects'],
      rows: [
        [
          { value: 'Expanded', format: 'text' },
          { value: 12, format: 'integer' },
        ],
      ],
    },
  ],
  charts: [
    {
      id: 'transitions',
      title: 'Stage after, by stage before',
      kind: 'column',
      categories: ['0', 'I', 'II'],
      series: ['0', 'I', 'II'].map((stage, i) => ({ name: `after ${stage}`, values: [i, 1, 2] })),
      format: 'integer',
      axisTitles: { category: 'Stage in 2007', value: 'Firms' },
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
      categoryFormat: 'percent',
      axisTitles: { category: 'Share of markets', value: 'Share of exports' },
    },
    {
      id: 'budget',
      title: 'Budget by source',
      kind: 'column',
      categories: ['FESR', 'Regione'],
      series: [{ name: 'allocated', values: [1000, 2000] }],
      format: 'eur',
      axisTitles: { category: 'Source', value: 'EUR' },
    },
    {
      id: 'effect-markets',
      title: 'Effect on markets',
      kind: 'bar',
      categories: ['Admitted minus rejected'],
      series: [
        { name: '95% low', values: [-0.2] },
        { name: 'Estimate', values: [0.1] },
        { name: '95% high', values: [0.4] },
      ],
      format: 'decimal',
      axisTitles: { category: 'Measure', value: 'Markets per firm, admitted minus rejected' },
    },
    {
      id: 'eventStudy-exporting',
      title: 'Event study, exporting',
      kind: 'scatterLines',
      categories: [2006, 2007, 2008],
      categoryFormat: 'year',
      series: [
        { name: '95% low', values: [-10, 0, 1] },
        { name: 'Estimate', values: [1, 0, 5] },
        { name: '95% high', values: [12, 0, 9] },
      ],
      format: 'points',
      axisTitles: {
        category: 'Year (change from 2007)',
        value: 'Percentage points, admitted minus rejected',
      },
    },
  ],
};

const columnName = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnName(Math.floor(index / 26) - 1) + columnName(index % 26);

const at = (rect: Rect | null | undefined) => {
  if (!rect) return undefined;
  const cell = (row: number, column: number) => `${columnName(column)}${row + 1}`;
  return `${cell(rect.row, rect.column)}:${cell(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
};

describe('Excel writer, dashboard sheet', () => {
  let mock: ExcelMock;
  beforeEach(() => {
    mock = createExcelMock();
  });
  const charts = () => mock.model.sheet('Dashboard 2008')?.charts ?? [];
  const sheet = () => mock.model.sheet('Dashboard 2008')!;
  /** The values of `columns` cells from (`r`, `c`). */
  const cells = (r: number, c: number, columns: number) =>
    Array.from({ length: columns }, (_, i) => sheet().cell(r, c + i).value);

  it('draws column, bar and scatter charts as clustered columns, clustered bars and XY scatter with lines, named by id', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect(charts().map(({ name, type, title }) => [name, type, title])).toEqual([
      ['transitions', 'ColumnClustered', 'Stage after, by stage before'],
      ['lorenz', 'XYScatterLines', 'Lorenz curve'],
      ['budget', 'ColumnClustered', 'Budget by source'],
      ['effect-markets', 'BarClustered', 'Effect on markets'],
      ['eventStudy-exporting', 'XYScatterLines', 'Event study, exporting'],
    ]);
  });

  it("lays each chart's data out from I5 (right of the widest block), a blank row apart, and draws every series from its own column over the first", async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect([4, 5, 6, 7, 8, 9, 10, 11].map((r) => cells(r, 8, 4))).toEqual([
      ['Stage after, by stage before', 'after 0', 'after I', 'after II'],
      ['0', 0, 1, 2],
      ['I', 1, 1, 1],
      ['II', 2, 2, 2],
      ['', '', '', ''],
      ['Lorenz curve', 'Lorenz', 'Equality', ''],
      [0, 0, 0, ''],
      [0.5, 0.2, 0.5, ''],
    ]);
    expect(sheet().cell(4, 8).font?.bold).toBe(true);
    const [transitions, lorenz, , effect, eventStudy] = charts();
    expect(transitions?.series.map((s) => [s.name, at(s.values), at(s.xValues)])).toEqual([
      ['after 0', 'J6:J8', 'I6:I8'],
      ['after I', 'K6:K8', 'I6:I8'],
      ['after II', 'L6:L8', 'I6:I8'],
    ]);
    expect(lorenz?.series.map((s) => [s.name, at(s.values), at(s.xValues)])).toEqual([
      ['Lorenz', 'J11:J13', 'I11:I13'],
      ['Equality', 'K11:K13', 'I11:I13'],
    ]);
    expect([18, 19].map((r) => cells(r, 8, 4))).toEqual([
      ['Effect on markets', '95% low', 'Estimate', '95% high'],
      ['Admitted minus rejected', -0.2, 0.1, 0.4],
    ]);
    expect(effect?.series.map((s) => [s.name, at(s.values), at(s.xValues)])).toEqual([
      ['95% low', 'J20:J20', 'I20:I20'],
      ['Estimate', 'K20:K20', 'I20:I20'],
      ['95% high', 'L20:L20', 'I20:I20'],
    ]);
    expect([21, 22, 23, 24].map((r) => cells(r, 8, 4))).toEqual([
      ['Event study, exporting', '95% low', 'Estimate', '95% high'],
      [2006, -10, 1, 12],
      [2007, 0, 0, 0],
      [2008, 1, 5, 9],
    ]);
    expect(eventStudy?.series.map((s) => [s.name, at(s.values), at(s.xValues)])).toEqual([
      ['95% low', 'J23:J25', 'I23:I25'],
      ['Estimate', 'K23:K25', 'I23:I25'],
      ['95% high', 'L23:L25', 'I23:I25'],
    ]);
  });

  it('writes the title bold and larger in A1, the notes from A2, and from A5 each group: bold title, italic definition, values in their number formats', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect(sheet().cell(0, 0)).toMatchObject({
      value: 'Spring 3 (2008): evaluation',
      font: { bold: true, size: 16 },
    });
    expect([1, 2].map((r) => [sheet().cell(r, 0).value, sheet().cell(r, 0).format])).toEqual(
      NOTES.map((note) => [note, '@']),
    );
    expect(cells(3, 0, 2)).toEqual(['', '']);
    const row = (r: number) => [
      sheet().cell(r, 0).value,
      sheet().cell(r, 1).value,
      sheet().cell(r, 1).format,
    ];
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(row)).toEqual([
      ['Projects', '', 'General'],
      ['Completion: completed over all projects (docs/indicators.md, § Edition indicators)', '', 'General'],
      ['Projects', 100, '#,##0'],
      ['Completion rate', 0.95, '0.0%'],
      ['', '', 'General'],
      ['Growth and concentration', '', 'General'],
      ['Gini: 0 when every market weighs the same (docs/indicators.md, § Inequality)', '', 'General'],
      ['Growth 2007–2010', 125000, '#,##0 "€"'],
      ['Gini', 0.42, '#,##0.0##'],
      ['Difference in differences', '', '#,##0.0##'],
    ]);
    expect([4, 9].map((r) => sheet().cell(r, 0).font)).toEqual([{ bold: true }, { bold: true }]);
    expect([5, 10].map((r) => sheet().cell(r, 0).font)).toEqual([{ italic: true }, { italic: true }]);
  });

  it('writes each block under the groups, a blank row apart: bold title, italic notes, bold header, values unrounded in their own formats', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect([14, 15, 16, 17, 18, 19, 20, 21, 22, 23].map((r) => cells(r, 0, 7))).toEqual([
      ['', '', '', '', '', '', ''],
      ['Programme effect', '', '', '', '', '', ''],
      ['How to read: an interval that includes 0 cannot be told from chance', '', '', '', '', '', ''],
      ['Measure', 'Estimate', 'Low', 'High', 'Admitted (n)', 'Rejected (n)', 'Reading'],
      ['Exporting', 8.12345, -1.23, 17.47, 100, 60, 'not distinguishable from zero at 95%'],
      ['Markets', '', '', '', 100, 1, 'fewer than 2 rejected firms observed in 2007 and 2010'],
      ['', '', '', '', '', '', ''],
      ['Projects by outcome', '', '', '', '', '', ''],
      ['Outcome', 'Projects', '', '', '', '', ''],
      ['Expanded', 12, '', '', '', '', ''],
    ]);
    const formats = (r: number) => Array.from({ length: 7 }, (_, c) => sheet().cell(r, c).format);
    expect([18, 19].map(formats)).toEqual([
      [
        '@',
        EXCEL_NUMBER_FORMATS.points,
        EXCEL_NUMBER_FORMATS.points,
        EXCEL_NUMBER_FORMATS.points,
        '#,##0',
        '#,##0',
        '@',
      ],
      ['@', '#,##0.0##', '#,##0.0##', '#,##0.0##', '#,##0', '#,##0', '@'],
    ]);
    expect([15, 17, 21, 22].map((r) => sheet().cell(r, 0).font?.bold)).toEqual([true, true, true, true]);
    expect(sheet().cell(16, 0).font).toEqual({ italic: true });
    expect(sheet().cell(18, 0).font?.bold).toBeUndefined();
    // Definitions and notes overflow to their right: only values, headers and rows are fitted.
    expect(sheet().autofitted).toEqual([
      "'Dashboard 2008'!A7:B8",
      "'Dashboard 2008'!A12:B14",
      "'Dashboard 2008'!A18:G20",
      "'Dashboard 2008'!A23:B24",
    ]);
  });

  it("writes percentage points with the unit of the sheet's language", async () => {
    await createExcelWriter(mock.run).writeDashboard({ ...DASHBOARD, language: 'it' });

    expect(EXCEL_NUMBER_FORMATS.points).toBe('+0.0 "pp";-0.0 "pp";0.0 "pp"');
    expect(sheet().cell(18, 1).format).toBe('+0.0 "p.p.";-0.0 "p.p.";0.0 "p.p."');
  });

  it('formats chart data as its chart reads, and titles both axes', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect([sheet().cell(5, 8).format, sheet().cell(5, 9).format]).toEqual(['@', '#,##0']);
    expect([sheet().cell(10, 8).format, sheet().cell(10, 9).format]).toEqual(['0.0%', '0.0%']);
    expect([sheet().cell(22, 8).format, sheet().cell(22, 9).format]).toEqual([
      '0',
      EXCEL_NUMBER_FORMATS.points,
    ]);
    expect(
      charts().map(({ axes }) => [
        axes.category.title,
        axes.category.titleVisible,
        axes.value.title,
        axes.value.titleVisible,
      ]),
    ).toEqual(
      DASHBOARD.charts.map((chart) => [chart.axisTitles.category, true, chart.axisTitles.value, true]),
    );
  });

  it('steps every value axis at 4 to 6 ticks covering the values, 0 included, labelled without needless decimals', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    expect(
      charts().map(({ axes }) => [
        axes.value.minimum,
        axes.value.maximum,
        axes.value.majorUnit,
        axes.value.numberFormat,
      ]),
    ).toEqual([
      [0, 2, 1, '#,##0'],
      [0, 1, 0.2, '0%'],
      [0, 2000, 500, '#,##0 "€"'],
      [-0.2, 0.4, 0.2, '0.0'],
      [-10, 15, 5, '+0;-0;0'],
    ]);
    for (const { axes } of charts()) {
      const ticks =
        Math.round(((axes.value.maximum ?? 0) - (axes.value.minimum ?? 0)) / (axes.value.majorUnit ?? 1)) + 1;
      expect(ticks).toBeGreaterThanOrEqual(3);
      expect(ticks).toBeLessThanOrEqual(6);
    }
  });

  it("steps a scatter's x axis too: shares of markets in %, years one by one, never grouped", async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    const [, lorenz, , , eventStudy] = charts();
    const x = (chart: typeof lorenz) =>
      chart && [
        chart.axes.category.minimum,
        chart.axes.category.maximum,
        chart.axes.category.majorUnit,
        chart.axes.category.numberFormat,
      ];
    expect([x(lorenz), x(eventStudy)]).toEqual([
      [0, 1, 0.2, '0%'],
      [2006, 2008, 1, '0'],
    ]);
    // A column chart's categories are text: Excel's own axis, no scale.
    expect(charts()[0]?.axes.category.majorUnit).toBeUndefined();
  });

  it('places the charts in a grid right of the data, none overlapping another or a written cell', async () => {
    await createExcelWriter(mock.run).writeDashboard(DASHBOARD);

    const placed = charts().map((chart) => chart.cells!);
    expect(placed.map(at)).toEqual(['N5:U22', 'W5:AD22', 'N24:U41', 'W24:AD41', 'N43:U60']);
    const apart = (a: Rect, b: Rect) =>
      a.row + a.rows <= b.row ||
      b.row + b.rows <= a.row ||
      a.column + a.columns <= b.column ||
      b.column + b.columns <= a.column;
    placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)));
    const written = [...sheet().cells.keys()];
    const covered = (key: string) => {
      const [r = 0, c = 0] = key.split(':').map(Number);
      return placed.some((p) => !apart(p, { ...p, row: r, column: c, rows: 1, columns: 1 }));
    };
    expect(written.filter(covered)).toEqual([]);
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
      notes: [],
      groups: DASHBOARD.groups.slice(0, 1),
      blocks: [],
      charts: DASHBOARD.charts.slice(0, 2),
    });

    expect(charts().map((chart) => chart.name)).toEqual(['transitions', 'lorenz']);
    expect(mock.model.sheets.map((sheet) => sheet.name)).toEqual(['Dashboard 2008', 'Firms 2008']);
    expect([1, 12, 16].map((r) => sheet().cell(r, 0).value)).toEqual(['', '', '']);
    expect([2, 4].map((r) => sheet().cell(r, 0).value)).toEqual(['Projects', 'Projects']);
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
