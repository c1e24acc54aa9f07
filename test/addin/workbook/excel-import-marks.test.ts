import {
  clearImportMarks,
  markImportProblems,
  ProblemsSheetTakenError,
} from '../../../addin/workbook/excel-import-marks';
import {
  MARK_FILL,
  PROBLEMS_SHEET,
  problemsLabels,
  type LocatedProblem,
} from '../../../addin/workbook/import-marks';
import { MAX_REQUEST_BYTES } from '../../../addin/workbook/payload';
import { createExcelMock, type ExcelMock, type SheetModel, type WorkbookModel } from './excel-harness';
import { addSheet, forEachCell, rectAt, type Scalar } from './excel-mock-model';

const YELLOW = '#FFFF00';
const labels = problemsLabels('it');

/** A sheet with these rows from A1; `fills` gives cells (`C3`) their own fill. */
function sheetWith(model: WorkbookModel, name: string, rows: Scalar[][], fills: Record<string, string> = {}) {
  const sheet = addSheet(model, name);
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => sheet.put(r, c, { value, formula: null, format: 'General' })),
  );
  for (const [a1, fill] of Object.entries(fills)) {
    const { row, column } = rectAt(sheet, a1);
    sheet.put(row, column, { ...sheet.cell(row, column), fill });
  }
  return sheet;
}

/** The workbook of an import: firms (C3 filled yellow by the user) and exports. */
function importWorkbook(model: WorkbookModel): { firms: SheetModel; exports: SheetModel } {
  const firms = sheetWith(
    model,
    'Firms',
    [
      ['id', 'name', 'vat', 'turnover.2008'],
      ['F1', 'Rossi Srl', '01234567890', 1_200_000],
      ['F2', 'Bianchi Spa', '123', 'lots'],
    ],
    { C3: YELLOW },
  );
  const exports = sheetWith(model, "Exports 'old'", [
    ['firmId', 'year', 'country'],
    ['F1', 2008, 'DE'],
    ['F1', 2008, 'DE'],
  ]);
  return { firms, exports };
}

const PROBLEMS: LocatedProblem[] = [
  { entity: '', row: null, field: '', message: 'the document names no edition' },
  { entity: 'firms', row: 1, field: 'vat', message: 'not a VAT number', sheet: 'Firms', sheetRow: 3 },
  { entity: 'firms', row: 1, field: 'turnover', message: 'not a number', sheet: 'Firms', sheetRow: 3 },
  {
    entity: 'exports',
    row: 1,
    field: '',
    message: 'duplicate of row 0',
    sheet: "Exports 'old'",
    sheetRow: 3,
  },
  { entity: 'projects', row: 0, field: 'id', message: 'missing', sheet: 'Progetti', sheetRow: 2 },
];

const fillAt = (sheet: SheetModel, a1: string) => {
  const { row, column } = rectAt(sheet, a1);
  return sheet.cell(row, column).fill;
};

/** The rows of the problems sheet: each row's values and its first cell's link. */
function listed(model: WorkbookModel) {
  const list = model.sheet(PROBLEMS_SHEET);
  if (!list) return undefined;
  const rows: { values: Scalar[]; link: string | undefined }[] = [];
  for (let r = 0; list.cell(r, 0).value !== '' || list.cell(r, 3).value !== ''; r++) {
    rows.push({
      values: [0, 1, 2, 3].map((c) => list.cell(r, c).value),
      link: list.cell(r, 0).hyperlink?.documentReference,
    });
  }
  return rows;
}

/** The cells a link's document reference points at (`'Exports ''old'''!A3:C3`). */
function linkedCells(model: WorkbookModel, reference: string) {
  const match = /^'((?:[^']|'')+)'!(.+)$/.exec(reference);
  const sheet = match && model.sheet((match[1] ?? '').replaceAll("''", "'"));
  if (!match || !sheet) throw new Error(`${reference} points at no sheet`);
  const cells: { sheet: SheetModel; fill: string | undefined }[] = [];
  const rect = rectAt(sheet, match[2] ?? '');
  forEachCell(rect, (row, column) => cells.push({ sheet, fill: sheet.cell(row, column).fill }));
  return { rect, cells };
}

// Each test starts from a fresh workbook of an import.
let mock: ExcelMock;
let firms: SheetModel;
let exports: SheetModel;
beforeEach(() => {
  mock = createExcelMock();
  ({ firms, exports } = importWorkbook(mock.model));
});

describe('marking an import check’s problems in the workbook', () => {
  it('fills each bad cell with the mark, a whole row for a row problem, and no other cell', async () => {
    const outcome = await markImportProblems(mock.run, PROBLEMS, labels);

    expect(outcome).toEqual({ problems: 5, cells: 5 });
    expect([fillAt(firms, 'C3'), fillAt(firms, 'D3')]).toEqual([MARK_FILL, MARK_FILL]);
    expect(['A3', 'B3', 'C3'].map((a1) => fillAt(exports, a1))).toEqual([MARK_FILL, MARK_FILL, MARK_FILL]);
    expect(['A3', 'B3', 'C2', 'D2'].map((a1) => fillAt(firms, a1))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(fillAt(exports, 'A2')).toBeUndefined();
  });

  it('lists every problem under localized headers, each linked to its marked cells, and shows the list', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);

    expect(listed(mock.model)).toEqual([
      { values: ['Foglio', 'Riga', 'Campo', 'Problema'], link: undefined },
      { values: ['', '', '', 'the document names no edition'], link: undefined },
      { values: ['Firms', 3, 'vat', 'not a VAT number'], link: "'Firms'!C3" },
      { values: ['Firms', 3, 'turnover', 'not a number'], link: "'Firms'!D3" },
      { values: ["Exports 'old'", 3, '', 'duplicate of row 0'], link: "'Exports ''old'''!A3:C3" },
      { values: ['Progetti', 2, 'id', 'missing'], link: undefined },
    ]);
    for (const row of listed(mock.model) ?? []) {
      if (!row.link) continue;
      const { cells } = linkedCells(mock.model, row.link);
      expect(cells.every((cell) => cell.fill === MARK_FILL)).toBe(true);
    }
    const list = mock.model.sheet(PROBLEMS_SHEET);
    expect(mock.model.activeSheet).toBe(list);
    expect(list?.cell(0, 0).font?.bold).toBe(true);
    expect(list?.frozenRows).toBe(1);
  });

  it('records the cells’ own fills in hidden columns of the problems sheet', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);

    const list = mock.model.sheet(PROBLEMS_SHEET)!;
    const record = [0, 1, 2, 3, 4, 5].map((r) => [5, 6, 7].map((c) => list.cell(r, c).value));
    expect(record).toEqual([
      ['sheet', 'cell', 'fill'],
      ['Firms', 'C3', YELLOW],
      ['Firms', 'D3', ''],
      ["Exports 'old'", 'A3', ''],
      ["Exports 'old'", 'B3', ''],
      ["Exports 'old'", 'C3', ''],
    ]);
    expect([...list.hiddenColumns].sort()).toEqual([5, 6, 7]);
  });

  it('replaces the marks of an earlier check, keeping the cells’ own fills', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);

    const outcome = await markImportProblems(mock.run, PROBLEMS.slice(1, 2), labels);

    expect(outcome).toEqual({ problems: 1, cells: 1 });
    expect([fillAt(firms, 'C3'), fillAt(firms, 'D3'), fillAt(exports, 'A3')]).toEqual([
      MARK_FILL,
      undefined,
      undefined,
    ]);
    expect(listed(mock.model)?.map((row) => row.values[3])).toEqual(['Problema', 'not a VAT number']);
    await clearImportMarks(mock.run);
    expect(fillAt(firms, 'C3')).toBe(YELLOW);
  });

  it('lists a problem on a sheet renamed since the read without a link or a mark', async () => {
    const renamed = { ...PROBLEMS[1]!, sheet: 'Imprese' };

    const outcome = await markImportProblems(mock.run, [renamed], labels);

    expect(outcome).toEqual({ problems: 1, cells: 0 });
    expect(listed(mock.model)?.[1]).toEqual({
      values: ['Imprese', 3, 'vat', 'not a VAT number'],
      link: undefined,
    });
    expect(fillAt(firms, 'C3')).toBe(YELLOW);
  });

  it('makes no problems sheet for no problems, and clears the earlier marks', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);

    expect(await markImportProblems(mock.run, [], labels)).toEqual({ problems: 0, cells: 0 });
    expect(mock.model.sheet(PROBLEMS_SHEET)).toBeUndefined();
    expect(fillAt(firms, 'D3')).toBeUndefined();
  });
});

describe('clearing the marks after a clean check', () => {
  it('never deletes a sheet of that name the pane did not write, nor marks a cell over it', async () => {
    const own = sheetWith(mock.model, PROBLEMS_SHEET, [['Le mie note'], ['da non perdere']]);

    await expect(markImportProblems(mock.run, PROBLEMS, labels)).rejects.toThrow(ProblemsSheetTakenError);
    await expect(clearImportMarks(mock.run)).rejects.toThrow(ProblemsSheetTakenError);

    expect(mock.model.sheet(PROBLEMS_SHEET)).toBe(own);
    expect([own.cell(0, 0).value, own.cell(1, 0).value]).toEqual(['Le mie note', 'da non perdere']);
    expect(fillAt(firms, 'D3')).toBeUndefined();
  });

  it('gives each marked cell its own fill back, none to a cell that had none, and deletes the problems sheet', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);

    // Another run over the same workbook: the pane closed and opened again in between.
    const outcome = await clearImportMarks(createExcelMock({ model: mock.model }).run);

    expect(outcome).toEqual({ restored: 5, skipped: 0 });
    expect(fillAt(firms, 'C3')).toBe(YELLOW);
    expect([fillAt(firms, 'D3'), ...['A3', 'B3', 'C3'].map((a1) => fillAt(exports, a1))]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(mock.model.sheet(PROBLEMS_SHEET)).toBeUndefined();
  });

  it('leaves a cell the user filled otherwise since as it is', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);
    const { row, column } = rectAt(firms, 'D3');
    firms.put(row, column, { ...firms.cell(row, column), fill: '#00B050' });

    const outcome = await clearImportMarks(mock.run);

    expect(outcome).toEqual({ restored: 4, skipped: 1 });
    expect(fillAt(firms, 'D3')).toBe('#00B050');
  });

  it('passes over a record row edited into no cell name, and clears the rest', async () => {
    await markImportProblems(mock.run, PROBLEMS, labels);
    const list = mock.model.sheet(PROBLEMS_SHEET)!;
    list.put(2, 6, { ...list.cell(2, 6), value: 'not a cell' });

    const outcome = await clearImportMarks(mock.run);

    expect(outcome).toEqual({ restored: 4, skipped: 0 });
    expect([fillAt(firms, 'C3'), fillAt(firms, 'D3')]).toEqual([YELLOW, MARK_FILL]);
    expect(mock.model.sheet(PROBLEMS_SHEET)).toBeUndefined();
  });

  it('changes nothing in a workbook without marks', async () => {
    const before = mock.model.sheets.map((sheet) => [sheet.name, new Map(sheet.cells)]);

    expect(await clearImportMarks(mock.run)).toEqual({ restored: 0, skipped: 0 });
    expect(mock.model.sheets.map((sheet) => [sheet.name, new Map(sheet.cells)])).toEqual(before);
  });
});

describe('marking many problems', () => {
  it('writes a long list in requests of at most 4 MB', async () => {
    const mock = createExcelMock();
    const rows = Array.from({ length: 6000 }, (_, i) => [`F${i}`, 'x']);
    sheetWith(mock.model, 'Firms', [['id', 'name'], ...rows]);
    const problems = rows.map((_, i): LocatedProblem => ({
      entity: 'firms',
      row: i,
      field: 'name',
      message: `€${i} `.padEnd(400, '€'),
      sheet: 'Firms',
      sheetRow: i + 2,
    }));

    await markImportProblems(mock.run, problems, labels);

    const writes = mock.syncs.filter((sync) => sync.requestBytes > 0);
    expect(writes.reduce((sum, sync) => sum + sync.requestBytes, 0)).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(Math.max(...writes.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(mock.syncs.filter((sync) => sync.error)).toEqual([]);
    expect(listed(mock.model)).toHaveLength(1 + problems.length);
  });
});
