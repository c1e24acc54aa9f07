import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { plainCellValue, readXlsxDocument, readXlsxSheets } from '../../../functions/import/read-xlsx';
import { validateImportDocument } from '../../../shared/schemas';
import { trimmedSample, writeWorkbook } from './workbook-fixture';

describe('readXlsxDocument', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'spring-xlsx-'));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads a workbook of the sample into the document it was made from', async () => {
    const { label: _label, ...json } = trimmedSample(25);
    const file = path.join(folder, 'sample.xlsx');
    await writeWorkbook(file, json);

    const { document, notes } = await readXlsxDocument(file);

    const validation = validateImportDocument(document);
    expect(validation.errors).toEqual([]);
    expect(validation.warnings).toEqual([]);
    expect(validation.document).toEqual(validateImportDocument(json).document);
    expect(notes).toEqual([
      "sheet 'Read me' ignored: it is not an import section (editions, tems, firms, applications, agreements, exports, projects, budget)",
    ]);
  });

  it('reads rich text, formulas, hyperlinks, errors and dates as plain values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('tems');
    sheet.addRow(['id', 'name', 'provider', 'markets', 'when', 'bad']);
    sheet.addRow([
      { formula: '"T"&"1"', result: 'T1' },
      { richText: [{ text: 'Anna ', font: { bold: true } }, { text: 'Bassi' }] },
      { text: 'Export Lab', hyperlink: 'https://example.com' },
      'DE, FR',
      new Date(Date.UTC(2008, 4, 14)),
      { error: '#N/A' },
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const { sheets } = await readXlsxSheets(buffer);

    expect(sheets).toEqual([
      {
        name: 'tems',
        header: ['id', 'name', 'provider', 'markets', 'when', 'bad'],
        rows: [['T1', 'Anna Bassi', 'Export Lab', 'DE, FR', new Date(Date.UTC(2008, 4, 14)), '#N/A']],
      },
    ]);
  });

  it('reads a formula without a saved result as blank, and says so', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('exports');
    sheet.addRow(['firmId', 'value']);
    sheet.addRow(['F1', { formula: 'SUM(1,2)' }]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const { document, notes } = await readXlsxDocument(buffer);

    expect(document).toEqual({ exports: [{ firmId: 'F1' }] });
    expect(notes).toEqual([
      "sheet 'exports': 1 formula cell(s) have no saved result (first B2) and were read as blank; open and save the file in Excel to calculate them",
    ]);
  });
});

describe('plainCellValue', () => {
  it('gives the text of a link whose text is rich text', () => {
    const value = { text: { richText: [{ text: 'Export ' }, { text: 'Lab' }] }, hyperlink: 'https://x.it' };

    expect(plainCellValue(value as unknown as ExcelJS.CellValue)).toBe('Export Lab');
  });

  it('gives the error code of a formula that failed, and blank for an empty cell', () => {
    expect(plainCellValue({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(plainCellValue(null)).toBeNull();
    expect(plainCellValue(undefined)).toBeNull();
  });
});
