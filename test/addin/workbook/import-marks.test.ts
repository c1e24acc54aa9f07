import { cellName } from '../../../addin/workbook/a1';
import {
  fieldColumns,
  planImportMarks,
  problemsLabels,
  rangeAddress,
  type LocatedProblem,
} from '../../../addin/workbook/import-marks';

const FIRMS_HEADER = ['id', 'name', ' vat ', 'turnover.2008', 'turnover.2009', 'markets', '', ''];
const headers = new Map([['Firms', FIRMS_HEADER]]);

const problem = (fields: Partial<LocatedProblem>): LocatedProblem => ({
  entity: 'firms',
  row: 0,
  field: '',
  message: 'wrong',
  sheet: 'Firms',
  sheetRow: 2,
  ...fields,
});

describe('the column of a problem’s field', () => {
  it('is the header equal to the field, trimmed', () => {
    expect(fieldColumns(FIRMS_HEADER, 'vat')).toEqual({ first: 2, last: 2 });
    expect(fieldColumns(FIRMS_HEADER, 'turnover.2009')).toEqual({ first: 4, last: 4 });
  });

  it('is the first column of a nested field for the field itself', () => {
    expect(fieldColumns(FIRMS_HEADER, 'turnover')).toEqual({ first: 3, last: 3 });
  });

  it('is the list’s column for an item of a list', () => {
    expect(fieldColumns(FIRMS_HEADER, 'markets.1')).toEqual({ first: 5, last: 5 });
  });

  it('is the row from A to the last named header for the whole row or a missing column', () => {
    expect(fieldColumns(FIRMS_HEADER, '')).toEqual({ first: 0, last: 5 });
    expect(fieldColumns(FIRMS_HEADER, 'province')).toEqual({ first: 0, last: 5 });
    expect(fieldColumns([], 'id')).toEqual({ first: 0, last: 0 });
  });

  it('reads numbers in the header as their text', () => {
    expect(fieldColumns(['id', 2008], '2008')).toEqual({ first: 1, last: 1 });
  });
});

describe('addresses', () => {
  it('name cells A1-style, past column Z too', () => {
    expect([cellName(0, 0), cellName(2, 2), cellName(9, 25), cellName(0, 26), cellName(0, 701)]).toEqual([
      'A1',
      'C3',
      'Z10',
      'AA1',
      'ZZ1',
    ]);
  });

  it('quote the sheet’s name, doubling a quote in it', () => {
    expect(rangeAddress('Firms', 2, 2)).toBe("'Firms'!C3");
    expect(rangeAddress("Rossi's firms", 0, 0, 3)).toBe("'Rossi''s firms'!A1:D1");
  });
});

describe('planning the marks of a check', () => {
  it('marks the cell of each field problem and links its row to it', () => {
    const { cells, rows } = planImportMarks(
      [problem({ field: 'vat', message: 'not a VAT number', sheetRow: 3 })],
      headers,
    );

    expect(cells).toEqual([{ sheet: 'Firms', row: 2, column: 2, address: "'Firms'!C3" }]);
    expect(rows).toEqual([
      { sheet: 'Firms', sheetRow: 3, field: 'vat', message: 'not a VAT number', link: "'Firms'!C3" },
    ]);
  });

  it('marks a whole row for a row problem, linked to the row', () => {
    const { cells, rows } = planImportMarks([problem({ field: '', message: 'duplicate' })], headers);

    expect(cells.map((cell) => cell.address)).toEqual([
      "'Firms'!A2",
      "'Firms'!B2",
      "'Firms'!C2",
      "'Firms'!D2",
      "'Firms'!E2",
      "'Firms'!F2",
    ]);
    expect(rows[0]?.link).toBe("'Firms'!A2:F2");
  });

  it('marks a cell once when two problems name it', () => {
    const { cells, rows } = planImportMarks(
      [problem({ field: 'vat', message: 'too short' }), problem({ field: 'vat', message: 'not digits' })],
      headers,
    );

    expect(cells).toHaveLength(1);
    expect(rows.map((row) => row.link)).toEqual(["'Firms'!C2", "'Firms'!C2"]);
  });

  it('lists without a link the document’s problems, those of a sheet not found and those of no sheet row', () => {
    const { cells, rows } = planImportMarks(
      [
        { entity: '', row: null, field: '', message: 'the document has no section' },
        problem({ sheet: 'Imprese', sheetRow: 4, field: 'vat' }),
        problem({ sheet: undefined, sheetRow: undefined, field: 'id' }),
        problem({ sheetRow: 0 }),
      ],
      headers,
    );

    expect(cells).toEqual([]);
    expect(rows.map(({ sheet, sheetRow, link }) => [sheet, sheetRow, link])).toEqual([
      ['', null, null],
      ['Imprese', 4, null],
      ['firms', null, null],
      ['Firms', 0, null],
    ]);
  });
});

describe('the problems sheet’s headers', () => {
  it('are in the pane’s language', () => {
    expect(problemsLabels('it')).toEqual({
      sheet: 'Foglio',
      row: 'Riga',
      field: 'Campo',
      problem: 'Problema',
    });
    expect(problemsLabels('en')).toEqual({ sheet: 'Sheet', row: 'Row', field: 'Field', problem: 'Problem' });
  });
});
