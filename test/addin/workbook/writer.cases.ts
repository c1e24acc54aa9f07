/**
 * The case suite both workbook writers must pass (hono's common.case.test.ts habit): the Excel writer
 * through office-addin-mock, the preview writer on its in-page model.
 */
import { takeTheirs } from '../../../addin/workbook/publish';
import { budgetTableData } from '../../../addin/workbook/spring-tables';
import type { CellValue, DashboardSpec, TableData, WorkbookWriter } from '../../../addin/workbook/writer';
import type { BudgetLine } from '../../../shared/schemas';

/** A writer, and the one thing a test needs beyond it: to edit the workbook as a user would. */
export interface WriterHarness {
  writer: WorkbookWriter;
  /** Adds a column at the table's right: a formula every row takes (a calculated column), or values per row. */
  addUserColumn(table: string, header: string, formulaOrValues: string | CellValue[]): Promise<void>;
  /** Types a value into one cell of a table: the row whose first column is `key`, the column named `column`. */
  editCell(table: string, key: string, column: string, value: CellValue): Promise<void>;
}

const COLUMNS: TableData['columns'] = [
  { name: 'id', format: 'text' },
  { name: 'status', format: 'text' },
  { name: 'grant', format: 'eur' },
  { name: 'publicShare', format: 'percent' },
];

const projects = (rows: [string, string, number][]): TableData => ({
  name: 'Spring_Projects_2008',
  sheetName: 'Projects 2008',
  columns: COLUMNS,
  rows: rows.map(([id, status, grant]) => [id, status, grant, 0.5]),
  keyColumn: 'id',
});

const INITIAL = projects([
  ['P1', 'completed', 1000],
  ['P2', 'ongoing', 2000],
  ['P3', 'withdrawn', 3000],
]);

const DASHBOARD: DashboardSpec = {
  sheetName: 'Dashboard 2008',
  title: 'Spring 3 (2008): evaluation',
  items: [
    { label: 'Projects', value: 100, format: 'integer' },
    { label: 'Completion rate', value: 0.95, format: 'percent' },
  ],
  charts: [
    {
      id: 'transitions',
      title: 'Stage two years after the call, by stage before',
      kind: 'column',
      categories: ['0', 'I', 'II', 'III'],
      series: ['0', 'I', 'II', 'III'].map((name, i) => ({ name: `after ${name}`, values: [i, 1, 2, 3] })),
      format: 'integer',
    },
    {
      id: 'lorenz',
      title: 'Lorenz curve of exports by market',
      kind: 'scatterLines',
      categories: [0, 0.5, 1],
      series: [
        { name: 'Lorenz', values: [0, 0.2, 1] },
        { name: 'Equality', values: [0, 0.5, 1] },
      ],
      format: 'percent',
    },
  ],
};

/** Registers the shared cases for one writer. */
export function describeWriterCases(label: string, makeHarness: () => Promise<WriterHarness>): void {
  describe(`${label} (shared workbook-writer cases)`, () => {
    let harness: WriterHarness;
    beforeEach(async () => {
      harness = await makeHarness();
    });

    it('creates a table and reads it back, and lists it by prefix', async () => {
      await harness.writer.createTable(INITIAL);

      const table = await harness.writer.readTable('Spring_Projects_2008');

      expect(table).toMatchObject({
        name: 'Spring_Projects_2008',
        sheetName: 'Projects 2008',
        header: ['id', 'status', 'grant', 'publicShare'],
      });
      expect(table?.rows).toEqual(INITIAL.rows);
      expect(await harness.writer.listTables('Spring_')).toEqual(['Spring_Projects_2008']);
      expect(await harness.writer.listTables('Other_')).toEqual([]);
      expect(await harness.writer.readTable('Spring_Nothing')).toBeUndefined();
    });

    it('replaces a table of the same name', async () => {
      await harness.writer.createTable(INITIAL);

      await harness.writer.createTable(projects([['P9', 'completed', 9]]));

      expect((await harness.writer.readTable('Spring_Projects_2008'))?.rows).toEqual([
        ['P9', 'completed', 9, 0.5],
      ]);
      expect(await harness.writer.listTables('Spring_')).toEqual(['Spring_Projects_2008']);
    });

    it('reports progress by chunk up to the total', async () => {
      const many = projects(
        Array.from({ length: 4500 }, (_, i) => [`P${i}`, 'completed', i] as [string, string, number]),
      );
      const progress: [number, number][] = [];

      await harness.writer.createTable(many, (done, total) => progress.push([done, total]));

      expect(progress).toEqual([
        [2000, 4500],
        [4000, 4500],
        [4500, 4500],
      ]);
      expect((await harness.writer.readTable(many.name))?.rows).toHaveLength(4500);
    });

    it('refreshes in place by key, keeping the user-added formula column with each row', async () => {
      await harness.writer.createTable(INITIAL);
      await harness.addUserColumn('Spring_Projects_2008', 'double', '=[@grant]*2');

      const report = await harness.writer.refreshTable(
        projects([
          ['P1', 'completed', 1000],
          ['P2', 'completed', 2500],
          ['P4', 'ongoing', 4000],
        ]),
      );

      const table = await harness.writer.readTable('Spring_Projects_2008');
      expect(report).toEqual({ added: 1, changed: 1, removed: 1 });
      expect(table?.header).toEqual(['id', 'status', 'grant', 'publicShare', 'double']);
      expect(table?.rows.map((row) => row.slice(0, 4))).toEqual([
        ['P1', 'completed', 1000, 0.5],
        ['P2', 'completed', 2500, 0.5],
        ['P4', 'ongoing', 4000, 0.5],
      ]);
      expect(table?.formulas.map((row) => row[4])).toEqual(['=[@grant]*2', '=[@grant]*2', '=[@grant]*2']);
    });

    it('keeps user-typed values with their row when rows around them change', async () => {
      await harness.writer.createTable(INITIAL);
      await harness.addUserColumn('Spring_Projects_2008', 'note', ['check', null, 'gone']);

      await harness.writer.refreshTable(
        projects([
          ['P2', 'ongoing', 2000],
          ['P1', 'completed', 1000],
        ]),
      );

      const table = await harness.writer.readTable('Spring_Projects_2008');
      expect(table?.rows.map((row) => [row[0], row[4]])).toEqual([
        ['P1', 'check'],
        ['P2', null],
      ]);
    });

    it('writes a dashboard sheet with its charts, and replaces it when written again', async () => {
      await harness.writer.writeDashboard(DASHBOARD);
      await harness.writer.writeDashboard(DASHBOARD);

      const charts = await harness.writer.readCharts('Dashboard 2008');

      expect(charts).toEqual([
        {
          id: 'transitions',
          title: 'Stage two years after the call, by stage before',
          kind: 'column',
          seriesNames: ['after 0', 'after I', 'after II', 'after III'],
        },
        {
          id: 'lorenz',
          title: 'Lorenz curve of exports by market',
          kind: 'scatterLines',
          seriesNames: ['Lorenz', 'Equality'],
        },
      ]);
      expect(await harness.writer.readCharts('No such sheet')).toEqual([]);
    });

    it("writes a colleague's budget line over the user's edit of that row (take theirs), leaving the other rows", async () => {
      const line = (lineId: string, paid: number, version = 1): BudgetLine => ({
        edition: '2008',
        lineId,
        source: 'region',
        action: 'TEM service',
        allocated: 100,
        committed: 50,
        paid,
        version,
        updatedAt: '2026-01-01T00:00:00.000Z',
        updatedBy: 'seed',
      });
      await harness.writer.createTable(budgetTableData('2008', [line('L1', 10), line('L2', 20)]));
      await harness.editCell('Spring_Budget_2008', 'L1', 'paid', 5);
      await harness.editCell('Spring_Budget_2008', 'L2', 'paid', 15);

      await takeTheirs(harness.writer, '2008', {
        lineId: 'L1',
        mine: { allocated: 100, committed: 50, paid: 5 },
        theirs: { ...line('L1', 7, 2), updatedBy: 'colleague' },
      });

      const table = await harness.writer.readTable('Spring_Budget_2008');
      expect(table?.rows.map((row) => [row[0], row[5], row[6], row[8]])).toEqual([
        ['L1', 7, 2, 'colleague'],
        ['L2', 15, 1, 'seed'],
      ]);
    });

    it('refuses a chart whose series has not one value per category, writing nothing', async () => {
      const broken = {
        ...DASHBOARD,
        charts: [{ ...DASHBOARD.charts[0]!, series: [{ name: 'short', values: [1] }] }],
      };

      await expect(harness.writer.writeDashboard(broken)).rejects.toThrow(
        'Chart transitions: series short has 1 values for 4 categories',
      );
      expect(await harness.writer.readCharts('Dashboard 2008')).toEqual([]);
    });

    it('refuses to refresh a table whose Spring column the user deleted, naming it', async () => {
      await harness.writer.createTable(INITIAL);
      const renamed = {
        ...INITIAL,
        columns: [...COLUMNS, { name: 'temDays', format: 'integer' as const }],
        rows: INITIAL.rows.map((row) => [...row, 15]),
      };

      await expect(harness.writer.refreshTable(renamed)).rejects.toThrow(
        'Table Spring_Projects_2008 has no column temDays any more: restore it, or delete the table and insert it again',
      );
    });
  });
}
