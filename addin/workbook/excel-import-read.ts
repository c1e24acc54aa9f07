/**
 * Reads the open workbook's import sheets through office-js (docs/architecture.md, "Import"), as plain
 * cell values for the import's one sheet conversion, `workbookToDocument` in
 * shared/import/sheet-rows.ts: one sheet per section, row 1 the header of field names.
 */
import { sectionOf, type SheetCellValue, type SheetData } from '../../shared/import/sheet-rows';
import type { ExcelRun } from './excel-writer';
import { readChunkRows, readInChunks } from './payload';

/**
 * Reads every import section's sheet of the workbook, in tab order, from A1 to the last cell of its
 * used range, so that row 1 is the header wherever the data starts; a blank sheet gives no header and
 * no rows. Cells come as `Range.values` gives them: numbers, text and booleans, blanks as "", dates as
 * serial numbers and errors as their text (`#N/A`), which sheet-rows.ts turns into an import's values.
 * Rows go a chunk per request, sized so that no answer passes Excel on the web's 5 MB (`payload.ts`).
 * @example
 * const { document, sourceRows, sheetNames } = workbookToDocument(await readImportSheets(run));
 */
export async function readImportSheets(run: ExcelRun): Promise<SheetData[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    // Values only: the template's validated rows and a user's formatting below the data are not read.
    // "Excel.Worksheet class" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet):
    // `getUsedRangeOrNullObject(valuesOnly)` "Considers only cells with values as used cells", and
    // "If the entire worksheet is blank, then this method returns an object with its `isNullObject`
    // property set to `true`" (ExcelApi 1.4).
    const found = worksheets.items
      .filter((sheet) => sectionOf(sheet.name) !== undefined)
      .map((sheet) => ({
        sheet,
        used: sheet.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, rowCount, columnCount'),
      }));
    await context.sync();

    const sheets: SheetData[] = [];
    for (const { sheet, used } of found) {
      if (used.isNullObject) {
        sheets.push({ name: sheet.name, header: [], rows: [] });
        continue;
      }
      const total = used.rowIndex + used.rowCount;
      const width = used.columnIndex + used.columnCount;
      const values: SheetCellValue[][] = [];
      // Each cell counted as long text: no schema bounds what a user typed into a sheet.
      const chunkRows = readChunkRows(Array.from({ length: width }, () => undefined));
      await readInChunks(context, total, chunkRows, (start, size) => {
        const range = sheet.getRangeByIndexes(start, 0, size, width).load('values');
        return () => values.push(...(range.values as SheetCellValue[][]));
      });
      const [header = [], ...rows] = values;
      sheets.push({ name: sheet.name, header, rows });
    }
    return sheets;
  });
}
