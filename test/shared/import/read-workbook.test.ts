import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { readWorkbookDocument } from '../../../shared/import/read-workbook';
import { LISTS_SHEET } from '../../../shared/import/sheet-rows';
import { readXlsxDocument } from '../../../functions/import/read-xlsx';
import { ROOT } from '../../helpers/local-server';
import { trimmedSample, writeWorkbook } from '../../functions/import/workbook-fixture';

describe('readWorkbookDocument (the one .xlsx reader of the CLI and the pane)', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'spring-read-workbook-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads an ArrayBuffer as the CLI reads the file, sheet rows kept', async () => {
    const file = path.join(folder, 'sample.xlsx');
    const { label: _label, ...document } = trimmedSample(5);
    await writeWorkbook(file, document);
    const bytes = readFileSync(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

    const read = await readWorkbookDocument(buffer);

    expect(read).toEqual(await readXlsxDocument(file));
    expect(read.document).toEqual(document);
  });

  it('leaves out the template hidden lists sheet without a note', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('tems').addRows([
      ['id', 'name'],
      ['T1', 'Tem uno'],
    ]);
    const lists = workbook.addWorksheet(LISTS_SHEET);
    lists.state = 'hidden';
    lists.addRows([['countries'], ['IT']]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const read = await readWorkbookDocument(bytes);

    expect(read.document).toEqual({ tems: [{ id: 'T1', name: 'Tem uno' }] });
    expect(read.notes).toEqual([]);
  });

  it('bundles for the browser on its own (its size is printed)', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'shared/import/read-workbook.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: ['es2020', 'chrome100', 'safari15'],
      minify: true,
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });

    expect(result.errors).toEqual([]);
    const bytes = result.outputFiles[0]!.contents.byteLength;
    process.stdout.write(`read-workbook browser bundle: ${bytes} bytes\n`);
    expect(bytes).toBeGreaterThan(0);
  }, 60_000);
});
