import { PreviewWorkbook } from '../../../addin/workbook/preview-workbook';
import { createPreviewWriter } from '../../../addin/workbook/preview-writer';
import type { TableCellValue } from '../../../addin/workbook/writer';
import { describeWriterCases, type WriterHarness } from './writer.cases';

/** The preview writer on a fresh in-page workbook; a user column is added to the model directly. */
async function makePreviewHarness(): Promise<WriterHarness> {
  const workbook = new PreviewWorkbook();
  return {
    writer: createPreviewWriter(workbook),
    addUserColumn: async (name, header, formulaOrValues) => {
      const table = workbook.tables.get(name);
      if (!table) throw new Error(`no table ${name}`);
      const formula = typeof formulaOrValues === 'string' ? formulaOrValues : undefined;
      table.columns.push({ header, format: 'text', ...(formula ? { formula } : {}) });
      table.rows.forEach((row, i) =>
        row.push(formula ? null : (((formulaOrValues as unknown[])[i] as never) ?? null)),
      );
      table.formulas.forEach((row) => row.push(formula ?? null));
    },
    editCell: async (name, key, column, value) => {
      const table = workbook.tables.get(name);
      const index = table?.columns.findIndex((c) => c.header === column) ?? -1;
      const row = table?.rows.find((r) => r[0] === key);
      if (!row || index < 0) throw new Error(`no cell ${key}.${column} in ${name}`);
      row[index] = value;
    },
    // The preview has no number formats: a user cannot change one.
    formatColumn: async () => undefined,
    dashboardCells: async (spec) => {
      const written = workbook.dashboards.get(spec.sheetName);
      if (!written) throw new Error(`no dashboard ${spec.sheetName}`);
      const cell = (value: TableCellValue) => ({ value, formula: null });
      return {
        title: cell(written.title),
        notes: written.notes.map(cell),
        groups: written.groups.map((group) => ({
          title: cell(group.title),
          definition: cell(group.definition),
        })),
        labels: written.groups.flatMap((group) => group.items.map((item) => cell(item.label))),
        values: written.groups.flatMap((group) => group.items.map((item) => cell(item.value))),
        blocks: written.blocks.map((block) => ({
          title: cell(block.title),
          notes: block.notes.map(cell),
          header: block.header.map(cell),
          rows: block.rows.map((row) => row.map((item) => cell(item.value))),
        })),
        charts: written.charts.map((chart) => ({
          header: [chart.title, ...chart.series.map((series) => series.name)].map(cell),
          categories: chart.categories.map(cell),
        })),
      };
    },
  };
}

describeWriterCases('Preview writer', makePreviewHarness);

describe('PreviewWorkbook', () => {
  it('tells its grid about every change', async () => {
    const workbook = new PreviewWorkbook();
    const writer = createPreviewWriter(workbook);
    let changes = 0;
    workbook.subscribe(() => changes++);

    await writer.createTable({
      name: 'Spring_A',
      sheetName: 'A',
      columns: [{ name: 'id', header: 'Id', format: 'text' }],
      rows: [['x']],
      keyColumns: ['id'],
    });

    expect(changes).toBe(1);
    expect(workbook.sheets).toEqual(['A']);
  });
});
