import { readImportSheets } from '../../../addin/workbook/excel-import-read';
import { PROBLEMS_SHEET } from '../../../addin/workbook/import-marks';
import { LISTS_SHEET, workbookToDocument } from '../../../shared/import/sheet-rows';
import { createExcelMock, type ExcelMock, type WorkbookModel } from './excel-harness';
import { addSheet, type Scalar } from './excel-mock-model';

/** Puts values on a sheet (added if missing) from its cell at `top`, `left` (0-based); '' leaves a cell blank. */
function put(model: WorkbookModel, name: string, top: number, left: number, grid: Scalar[][]): void {
  const sheet = model.sheet(name) ?? addSheet(model, name);
  grid.forEach((cells, r) =>
    cells.forEach((value, c) => sheet.put(top + r, left + c, { value, formula: null, format: 'General' })),
  );
}

describe('reading the import sheets of the open workbook', () => {
  let mock: ExcelMock;
  beforeEach(() => {
    mock = createExcelMock();
  });

  it('reads the sheets named after a section in any case, in tab order, and no other', async () => {
    put(mock.model, 'Notes', 0, 0, [['not an import sheet']]);
    put(mock.model, 'Firms', 0, 0, [
      ['id', 'name'],
      ['F1', 'Rossi Srl'],
    ]);
    put(mock.model, LISTS_SHEET, 0, 0, [['provinces'], ['MI']]);
    put(mock.model, 'EXPORTS', 0, 0, [
      ['firmId', 'year'],
      ['F1', 2008],
    ]);
    put(mock.model, PROBLEMS_SHEET, 0, 0, [['Sheet', 'Row']]);
    put(mock.model, ' tems ', 0, 0, [['id']]);

    const sheets = await readImportSheets(mock.run);

    expect(sheets).toEqual([
      { name: 'Firms', header: ['id', 'name'], rows: [['F1', 'Rossi Srl']] },
      { name: 'EXPORTS', header: ['firmId', 'year'], rows: [['F1', 2008]] },
      { name: ' tems ', header: ['id'], rows: [] },
    ]);
  });

  it('takes row 1 as the header and keeps every row from it, wherever the used range starts', async () => {
    put(mock.model, 'firms', 0, 1, [['id']]);
    put(mock.model, 'projects', 2, 2, [
      ['P1', 'F1'],
      ['P2', ''],
    ]);

    const [firms, projects] = await readImportSheets(mock.run);

    expect(firms).toEqual({ name: 'firms', header: ['', 'id'], rows: [] });
    expect(projects).toEqual({
      name: 'projects',
      header: ['', '', '', ''],
      rows: [
        ['', '', '', ''],
        ['', '', 'P1', 'F1'],
        ['', '', 'P2', ''],
      ],
    });
  });

  it('gives a blank sheet no header and no rows', async () => {
    addSheet(mock.model, 'Budget');

    expect(await readImportSheets(mock.run)).toEqual([{ name: 'Budget', header: [], rows: [] }]);
  });

  it('reads dates as Excel’s serial numbers, which the sheet conversion makes days again', async () => {
    addSheet(mock.model, 'Projects');
    await mock.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Projects');
      sheet.getRangeByIndexes(0, 0, 2, 4).values = [
        ['id', 'start', 'artisan', 'score'],
        ['P1', '2008-03-01', true, '#N/A'],
      ];
      await context.sync();
    });

    const sheets = await readImportSheets(mock.run);

    expect(sheets[0]?.rows).toEqual([['P1', 39508, true, '#N/A']]);
    expect(workbookToDocument(sheets).document.projects?.[0]).toMatchObject({ start: '2008-03-01' });
  });

  it('reads a sheet too big for one answer in chunks, none past the limit', async () => {
    const limit = 20_000;
    const strict = createExcelMock({ payloadLimit: limit });
    const rows = Array.from({ length: 1000 }, (_, i) => [`F${i}`, `Firm number ${i} Srl`, i]);
    put(strict.model, 'Firms', 0, 0, [['id', 'name', 'employees'], ...rows]);

    const [firms] = await readImportSheets(strict.run);

    expect(firms?.rows).toEqual(rows);
    const answered = strict.syncs.filter((sync) => !sync.error && sync.responseBytes > 0);
    expect(answered.length).toBeGreaterThan(1);
    expect(Math.max(...answered.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(limit);
  });
});
