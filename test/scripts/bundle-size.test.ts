/**
 * The task pane's first load (issue 15): the .xlsx reader (exceljs) is a bundle of its own that the pane
 * loads only when an admin reads a file, so the pane's own bundle stays within 5% of its size before
 * the import came to the pane.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/local-server';

/** taskpane.js at commit c43f1f0, the last before the pane imported. */
const BEFORE_IMPORT_BYTES = 1_180_714;
const ADDIN = path.join(ROOT, 'dist/addin');
const bundle = (name: string) => path.join(ADDIN, name);

describe('the task pane bundle', () => {
  it('grows by at most 5% over the pane before the import', () => {
    expect(statSync(bundle('taskpane.js')).size).toBeLessThanOrEqual(Math.floor(BEFORE_IMPORT_BYTES * 1.05));
  });

  it('leaves the workbook reader to import-reader.js, which the pane loads on demand', () => {
    // The path of a sheet inside an .xlsx package: exceljs's reader and writer name it, the pane never.
    const sheetPart = 'xl/worksheets/sheet';
    expect(readFileSync(bundle('taskpane.js'), 'utf8')).not.toContain(sheetPart);
    expect(readFileSync(bundle('import-reader.js'), 'utf8')).toContain(sheetPart);
  });
});
