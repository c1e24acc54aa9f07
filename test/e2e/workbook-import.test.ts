/**
 * The admins' import in Excel (issue 15), as the task pane runs it, against the local server: the open
 * workbook (the Excel mock) read through office-js, checked with a dry run, its bad cells marked and
 * listed on the problems sheet with links; fixed, checked clean (marks cleared, the cells' own fills
 * back), imported, and imported again with everything unchanged.
 */
import { runImportFlow, type ImportOutcome, type ImportSource } from '../../addin/import/import-flow';
import { workbookImportSource } from '../../addin/import/workbook-source';
import { MARK_FILL, PROBLEMS_SHEET } from '../../addin/workbook/import-marks';
import { generateSampleData } from '../../functions/sample';
import { isoDateToExcelSerial } from '../../shared/excel-dates';
import { IMPORT_BODY_LIMIT } from '../../shared/import/limits';
import { countsTotal } from '../../shared/import/send-parts';
import type { ImportDocument } from '../../shared/schemas';
import { createExcelMock } from '../addin/workbook/excel-harness';
import { addSheet, rectAt, type SheetModel, type WorkbookModel } from '../addin/workbook/excel-mock-model';
import { documentSheets } from '../functions/import/workbook-fixture';
import { signedInApi } from '../helpers/addin-api';
import { useApiServer } from '../helpers/api-server';
import { newFirmsDocument } from '../helpers/import-documents';

const sample = generateSampleData();
const served = useApiServer();

const YELLOW = '#FFFF00';

/** Writes the document's sheets into the mock workbook, as a user would have typed them. */
function typeSheets(model: WorkbookModel, document: ImportDocument): Map<string, SheetModel> {
  const sheets = new Map<string, SheetModel>();
  for (const { name, rows } of documentSheets(document)) {
    const sheet = addSheet(model, name);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === null || value === undefined) return;
        // Excel holds a date as its serial number.
        const scalar =
          value instanceof Date ? isoDateToExcelSerial(value.toISOString().slice(0, 10))! : value;
        sheet.put(r, c, { value: scalar as string | number | boolean, formula: null, format: 'General' });
      }),
    );
    sheets.set(name, sheet);
  }
  return sheets;
}

/** A cell's value or fill, by its A1 name. */
const at = (sheet: SheetModel | undefined, a1: string) => {
  if (!sheet) throw new Error('no such sheet');
  const { row, column } = rectAt(sheet, a1);
  return sheet.cell(row, column);
};

/** Sets a cell's value, keeping its look. */
function retype(sheet: SheetModel | undefined, a1: string, value: string | number): void {
  if (!sheet) throw new Error('no such sheet');
  const { row, column } = rectAt(sheet, a1);
  sheet.put(row, column, { ...sheet.cell(row, column), value });
}

/** The column letter of a header in row 1. */
function columnOf(sheet: SheetModel | undefined, header: string): string {
  for (let column = 0; column < 26; column++) {
    if (sheet?.cell(0, column).value === header) return String.fromCharCode(65 + column);
  }
  throw new Error(`no column ${header}`);
}

describe('an import from the open workbook in Excel', () => {
  it('marks the bad cells and lists them with links, clears the marks once fixed, imports, and imports again unchanged', async () => {
    const document = newFirmsDocument(sample, 'F95');
    const mock = createExcelMock();
    const sheets = typeSheets(mock.model, document);
    const firms = sheets.get('Firms');
    const exports = sheets.get('Exports');
    const vat = `${columnOf(firms, 'vatNumber')}2`;
    const province = `${columnOf(firms, 'province')}3`;
    const country = `${columnOf(exports, 'country')}2`;
    const good = {
      vat: at(firms, vat).value,
      province: at(firms, province).value,
      country: at(exports, country).value,
    };
    // The user's own look of a cell the check will mark.
    at(firms, vat).fill = YELLOW;
    retype(firms, vat, '12345678901');
    retype(firms, province, 'RM');
    retype(exports, country, 'IT');

    const source = workbookImportSource(mock.run);
    const client = signedInApi(served.server.url, await served.api.token('admin'), 'admin');
    const flow = (dryRun: boolean): Promise<ImportOutcome> =>
      runImportFlow(source, client, { dryRun, signal: new AbortController().signal, language: 'it' });

    const checked = await flow(true);
    if (checked.kind !== 'problems') throw new Error(`expected problems, got ${checked.kind}`);
    expect(checked.errors.map(({ sheet, sheetRow, field }) => [sheet, sheetRow, field])).toEqual([
      ['Firms', 2, 'vatNumber'],
      ['Firms', 3, 'province'],
      ['Exports', 2, 'country'],
    ]);
    expect([at(firms, vat), at(firms, province), at(exports, country)].map((cell) => cell.fill)).toEqual([
      MARK_FILL,
      MARK_FILL,
      MARK_FILL,
    ]);
    const list = mock.model.sheet(PROBLEMS_SHEET);
    const links = [1, 2, 3].map((row) => list?.cell(row, 0).hyperlink?.documentReference);
    expect(links).toEqual([`'Firms'!${vat}`, `'Firms'!${province}`, `'Exports'!${country}`]);
    expect(list?.cell(0, 0).value).toBe('Foglio');

    retype(firms, vat, good.vat as string);
    retype(firms, province, good.province as string);
    retype(exports, country, good.country as string);
    const clean = await flow(true);
    expect(clean.kind).toBe('checked');
    expect(mock.model.sheet(PROBLEMS_SHEET)).toBeUndefined();
    expect([at(firms, vat).fill, at(firms, province).fill, at(exports, country).fill]).toEqual([
      YELLOW,
      undefined,
      undefined,
    ]);

    const imported = await flow(false);
    if (imported.kind !== 'imported') throw new Error(`expected an import, got ${imported.kind}`);
    expect(imported.report.counts.firms).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const again = await flow(false);
    if (again.kind !== 'imported') throw new Error(`expected an import, got ${again.kind}`);
    const changed = Object.values(again.report.counts).reduce((sum, c) => sum + c.created + c.updated, 0);
    expect(changed).toBe(0);
    expect((await served.api.get('/v1/firms/F951', { role: 'officer' })).status).toBe(200);
  });

  it("still lists the problems when the workbook cannot be marked: a sheet of that name is the user's own", async () => {
    const mock = createExcelMock();
    const sheets = typeSheets(mock.model, newFirmsDocument(sample, 'F96'));
    const firms = sheets.get('Firms');
    retype(firms, `${columnOf(firms, 'province')}2`, 'RM');
    const own = addSheet(mock.model, PROBLEMS_SHEET);
    own.put(0, 0, { value: 'Le mie note', formula: null, format: 'General' });
    const client = signedInApi(served.server.url, await served.api.token('admin'), 'admin');

    const outcome = await runImportFlow(workbookImportSource(mock.run), client, {
      dryRun: true,
      signal: new AbortController().signal,
      language: 'it',
    });

    if (outcome.kind !== 'problems') throw new Error(`expected problems, got ${outcome.kind}`);
    expect(outcome.errors.map(({ sheet, sheetRow, field }) => [sheet, sheetRow, field])).toEqual([
      ['Firms', 2, 'province'],
    ]);
    expect(outcome.importedParts).toBe(0);
    expect((outcome.markError as { code?: string }).code).toBe('ERR_PROBLEMS_SHEET_TAKEN');
    expect(mock.model.sheet(PROBLEMS_SHEET)?.cell(0, 0).value).toBe('Le mie note');
  });

  it("sends a workbook over the 5.5 MB limit in parts through the pane's client: every part dry-run, then imported; again, all unchanged", async () => {
    const large = generateSampleData({ scale: 7 });
    expect(Buffer.byteLength(JSON.stringify(large))).toBeGreaterThan(IMPORT_BODY_LIMIT);
    // The workbook as the pane's reader gives it (the sheets' reading is the first test's).
    const source = {
      read: async () => ({ document: large, sourceRows: {}, sheetNames: {}, notes: [] }),
    } satisfies ImportSource;
    const client = signedInApi(served.server.url, await served.api.token('admin'), 'admin');
    const steps: string[] = [];
    const flow = () =>
      runImportFlow(source, client, {
        dryRun: false,
        signal: new AbortController().signal,
        language: 'it',
        onStep: (step) =>
          steps.push(step.phase === 'reading' ? 'reading' : `${step.phase} ${step.part + 1}/${step.parts}`),
      });

    const first = await flow();
    const parts = Number(steps[1]?.split('/')[1]);
    const again = await flow();

    expect(parts).toBeGreaterThan(1);
    expect(steps.slice(0, 1 + 2 * parts)).toEqual([
      'reading',
      ...Array.from({ length: parts }, (_, at) => `dry-run ${at + 1}/${parts}`),
      ...Array.from({ length: parts }, (_, at) => `import ${at + 1}/${parts}`),
    ]);
    expect(first.kind).toBe('imported');
    if (again.kind !== 'imported') throw new Error(`expected an import, got ${again.kind}`);
    expect(countsTotal(again.report.counts)).toEqual({ created: 0, updated: 0, unchanged: again.rows });
  }, 300_000);
});
