/**
 * The case suite both workbook writers must pass (hono's common.case.test.ts habit): the Excel writer
 * through office-addin-mock, the preview writer on its in-page model.
 */
import type { SpringApi } from '../../../addin/api/spring-api';
import { publishBudget, takeTheirs } from '../../../addin/workbook/publish';
import { MissingColumnError } from '../../../addin/workbook/refresh-plan';
import { budgetTableData, springColumns } from '../../../addin/workbook/spring-tables';
import type {
  TableCellValue,
  DashboardSpec,
  TableData,
  WorkbookWriter,
} from '../../../addin/workbook/writer';
import type { BudgetLine } from '../../../shared/schemas';

/** A cell as a writer left it: its value and its formula (null for a plain value). */

/** A budget line of 2008 (allocated 100, committed 50) as the service gives it, for the budget cases. */
const budgetLine = (
  lineId: string,
  paid: number,
  version = 1,
  updatedAt = '2026-01-01T00:00:00.000Z',
): BudgetLine => ({
  edition: '2008',
  lineId,
  source: 'region',
  action: 'TEM service',
  allocated: 100,
  committed: 50,
  paid,
  version,
  updatedAt,
  updatedBy: 'seed',
});

export interface CellState {
  value: TableCellValue;
  formula: string | null;
}

/** The cells a dashboard's text went into, by part. */
export interface DashboardCells {
  title: CellState;
  notes: CellState[];
  /** Per indicator group: its title and its definition. */
  groups: { title: CellState; definition: CellState }[];
  /** The indicators' labels and values, group after group. */
  labels: CellState[];
  values: CellState[];
  /** Per block: its title, its notes, its header and its rows' cells. */
  blocks: { title: CellState; notes: CellState[]; header: CellState[]; rows: CellState[][] }[];
  /** Per chart: its header (title, then series names) and its category labels. */
  charts: { header: CellState[]; categories: CellState[] }[];
}

/** A writer, and what a test needs beyond it: to edit the workbook as a user would, and to look at a dashboard. */
export interface WriterHarness {
  writer: WorkbookWriter;
  /** Adds a column at the table's right: a formula every row takes (a calculated column), or values per row. */
  addUserColumn(table: string, header: string, formulaOrValues: string | TableCellValue[]): Promise<void>;
  /** Types a value into one cell of a table: the row whose first column is `key`, the column named `column`. */
  editCell(table: string, key: string, column: string, value: TableCellValue): Promise<void>;
  /** Gives a column's body cells a number format, as a user would (the preview has none: nothing to do). */
  formatColumn(table: string, column: string, code: string): Promise<void>;
  /** The cells a dashboard written from `spec` holds. */
  dashboardCells(spec: DashboardSpec): Promise<DashboardCells>;
}

/**
 * Text the service may send that Excel would take as a formula: the "Excel.Range class" page
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member)
 * says a value written to `values` that "starts with a plus ("+"), minus ("-"), or equal sign ("="),
 * Excel interprets [...] as a formula"; `@` is taken as one too, conservatively. Each must stay text.
 */
export const FORMULA_TEXTS = [
  '=1+1',
  '+39 02 1234',
  '-A1',
  '@SUM(A1)',
  '=HYPERLINK("http://example.test","x")',
];

const NAMED_COLUMNS: TableData['columns'] = [
  { name: 'id', header: 'Firm', format: 'text' },
  { name: 'name', header: 'Name', format: 'text' },
  { name: 'grant', header: 'Grant', format: 'eur' },
];

/** Firms named `names[i]`, ids `N1`, `N2`, … */
const named = (names: string[], first = 1): TableData => ({
  name: 'Spring_Firms_2008',
  sheetName: 'Firms 2008',
  columns: NAMED_COLUMNS,
  rows: names.map((name, i) => [`N${first + i}`, name, 1000]),
  keyColumns: ['id'],
});

const plainNames = (count: number) => Array.from({ length: count }, (_, i) => `Firm ${i + 1}`);

const literal = (texts: string[]) => texts.map((value) => ({ value, formula: null }));

/** Some of the Projects columns, headed in `language` and known in both (as spring-tables.ts makes them). */
const projectColumns = (language: 'en' | 'it') =>
  ['id', 'status', 'grant', 'publicShare'].map((name) => {
    const column = springColumns('Projects', language).find((candidate) => candidate.name === name);
    if (!column) throw new Error(`no Projects column ${name}`);
    return column;
  });

const COLUMNS = projectColumns('en');

const projects = (rows: [string, string, number][], language: 'en' | 'it' = 'en'): TableData => ({
  name: 'Spring_Projects_2008',
  sheetName: language === 'en' ? 'Projects 2008' : 'Progetti 2008',
  columns: projectColumns(language),
  rows: rows.map(([id, status, grant]) => [id, status, grant, 0.5]),
  keyColumns: ['id'],
});

const INITIAL_ROWS: [string, string, number][] = [
  ['P1', 'completed', 1000],
  ['P2', 'ongoing', 2000],
  ['P3', 'withdrawn', 3000],
];

const INITIAL = projects(INITIAL_ROWS);

const DASHBOARD: DashboardSpec = {
  sheetName: 'Dashboard 2008',
  language: 'en',
  title: 'Spring 3 (2008): evaluation',
  notes: ['Definitions: docs/indicators.md in the Spring Workbench repository'],
  groups: [
    {
      id: 'projects',
      title: 'Projects',
      definition:
        'Completion: completed projects over all projects (docs/indicators.md, § Edition indicators)',
      items: [
        { label: 'Projects', value: 100, format: 'integer' },
        { label: 'Completion rate', value: 0.95, format: 'percent' },
      ],
    },
  ],
  blocks: [
    {
      id: 'effect',
      title: 'Programme effect',
      notes: ['How to read: an interval that includes 0 cannot be told from chance'],
      header: ['Measure', 'Estimate', '95% interval, low', '95% interval, high', 'Reading'],
      rows: [
        [
          { value: 'Exporting', format: 'text' },
          { value: 8.12345, format: 'points' },
          { value: -1.23, format: 'points' },
          { value: 17.47, format: 'points' },
          { value: 'not distinguishable from zero at 95%', format: 'text' },
        ],
      ],
    },
  ],
  charts: [
    {
      id: 'transitions',
      title: 'Stage two years after the call, by stage before',
      kind: 'column',
      categories: ['0', 'I', 'II', 'III'],
      series: ['0', 'I', 'II', 'III'].map((name, i) => ({ name: `after ${name}`, values: [i, 1, 2, 3] })),
      format: 'integer',
      axisTitles: { category: 'Stage in 2007', value: 'Firms' },
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
      categoryFormat: 'percent',
      axisTitles: { category: 'Share of markets', value: 'Share of exports' },
    },
    {
      id: 'effect-exporting',
      title: 'Effect on exporting (95% interval)',
      kind: 'bar',
      categories: ['Admitted minus rejected'],
      series: [
        { name: '95% low', values: [-1.23] },
        { name: 'Estimate', values: [8.12345] },
        { name: '95% high', values: [17.47] },
      ],
      format: 'points',
      axisTitles: { category: 'Measure', value: 'Percentage points' },
    },
    {
      id: 'eventStudy-exporting',
      title: 'Event study, exporting (95% interval)',
      kind: 'scatterLines',
      categories: [-3, -2, -1, 0, 1],
      series: [
        { name: '95% low', values: [-0.1, -0.05, 0, 0.01, 0.02] },
        { name: 'Estimate', values: [0.01, 0.02, 0, 0.05, 0.08] },
        { name: '95% high', values: [0.12, 0.09, 0, 0.09, 0.14] },
      ],
      format: 'percent',
      axisTitles: { category: 'Years from the call', value: 'Share' },
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
        header: ['Project', 'Status', 'Grant', 'Public share'],
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

    it('reports progress by chunk up to the total, rows too many bytes for one request going in several', async () => {
      // 4,500 rows of about 1 kB: more than the 4 MB a request carries.
      const status = 'x'.repeat(1000);
      const many = projects(
        Array.from({ length: 4500 }, (_, i) => [`P${i}`, status, i] as [string, string, number]),
      );
      const progress: [number, number][] = [];

      await harness.writer.createTable(many, (done, total) => progress.push([done, total]));

      expect(progress.length).toBeGreaterThan(1);
      expect(progress.every(([, total]) => total === 4500)).toBe(true);
      expect(progress.every(([done], i) => done > (progress[i - 1]?.[0] ?? 0))).toBe(true);
      expect(progress.at(-1)).toEqual([4500, 4500]);
      expect((await harness.writer.readTable(many.name))?.rows).toEqual(many.rows);
    });

    it("reads only the Spring columns asked for: the user's cells come back null", async () => {
      await harness.writer.createTable(INITIAL);
      await harness.addUserColumn('Spring_Projects_2008', 'note', ['check', null, 'gone']);
      await harness.addUserColumn('Spring_Projects_2008', 'double', '=[@Grant]*2');

      const table = await harness.writer.readTable('Spring_Projects_2008', ['Project', 'Grant']);
      const header = await harness.writer.readTable('Spring_Projects_2008', []);

      expect(table?.header).toEqual(['Project', 'Status', 'Grant', 'Public share', 'note', 'double']);
      expect(table?.rows).toEqual(INITIAL.rows.map((row) => [row[0], null, row[2], null, null, null]));
      expect(table?.formulas).toEqual(INITIAL.rows.map(() => [null, null, null, null, null, null]));
      expect(header?.header).toEqual(table?.header);
      expect(header?.rows).toEqual(INITIAL.rows.map(() => [null, null, null, null, null, null]));
    });

    it('refreshes in place by key, keeping the user-added formula column with each row', async () => {
      await harness.writer.createTable(INITIAL);
      await harness.addUserColumn('Spring_Projects_2008', 'double', '=[@Grant]*2');

      const report = await harness.writer.refreshTable(
        projects([
          ['P1', 'completed', 1000],
          ['P2', 'completed', 2500],
          ['P4', 'ongoing', 4000],
        ]),
      );

      const table = await harness.writer.readTable('Spring_Projects_2008');
      expect(report).toEqual({ added: 1, changed: 1, removed: 1 });
      expect(table?.header).toEqual(['Project', 'Status', 'Grant', 'Public share', 'double']);
      expect(table?.rows.map((row) => row.slice(0, 4))).toEqual([
        ['P1', 'completed', 1000, 0.5],
        ['P2', 'completed', 2500, 0.5],
        ['P4', 'ongoing', 4000, 0.5],
      ]);
      expect(table?.formulas.map((row) => row[4])).toEqual(['=[@Grant]*2', '=[@Grant]*2', '=[@Grant]*2']);
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
        {
          id: 'effect-exporting',
          title: 'Effect on exporting (95% interval)',
          kind: 'bar',
          seriesNames: ['95% low', 'Estimate', '95% high'],
        },
        {
          id: 'eventStudy-exporting',
          title: 'Event study, exporting (95% interval)',
          kind: 'scatterLines',
          seriesNames: ['95% low', 'Estimate', '95% high'],
        },
      ]);
      expect(await harness.writer.readCharts('No such sheet')).toEqual([]);
    });

    it("writes a colleague's budget line over the user's edit of that row (take theirs), leaving the other rows", async () => {
      await harness.writer.createTable(budgetTableData('2008', [budgetLine('L1', 10), budgetLine('L2', 20)]));
      await harness.editCell('Spring_Budget_2008', 'L1', 'Paid', 5);
      await harness.editCell('Spring_Budget_2008', 'L2', 'Paid', 15);

      await takeTheirs(harness.writer, '2008', {
        lineId: 'L1',
        mine: { allocated: 100, committed: 50, paid: 5 },
        theirs: { ...budgetLine('L1', 7, 2), updatedBy: 'colleague' },
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

    it('writes the blocks with their values unrounded, and the notes, beside the indicators', async () => {
      await harness.writer.writeDashboard(DASHBOARD);

      const cells = await harness.dashboardCells(DASHBOARD);

      expect(cells.notes).toEqual(literal(DASHBOARD.notes));
      expect(cells.groups).toEqual([
        {
          title: { value: 'Projects', formula: null },
          definition: {
            value:
              'Completion: completed projects over all projects (docs/indicators.md, § Edition indicators)',
            formula: null,
          },
        },
      ]);
      expect(cells.labels).toEqual(literal(['Projects', 'Completion rate']));
      expect(cells.values).toEqual([
        { value: 100, formula: null },
        { value: 0.95, formula: null },
      ]);
      expect(cells.blocks).toEqual([
        {
          title: { value: 'Programme effect', formula: null },
          notes: literal(['How to read: an interval that includes 0 cannot be told from chance']),
          header: literal(['Measure', 'Estimate', '95% interval, low', '95% interval, high', 'Reading']),
          rows: [
            [
              { value: 'Exporting', formula: null },
              { value: 8.12345, formula: null },
              { value: -1.23, formula: null },
              { value: 17.47, formula: null },
              { value: 'not distinguishable from zero at 95%', formula: null },
            ],
          ],
        },
      ]);
    });

    it('refuses a block whose row has not a cell per column, writing nothing', async () => {
      const block = DASHBOARD.blocks[0]!;
      const broken = { ...DASHBOARD, blocks: [{ ...block, rows: [block.rows[0]!.slice(0, 2)] }] };

      await expect(harness.writer.writeDashboard(broken)).rejects.toThrow(
        'Block effect: row 1 has 2 cells for 5 columns',
      );
      expect(await harness.writer.readCharts('Dashboard 2008')).toEqual([]);
    });

    it('keeps names Excel would read as formulas as text when inserting a table', async () => {
      await harness.writer.createTable(named(FORMULA_TEXTS));

      const table = await harness.writer.readTable('Spring_Firms_2008');

      expect(table?.rows.map((row) => row[1])).toEqual(FORMULA_TEXTS);
      expect(table?.formulas.map((row) => row[1])).toEqual(FORMULA_TEXTS.map(() => null));
    });

    it('keeps names Excel would read as formulas as text when a refresh changes cells to them', async () => {
      await harness.writer.createTable(named(plainNames(FORMULA_TEXTS.length)));
      // A user who set the column back to Excel's default format: the writer must not rely on `@` being there.
      await harness.formatColumn('Spring_Firms_2008', 'Name', 'General');

      const report = await harness.writer.refreshTable(named(FORMULA_TEXTS));

      const table = await harness.writer.readTable('Spring_Firms_2008');
      expect(report).toEqual({ added: 0, changed: FORMULA_TEXTS.length, removed: 0 });
      expect(table?.rows.map((row) => row[1])).toEqual(FORMULA_TEXTS);
      expect(table?.formulas.map((row) => row[1])).toEqual(FORMULA_TEXTS.map(() => null));
    });

    it('keeps names Excel would read as formulas as text when a refresh adds rows with them', async () => {
      await harness.writer.createTable(named(['Firm 0'], 0));
      await harness.formatColumn('Spring_Firms_2008', 'Name', 'General');

      const report = await harness.writer.refreshTable({
        ...named(FORMULA_TEXTS),
        rows: [['N0', 'Firm 0', 1000], ...named(FORMULA_TEXTS).rows],
      });

      const table = await harness.writer.readTable('Spring_Firms_2008');
      expect(report).toEqual({ added: FORMULA_TEXTS.length, changed: 0, removed: 0 });
      expect(table?.rows.map((row) => row[1])).toEqual(['Firm 0', ...FORMULA_TEXTS]);
      expect(table?.formulas.map((row) => row[1])).toEqual([null, ...FORMULA_TEXTS.map(() => null)]);
    });

    it("keeps a colleague's budget text that Excel would read as a formula as text (the publish write-back)", async () => {
      const line = (lineId: string, text: string, version = 1): BudgetLine => ({
        edition: '2008',
        lineId,
        source: 'region',
        action: text,
        allocated: 100,
        committed: 50,
        paid: 10,
        version,
        updatedAt: '2026-01-01T00:00:00.000Z',
        updatedBy: text,
      });
      const ids = FORMULA_TEXTS.map((_, i) => `L${i + 1}`);
      await harness.writer.createTable(
        budgetTableData(
          '2008',
          ids.map((id) => line(id, 'TEM service')),
        ),
      );
      await harness.formatColumn('Spring_Budget_2008', 'Action', 'General');
      await harness.formatColumn('Spring_Budget_2008', 'Updated by', 'General');

      for (const [i, text] of FORMULA_TEXTS.entries()) {
        const lineId = ids[i] ?? '';
        await takeTheirs(harness.writer, '2008', {
          lineId,
          mine: { allocated: 100, committed: 50, paid: 10 },
          theirs: line(lineId, text, 2),
        });
      }

      const table = await harness.writer.readTable('Spring_Budget_2008');
      expect(table?.rows.map((row) => [row[2], row[6], row[8]])).toEqual(
        FORMULA_TEXTS.map((text) => [text, 2, text]),
      );
      expect(table?.formulas.flat().filter((formula) => formula !== null)).toEqual([]);
    });

    it('keeps dashboard text Excel would read as formulas as text: title, notes, labels, values, blocks, chart headers and categories', async () => {
      const spec: DashboardSpec = {
        sheetName: 'Dashboard 2008',
        language: 'en',
        title: '=1+1',
        notes: FORMULA_TEXTS,
        groups: [
          {
            id: 'g',
            title: '+1 group',
            definition: '=SUM(A1)',
            items: [
              ...FORMULA_TEXTS.map((text) => ({ label: text, value: text, format: 'text' as const })),
              { label: 'Projects', value: '-A1', format: 'integer' },
            ],
          },
        ],
        blocks: [
          {
            id: 'effect',
            title: '-1 year',
            notes: ['-2 notes', '@note'],
            header: ['=A1', '+1'],
            rows: FORMULA_TEXTS.map((text) => [
              { value: text, format: 'text' as const },
              { value: text, format: 'percent' as const },
            ]),
          },
        ],
        charts: [
          {
            id: 'effect',
            title: '+39 02 1234',
            kind: 'bar',
            categories: FORMULA_TEXTS,
            series: [{ name: '@SUM(A1)', values: FORMULA_TEXTS.map((_, i) => i) }],
            format: 'decimal',
            axisTitles: { category: '=A2', value: '-B2' },
          },
        ],
      };

      await harness.writer.writeDashboard(spec);

      const cells = await harness.dashboardCells(spec);
      expect(cells.title).toEqual({ value: '=1+1', formula: null });
      expect(cells.notes).toEqual(literal(FORMULA_TEXTS));
      expect(cells.blocks).toEqual([
        {
          title: { value: '-1 year', formula: null },
          notes: literal(['-2 notes', '@note']),
          header: literal(['=A1', '+1']),
          rows: FORMULA_TEXTS.map((text) => literal([text, text])),
        },
      ]);
      expect(cells.groups).toEqual([
        { title: { value: '+1 group', formula: null }, definition: { value: '=SUM(A1)', formula: null } },
      ]);
      expect(cells.labels).toEqual(literal([...FORMULA_TEXTS, 'Projects']));
      expect(cells.values).toEqual(literal([...FORMULA_TEXTS, '-A1']));
      expect(cells.charts).toEqual([
        { header: literal(['+39 02 1234', '@SUM(A1)']), categories: literal(FORMULA_TEXTS) },
      ]);
    });

    it.each([
      ['Italian', 'it', 'en', ['Progetto', 'Stato', 'Contributo', 'Quota pubblica', 'Nota'], 'Progetti 2008'],
      ['English', 'en', 'it', ['Project', 'Status', 'Grant', 'Public share', 'Nota'], 'Projects 2008'],
    ] as const)(
      'refreshes a table inserted in %s from a pane in the other language, keeping its headers, its sheet and the user column',
      async (_, inserted, refreshed, header, sheetName) => {
        await harness.writer.createTable(projects(INITIAL_ROWS, inserted));
        await harness.addUserColumn('Spring_Projects_2008', 'Nota', ['a', 'b', 'c']);

        const report = await harness.writer.refreshTable(
          projects(
            [
              ['P1', 'completed', 1000],
              ['P2', 'completed', 2000],
              ['P4', 'ongoing', 4000],
            ],
            refreshed,
          ),
        );

        const table = await harness.writer.readTable('Spring_Projects_2008');
        expect(report).toEqual({ added: 1, changed: 1, removed: 1 });
        expect(table).toMatchObject({ sheetName, header: [...header] });
        expect(table?.rows).toEqual([
          ['P1', 'completed', 1000, 0.5, 'a'],
          ['P2', 'completed', 2000, 0.5, 'b'],
          ['P4', 'ongoing', 4000, 0.5, null],
        ]);
      },
    );

    it("writes a budget line's last change as a moment that reads back as it was, so that a refresh finds nothing changed", async () => {
      const lines = ['2026-01-05T09:30:00Z', '2026-07-05T23:59:59.123Z'].map((updatedAt, i) =>
        budgetLine(`L${i + 1}`, 10, 1, updatedAt),
      );
      await harness.writer.createTable(budgetTableData('2008', lines, 'it'));

      const table = await harness.writer.readTable('Spring_Budget_2008');
      const report = await harness.writer.refreshTable(budgetTableData('2008', lines, 'en'));

      expect(table?.rows.map((row) => row[7])).toEqual([
        '2026-01-05T09:30:00.000Z',
        '2026-07-05T23:59:59.123Z',
      ]);
      expect(report).toEqual({ added: 0, changed: 0, removed: 0 });
    });

    it("writes a colleague's line over the user's edit in a budget table inserted in Italian (take theirs from an English pane)", async () => {
      await harness.writer.createTable(
        budgetTableData('2008', [budgetLine('L1', 10), budgetLine('L2', 20)], 'it'),
      );
      await harness.editCell('Spring_Budget_2008', 'L1', 'Pagato', 5);
      await harness.editCell('Spring_Budget_2008', 'L2', 'Pagato', 15);

      await takeTheirs(harness.writer, '2008', {
        lineId: 'L1',
        mine: { allocated: 100, committed: 50, paid: 5 },
        theirs: { ...budgetLine('L1', 7, 2), updatedBy: 'colleague' },
      });

      const table = await harness.writer.readTable('Spring_Budget_2008');
      expect(table?.header.slice(5, 7)).toEqual(['Pagato', 'Versione']);
      expect(table?.rows.map((row) => [row[0], row[5], row[6], row[8]])).toEqual([
        ['L1', 7, 2, 'colleague'],
        ['L2', 15, 1, 'seed'],
      ]);
    });

    it('refuses to publish a budget table whose Spring column the user renamed, naming it, before asking the service anything', async () => {
      const data = budgetTableData('2008', [], 'it');
      await harness.writer.createTable({
        ...data,
        columns: data.columns.map((column) =>
          column.name === 'paid' ? { ...column, header: 'Pagati' } : column,
        ),
      });
      const api = {} as SpringApi;

      const published = publishBudget(api, harness.writer, '2008');

      await expect(published).rejects.toThrow(MissingColumnError);
      await expect(published).rejects.toThrow(
        'Table Spring_Budget_2008 has no column Paid (Pagato) any more: restore it, or delete the table and insert it again',
      );
    });

    it('refuses to refresh a table whose Spring column the user deleted, naming it', async () => {
      await harness.writer.createTable(INITIAL);
      const renamed = {
        ...INITIAL,
        columns: [
          ...COLUMNS,
          { name: 'temDays', header: 'TEM days', aliases: ['Giornate TEM'], format: 'integer' as const },
        ],
        rows: INITIAL.rows.map((row) => [...row, 15]),
      };

      await expect(harness.writer.refreshTable(renamed)).rejects.toThrow(
        'Table Spring_Projects_2008 has no column TEM days (Giornate TEM) any more: restore it, or delete the table and insert it again',
      );
    });
  });
}
