/**
 * The import source in Excel: the open workbook's import sheets, read through office-js; a check's
 * problems marked on their cells and listed on the problems sheet, and cleared after a clean check
 * (addin/workbook/excel-import-marks.ts).
 */
import { workbookToDocument } from '../../shared/import/sheet-rows';
import { clearImportMarks, markImportProblems } from '../workbook/excel-import-marks';
import { readImportSheets } from '../workbook/excel-import-read';
import type { ExcelRun } from '../workbook/excel-writer';
import { problemsLabels } from '../workbook/import-marks';
import type { ImportSource } from './import-flow';

/** The open workbook as an import source. */
export function workbookImportSource(run: ExcelRun): ImportSource {
  return {
    read: async () => workbookToDocument(await readImportSheets(run)),
    mark: async (problems, language) => {
      await markImportProblems(run, problems, problemsLabels(language));
    },
    clearMarks: async () => {
      await clearImportMarks(run);
    },
  };
}
